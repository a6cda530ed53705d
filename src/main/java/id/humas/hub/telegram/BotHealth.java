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

    BotHealth(PollingLiveness liveness, JdbcTemplate jdbc) {
        this.liveness = liveness;
        this.jdbc = jdbc;
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

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
