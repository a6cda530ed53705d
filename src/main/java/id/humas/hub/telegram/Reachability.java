package id.humas.hub.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Chats Telegram refused for good: the user blocked the bot, never started it, or the chat is gone. Kept until the
 * chat writes to the bot again. Becoming unreachable is logged once and announced with {@link ChatBecameUnreachable}.
 * The table is the truth; the copy in memory follows this instance's changes once they are committed, and is read
 * again every {@link #REREAD} for the changes of other instances (one sends, any of them hears from a chat).
 */
@Component
public class Reachability {

    static final Duration REREAD = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(Reachability.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private volatile Map<Long, Unreachable> known = new ConcurrentHashMap<>();
    private volatile long readAt;

    /** Reads the table once: every message from a private chat asks whether it is marked. */
    Reachability(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        reread();
    }

    private Map<Long, Unreachable> known() {
        if (System.nanoTime() - readAt > REREAD.toNanos()) {
            reread();
        }
        return known;
    }

    private void reread() {
        Map<Long, Unreachable> read = new ConcurrentHashMap<>();
        jdbc.query("SELECT chat_id, reason, since FROM unreachable_chat", rs -> {
            read.put(rs.getLong(1), new Unreachable(UnreachableReason.valueOf(rs.getString(2)),
                    rs.getTimestamp(3).toInstant()));
        });
        known = read;
        readAt = System.nanoTime();
    }

    /** Why Telegram will not deliver to a chat, and since when. */
    public record Unreachable(UnreachableReason reason, Instant since) {
    }

    public Optional<Unreachable> of(long chatId) {
        return Optional.ofNullable(known().get(chatId));
    }

    /** Called in the sender's transaction when Telegram refuses a chat permanently. */
    void refused(long chatId, String description) {
        UnreachableReason reason = UnreachableReason.from(description);
        Instant now = clock.instant();
        Integer recorded = jdbc.queryForObject("SELECT COUNT(*) FROM unreachable_chat WHERE chat_id = ?",
                Integer.class, chatId);
        if (recorded != null && recorded > 0) {
            return;
        }
        jdbc.update("INSERT INTO unreachable_chat (chat_id, reason, since) VALUES (?, ?, ?)", chatId, reason.name(),
                Timestamp.from(now));
        AfterCommit.run(() -> known.put(chatId, new Unreachable(reason, now)));
        log.warn("Chat {} is unreachable ({}); messages to it are recorded as failed: {}", chatId, reason,
                description);
        events.publishEvent(new ChatBecameUnreachable(chatId, reason));
    }

    /** The chat wrote to the bot, so it can be written to again. */
    void heardFrom(long chatId) {
        if (known().containsKey(chatId)) {
            jdbc.update("DELETE FROM unreachable_chat WHERE chat_id = ?", chatId);
            AfterCommit.run(() -> known.remove(chatId));
            log.info("Chat {} is reachable again", chatId);
        }
    }
}
