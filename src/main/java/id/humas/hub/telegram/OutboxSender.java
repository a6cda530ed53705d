package id.humas.hub.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Drains the outbox in order: per chat, a message never overtakes an earlier one that is still waiting.
 * Temporary failures (429, 5xx, network) are retried later; permanent ones are recorded and logged once.
 */
@Component
class OutboxSender implements SmartLifecycle {

    static final int PHASE = Integer.MAX_VALUE - 2000;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPTS = 12;

    private final JdbcTemplate jdbc;
    private final TelegramClient client;
    private final ObjectMapper json;
    private final Clock clock;
    private final WorkerLoop loop;

    OutboxSender(JdbcTemplate jdbc, TelegramClient client, TelegramJson json, Clock clock) {
        this.jdbc = jdbc;
        this.client = client;
        this.json = json.mapper();
        this.clock = clock;
        this.loop = new WorkerLoop("outbox-sender", IDLE_POLL, this::sendDue);
    }

    void wake() {
        loop.wake();
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Sends what is due now; returns how many rows it handled. */
    int sendDue() {
        Timestamp now = Timestamp.from(clock.instant());
        List<Row> due = jdbc.query("""
                        SELECT o.id, o.chat_id, o.payload, o.attempts FROM outbox_message o
                        WHERE o.status = 'PENDING' AND (o.not_before IS NULL OR o.not_before <= ?)
                          AND NOT EXISTS (SELECT 1 FROM outbox_message e
                                          WHERE e.chat_id = o.chat_id AND o.chat_id <> 0 AND e.status = 'PENDING'
                                            AND e.id < o.id AND e.not_before > ?)
                        ORDER BY o.id""" + " LIMIT " + BATCH,
                (rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)), now, now);
        Set<Long> heldBack = new HashSet<>();
        int handled = 0;
        for (Row row : due) {
            if (!loop.isRunning()) {
                break;
            }
            if (row.chatId() != 0 && heldBack.contains(row.chatId())) {
                continue;
            }
            if (!deliver(row)) {
                heldBack.add(row.chatId());
            }
            handled++;
        }
        return handled;
    }

    /** @return false when the message has to wait, so later ones to the same chat must wait too */
    private boolean deliver(Row row) {
        Outgoing outgoing;
        try {
            outgoing = json.readValue(row.payload(), Outgoing.class);
        } catch (Exception unreadable) {
            giveUp(row, "unreadable outbox row: " + unreadable.getMessage());
            return true;
        }
        try {
            Integer messageId = outgoing.execute(client);
            jdbc.update("UPDATE outbox_message SET status = 'SENT', telegram_message_id = ?, sent_at = ?,"
                    + " attempts = ? WHERE id = ?", messageId, now(), row.attempts() + 1, row.id());
            return true;
        } catch (TelegramApiRequestException refused) {
            return handleRefusal(row, outgoing, refused);
        } catch (Exception transientFailure) {
            retryLater(row, backOff(row.attempts()), String.valueOf(transientFailure.getMessage()));
            return false;
        }
    }

    private boolean handleRefusal(Row row, Outgoing outgoing, TelegramApiRequestException refused) {
        int code = refused.getErrorCode() == null ? 0 : refused.getErrorCode();
        String description = String.valueOf(refused.getApiResponse());
        if (code == 429) {
            Integer retryAfter = refused.getParameters() == null ? null : refused.getParameters().getRetryAfter();
            retryLater(row, Duration.ofSeconds(retryAfter == null ? 5 : retryAfter), description);
            return false;
        }
        if (code >= 500 || code == 0) {
            retryLater(row, backOff(row.attempts()), description);
            return false;
        }
        if (outgoing instanceof Outgoing.EditText && description.contains("message is not modified")) {
            jdbc.update("UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE id = ?", now(), row.id());
        } else {
            giveUp(row, code + " " + description);
        }
        return true;
    }

    private void retryLater(Row row, Duration wait, String error) {
        if (row.attempts() + 1 >= MAX_ATTEMPTS) {
            giveUp(row, "gave up after " + MAX_ATTEMPTS + " attempts: " + error);
            return;
        }
        jdbc.update("UPDATE outbox_message SET attempts = attempts + 1, not_before = ?, error = ? WHERE id = ?",
                Timestamp.from(clock.instant().plus(wait)), truncate(error), row.id());
    }

    private void giveUp(Row row, String error) {
        log.warn("Outbox message {} not delivered and not retried: {}", row.id(), error);
        jdbc.update("UPDATE outbox_message SET status = 'FAILED', attempts = attempts + 1, error = ? WHERE id = ?",
                truncate(error), row.id());
    }

    private static Duration backOff(int attempts) {
        return Duration.ofSeconds(Math.min(300, 1L << Math.min(attempts, 9)));
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    private record Row(long id, long chatId, String payload, int attempts) {
    }
}
