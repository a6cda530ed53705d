package id.humas.hub.telegram;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The bot's health as the dashboard shows it: when it last heard from Telegram, and what waits to be sent. */
@Component
public class BotHealth {

    private final PollingLiveness liveness;
    private final JdbcTemplate jdbc;
    private final OutboxMessages messages;

    BotHealth(PollingLiveness liveness, JdbcTemplate jdbc, OutboxMessages messages) {
        this.liveness = liveness;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /**
     * @param lastPoll      the last successful getUpdates; empty when none since the start
     * @param outboxWaiting messages waiting to be sent
     * @param outboxFailed  messages Telegram refused for good
     * @param inboxWaiting  updates received and not handled yet
     */
    public record Snapshot(Optional<Instant> lastPoll, long outboxWaiting, long outboxFailed, long inboxWaiting) {
    }

    public Snapshot snapshot() {
        return new Snapshot(liveness.lastSuccessfulPoll(),
                count("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'"),
                count("SELECT COUNT(*) FROM outbox_message WHERE status = 'FAILED'"),
                count("SELECT COUNT(*) FROM inbox_update WHERE status = 'PENDING'"));
    }

    /** When the oldest message still waiting to be sent was written; empty when nothing waits. */
    public Optional<Instant> oldestWaitingMessage() {
        return messages.oldestPending();
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
