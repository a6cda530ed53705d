package id.humas.hub.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The central PR team: its Telegram group and the user ids allowed to act for it. Members live in the
 * {@code team_member} table, which this class alone reads and writes; it is seeded from {@code bot.central-team} at
 * start-up. Membership is read from the table, never cached beyond the transaction asking (which reads the members
 * once however many updates it handles), so a member removed (by an admin, or by dropping them from the
 * configuration) loses every team right at once.
 */
@Component
public class CentralTeam {

    private static final Logger log = LoggerFactory.getLogger(CentralTeam.class);
    private static final String CONFIG = "CONFIG";
    private static final String ADDED = "ADDED";

    private volatile long chatId;
    private final Set<Long> admins;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** The key under which a transaction keeps the members it read. */
    private final Object membersRead = new Object();

    public CentralTeam(BotProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.chatId = properties.centralChatId() == null ? 0 : properties.centralChatId();
        this.jdbc = jdbc;
        this.clock = clock;
        this.admins = Set.copyOf(properties.admins());
        Set<Long> configured = new java.util.HashSet<>(properties.centralTeam());
        configured.addAll(admins);
        seed(configured);
    }

    public long chatId() {
        return chatId;
    }

    public boolean isChat(long chatId) {
        return this.chatId != 0 && this.chatId == chatId;
    }

    /** The group became a supergroup with a new id (Telegram's migrate_to_chat_id). */
    public void moveTo(long newChatId) {
        this.chatId = newChatId;
    }

    public boolean isMember(long userId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            return membersOfThisTransaction().contains(userId);
        }
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM team_member WHERE user_id = ? AND removed_at IS NULL",
                Integer.class, userId);
        return rows != null && rows > 0;
    }

    /** An admin ({@code bot.admins}) is a team member who may also manage the team and the agencies. */
    public boolean isAdmin(long userId) {
        return admins.contains(userId) && isMember(userId);
    }

    /** A member as the team list shows them; the name is known once they joined through an invite. */
    public record Member(long userId, String name, boolean admin) {
    }

    public List<Member> roster() {
        return jdbc.query("SELECT user_id, display_name FROM team_member WHERE removed_at IS NULL ORDER BY user_id",
                (row, n) -> new Member(row.getLong("user_id"), row.getString("display_name"),
                        admins.contains(row.getLong("user_id"))));
    }

    public List<Long> members() {
        return jdbc.queryForList("SELECT user_id FROM team_member WHERE removed_at IS NULL ORDER BY user_id",
                Long.class);
    }

    @SuppressWarnings("unchecked")
    private Set<Long> membersOfThisTransaction() {
        Set<Long> read = (Set<Long>) TransactionSynchronizationManager.getResource(membersRead);
        if (read == null) {
            read = Set.copyOf(members());
            TransactionSynchronizationManager.bindResource(membersRead, read);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(membersRead);
                }
            });
        }
        return read;
    }

    /** The team changed: the members this transaction read are read again. */
    private void reread() {
        TransactionSynchronizationManager.unbindResourceIfPossible(membersRead);
    }

    /** Adds a member at run time (not from the configuration); one removed earlier is added again. */
    public void add(long userId) {
        add(userId, null);
    }

    /** Adds a member at run time under the name they have on Telegram (null when unknown). */
    public void add(long userId, String name) {
        reread();
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.update("UPDATE team_member SET removed_at = NULL, removed_by = NULL, source = ?,"
                + " display_name = COALESCE(?, display_name) WHERE user_id = ?", ADDED, name, userId) == 0) {
            jdbc.update("INSERT INTO team_member (user_id, source, added_at, display_name) VALUES (?, ?, ?, ?)",
                    userId, ADDED, now, name);
        }
    }

    /**
     * Removes a member at once: every later check refuses them, including answers to questions asked before. A
     * restart does not add them back even while {@code bot.central-team} still names them.
     *
     * @return whether they were a member
     */
    public boolean remove(long userId, long removedBy) {
        reread();
        boolean removed = jdbc.update("UPDATE team_member SET removed_at = ?, removed_by = ?"
                        + " WHERE user_id = ? AND removed_at IS NULL", Timestamp.from(clock.instant()), removedBy,
                userId) > 0;
        if (removed) {
            log.info("Team member {} removed by {}", userId, removedBy);
        }
        return removed;
    }

    /** The member sent /start privately: the bot may write to them there (the review's questions go there). */
    public void startedPrivately(long userId) {
        jdbc.update("UPDATE team_member SET started_at = ? WHERE user_id = ? AND started_at IS NULL",
                Timestamp.from(clock.instant()), userId);
    }

    /** Whether the member started the bot in a private chat (it may have been blocked since: ask Reachability). */
    public boolean hasStartedPrivately(long userId) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM team_member WHERE user_id = ? AND removed_at IS NULL"
                + " AND started_at IS NOT NULL", Integer.class, userId);
        return rows != null && rows > 0;
    }

    /**
     * The configuration decides for the members it brought: those dropped from it are removed, those named are
     * (re)added. A member an admin removed stays removed.
     */
    private void seed(Set<Long> configured) {
        Timestamp now = Timestamp.from(clock.instant());
        Map<Long, Map<String, Object>> rows = new java.util.HashMap<>();
        jdbc.queryForList("SELECT user_id, source, removed_at, removed_by FROM team_member")
                .forEach(row -> rows.put(((Number) row.get("user_id")).longValue(), row));
        rows.forEach((userId, row) -> {
            if (CONFIG.equals(row.get("source")) && row.get("removed_at") == null && !configured.contains(userId)) {
                jdbc.update("UPDATE team_member SET removed_at = ? WHERE user_id = ?", now, userId);
                log.info("Team member {} is no longer in bot.central-team and was removed", userId);
            }
        });
        for (long userId : configured) {
            Map<String, Object> row = rows.get(userId);
            if (row == null) {
                jdbc.update("INSERT INTO team_member (user_id, source, added_at) VALUES (?, ?, ?)", userId, CONFIG, now);
            } else if (row.get("removed_at") != null && row.get("removed_by") == null) {
                jdbc.update("UPDATE team_member SET removed_at = NULL, source = ? WHERE user_id = ?", CONFIG, userId);
            } else if (row.get("removed_at") != null) {
                log.warn("User {} is in bot.central-team but was removed from the team by {}; not added again",
                        userId, row.get("removed_by"));
            }
        }
    }
}
