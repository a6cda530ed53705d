package id.humas.hub.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.humas.hub.system.CentralTeam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Groups that became supergroups (Telegram answers {@code migrate_to_chat_id}, or says so in a service message):
 * the new id is kept, waiting messages are moved to it, new ones go there, and the central group follows. What is
 * kept in memory changes with the transaction that records the move (later updates handled in it see the move) and
 * is undone when that transaction rolls back. The moves other instances record are read again every {@link #REREAD},
 * and at once when a group speaks that is not known as the team's.
 */
@Component
class ChatMigrations {

    /** How long a move another instance recorded may go unseen here (one instance may hear it, another send). */
    static final Duration REREAD = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(ChatMigrations.class);

    private final JdbcTemplate jdbc;
    private final OutboxMessages messages;
    private final ObjectMapper json;
    private final Clock clock;
    private final CentralTeam team;
    private final ApplicationEventPublisher events;
    private final Map<Long, Long> moved = new ConcurrentHashMap<>();
    private volatile long readAt;

    ChatMigrations(JdbcTemplate jdbc, OutboxMessages messages, TelegramJson json, Clock clock, CentralTeam team,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.json = json.mapper();
        this.clock = clock;
        this.team = team;
        this.events = events;
        reread();
    }

    /** The id a message for {@code chatId} must go to now. */
    long current(long chatId) {
        if (System.nanoTime() - readAt > REREAD.toNanos()) {
            reread();
        }
        return follow(chatId);
    }

    /**
     * Whether {@code chatId} is the central team's group. A group the team's is not known as is looked up again
     * among the moves recorded: another instance may have recorded that the team's group became this supergroup.
     */
    boolean isTeamChat(long chatId) {
        if (team.isChat(chatId)) {
            return true;
        }
        reread();
        return team.isChat(chatId);
    }

    private long follow(long chatId) {
        Long next = moved.get(chatId);
        return next == null ? chatId : follow(next);
    }

    /** Follows the moves recorded by any instance, in the order they happened. */
    private void reread() {
        readAt = System.nanoTime();
        jdbc.query("SELECT old_chat_id, new_chat_id FROM chat_migration ORDER BY migrated_at", rs -> {
            if (!moved.containsKey(rs.getLong(1))) {
                follow(rs.getLong(1), rs.getLong(2));
            }
        });
    }

    /** Records the move and re-addresses waiting messages; call in a transaction. */
    void migrated(long oldChatId, long newChatId) {
        if (oldChatId == newChatId) {
            return;
        }
        Integer recorded = jdbc.queryForObject("SELECT COUNT(*) FROM chat_migration WHERE old_chat_id = ?",
                Integer.class, oldChatId);
        boolean known = recorded != null && recorded > 0;
        if (!known) {
            jdbc.update("INSERT INTO chat_migration (old_chat_id, new_chat_id, migrated_at) VALUES (?, ?, ?)",
                    oldChatId, newChatId, Timestamp.from(clock.instant()));
        }
        int waiting = messages.readdress(oldChatId, newChatId, payload -> readdressed(payload, newChatId));
        if (known) {
            reread(); // recorded by another instance, which this one may not have followed yet
            return;
        }
        boolean teamFollows = team.isChat(oldChatId);
        follow(oldChatId, newChatId);
        AfterCommit.undoOnRollback(() -> {
            moved.remove(oldChatId, newChatId);
            if (teamFollows) {
                team.moveTo(oldChatId);
            }
        });
        log.warn("Chat {} became supergroup {}; {} waiting messages moved. If it is the central group, set "
                + "bot.central-chat-id to {} in bot-config.yml.", oldChatId, newChatId, waiting, newChatId);
        events.publishEvent(new ChatMigrated(oldChatId, newChatId));
    }

    private String readdressed(String payload, long newChatId) {
        try {
            return json.writeValueAsString(json.readValue(payload, Outgoing.class).withChatId(newChatId));
        } catch (Exception unreadable) {
            return payload;
        }
    }

    private void follow(long oldChatId, long newChatId) {
        moved.put(oldChatId, newChatId);
        if (team.isChat(oldChatId)) {
            team.moveTo(newChatId);
        }
    }
}
