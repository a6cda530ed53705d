package id.humas.hub.telegram;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.humas.hub.system.CentralTeam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Drains the outbox within Telegram's limits ({@link SendBudget}), in order: per chat, a message never overtakes an
 * earlier one that is still waiting. A 429 pauses all sending for its retry_after; 5xx answers, time-outs and
 * dropped connections are retried with back-off; a chat Telegram refuses for good is recorded as unreachable
 * ({@link Reachability}); a group that became a supergroup is followed ({@link ChatMigrations}). Bursts of bundled
 * messages to a group are combined ({@link BurstCombiner}). Sending runs on the system clock, whatever clock the
 * rest of the application uses, because Telegram's limits do.
 */
@Component
class OutboxSender implements SmartLifecycle {

    static final int PHASE = Integer.MAX_VALUE - 2000;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final int HEADS = 100;
    private static final Duration ROUND = Duration.ofMillis(500);

    private final JdbcTemplate jdbc;
    private final TelegramClient client;
    private final ObjectMapper json;
    private final SendBudget budget;
    private final Reachability reachability;
    private final ChatMigrations migrations;
    private final BurstCombiner combiner;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final CentralTeam team;
    private final WorkerLoop loop;
    private final AtomicBoolean groupWritten = new AtomicBoolean();

    OutboxSender(JdbcTemplate jdbc, TelegramClient client, TelegramJson json, SendBudget budget,
            Reachability reachability, ChatMigrations migrations, BurstCombiner combiner,
            PlatformTransactionManager transactions, ApplicationEventPublisher events, CentralTeam team) {
        this.team = team;
        this.jdbc = jdbc;
        this.client = client;
        this.json = json.mapper();
        this.budget = budget;
        this.reachability = reachability;
        this.migrations = migrations;
        this.combiner = combiner;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.loop = new WorkerLoop("outbox-sender", IDLE_POLL, this::sendDue);
    }

    void wake() {
        loop.wake();
    }

    /** @param forGroup a message for a group was written: end the current round so it is sent first */
    void wake(boolean forGroup) {
        if (forGroup) {
            groupWritten.set(true);
        }
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

    /**
     * Sends the first waiting message of every chat, as far as the budget allows.
     *
     * @return how long to wait before looking again: zero when something was sent
     */
    Duration sendDue() {
        Duration paused = budget.pausedFor();
        if (!paused.isZero()) {
            return paused;
        }
        Instant now = Instant.now();
        Map<Long, Row> heads = new LinkedHashMap<>();
        heads("o.chat_id < 0 AND", now).forEach(row -> heads.put(row.id(), row));
        heads("", now).forEach(row -> heads.putIfAbsent(row.id(), row));
        Duration wait = IDLE_POLL;
        int sent = 0;
        groupWritten.set(false);
        Instant roundEnds = Instant.now().plus(ROUND);
        for (Row row : heads.values()) {
            if (!loop.isRunning() || !budget.pausedFor().isZero() || groupWritten.get()) {
                break;
            }
            Duration globalWait = awaitGlobalBudget(roundEnds);
            if (!globalWait.isZero()) {
                wait = min(wait, globalWait);
                break;
            }
            Duration rowWait = attempt(row);
            if (rowWait.isZero()) {
                sent++;
            } else if (rowWait.compareTo(wait) < 0) {
                wait = rowWait;
            }
        }
        return sent > 0 ? Duration.ZERO : min(wait, untilNextRetry(now));
    }

    /**
     * A round goes on through the heads it has read, at the global rate, instead of reading them again: waits for
     * the global budget when it refills before the round ends.
     *
     * @return zero when a message may go now, else how long until it may
     */
    private Duration awaitGlobalBudget(Instant roundEnds) {
        Duration wait = budget.globalWait();
        if (wait.isZero() || Instant.now().plus(wait).isAfter(roundEnds)) {
            return wait;
        }
        LockSupport.parkNanos(wait.toNanos());
        return budget.globalWait();
    }

    /**
     * The first waiting message of each chat that is due, oldest first. Called for groups first (the central
     * group): one urgent card there matters more than a thousand confirmations, and they share the global budget.
     */
    private List<Row> heads(String chats, Instant now) {
        return jdbc.query("""
                        SELECT o.id, o.chat_id, o.payload, o.attempts, o.bundle, o.batch, o.created_at
                        FROM outbox_message o
                        WHERE""" + " " + chats + " " + """
                          o.status = 'PENDING' AND (o.not_before IS NULL OR o.not_before <= ?)
                          AND (o.chat_id = 0 OR NOT EXISTS (SELECT 1 FROM outbox_message e
                                  WHERE e.chat_id = o.chat_id AND e.status = 'PENDING' AND e.id < o.id))
                        ORDER BY o.id""" + " LIMIT " + HEADS,
                (rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant()),
                Timestamp.from(now));
    }

    /** @return zero when the row was dealt with (sent, combined, failed or rescheduled), else how long it must wait */
    private Duration attempt(Row row) {
        Outgoing outgoing;
        try {
            outgoing = json.readValue(row.payload(), Outgoing.class);
        } catch (Exception unreadable) {
            transaction.executeWithoutResult(tx -> fail(List.of(row), "unreadable outbox row: " + unreadable.getMessage()));
            return Duration.ZERO;
        }
        if (outgoing instanceof Outgoing.Leave && team.isChat(row.chatId())) {
            jdbc.update("UPDATE outbox_message SET status = 'SKIPPED' WHERE id = ?", row.id());
            return Duration.ZERO;
        }
        if (row.bundle() != null && row.chatId() < 0) {
            Optional<Duration> combined = combiner.combineIfOverBudget(row.chatId(), this);
            if (combined.isPresent()) {
                return combined.get();
            }
        }
        Duration wait = budget.take(row.chatId(), outgoing.messages());
        if (!wait.isZero()) {
            return wait;
        }
        deliver(outgoing, List.of(row), "SENT");
        return Duration.ZERO;
    }

    /**
     * Makes one call to Telegram on behalf of {@code rows} (one row, or the rows a combined message stands for) and
     * records the outcome on all of them. The budget has been taken.
     */
    void deliver(Outgoing outgoing, List<Row> rows, String statusWhenSent) {
        Row head = rows.get(0);
        try {
            Integer messageId = outgoing.execute(client);
            transaction.executeWithoutResult(tx -> {
                for (Row row : rows) {
                    jdbc.update("UPDATE outbox_message SET status = ?, telegram_message_id = ?, sent_at = ?,"
                                    + " attempts = attempts + 1, error = NULL WHERE id = ?",
                            statusWhenSent, messageId, Timestamp.from(Instant.now()), row.id());
                }
                batchesOf(rows).forEach(this::reportIfDone);
            });
        } catch (TelegramApiRequestException refused) {
            handleRefusal(outgoing, rows, refused);
        } catch (Exception transientFailure) {
            retryLater(head, backOff(head.attempts()), String.valueOf(transientFailure.getMessage()), rows);
        }
    }

    private void handleRefusal(Outgoing outgoing, List<Row> rows, TelegramApiRequestException refused) {
        Row head = rows.get(0);
        int code = refused.getErrorCode() == null ? 0 : refused.getErrorCode();
        String description = String.valueOf(refused.getApiResponse());
        ResponseParameters parameters = refused.getParameters();
        if (code == 429) {
            Integer retryAfter = parameters == null ? null : parameters.getRetryAfter();
            Duration pause = Duration.ofSeconds(retryAfter == null ? 5 : retryAfter);
            budget.pauseAll(pause);
            log.info("Telegram asked to wait {} s (429); all sending paused", pause.toSeconds());
            retryLater(head, pause, description, rows);
        } else if (code >= 500 || code == 0) {
            retryLater(head, backOff(head.attempts()), description, rows);
        } else if (parameters != null && parameters.getMigrateToChatId() != null) {
            transaction.executeWithoutResult(tx -> migrations.migrated(head.chatId(), parameters.getMigrateToChatId()));
        } else if (outgoing instanceof Outgoing.EditText && description.contains("message is not modified")) {
            jdbc.update("UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE id = ?",
                    Timestamp.from(Instant.now()), head.id());
        } else if (UnreachableReason.isUnreachable(code, description)) {
            transaction.executeWithoutResult(tx -> {
                reachability.refused(head.chatId(), description);
                markFailed(rows, code + " " + description);
            });
        } else {
            log.warn("Telegram refused outbox message {} ({}); not retried: {} {}", head.id(),
                    outgoing.getClass().getSimpleName(), code, description);
            transaction.executeWithoutResult(tx -> markFailed(rows, code + " " + description));
        }
    }

    private void retryLater(Row head, Duration wait, String error, List<Row> rows) {
        if (head.createdAt().plus(GIVE_UP_AFTER).isBefore(Instant.now())) {
            log.warn("Outbox message {} could not be delivered for {}; giving up: {}", head.id(), GIVE_UP_AFTER, error);
            transaction.executeWithoutResult(tx -> markFailed(rows, "gave up: " + error));
            return;
        }
        jdbc.update("UPDATE outbox_message SET attempts = attempts + 1, not_before = ?, error = ? WHERE id = ?",
                Timestamp.from(Instant.now().plus(wait)), truncate(error), head.id());
    }

    private void fail(List<Row> rows, String error) {
        log.warn("Outbox message {} not delivered and not retried: {}", rows.get(0).id(), error);
        markFailed(rows, error);
    }

    private void markFailed(List<Row> rows, String error) {
        for (Row row : rows) {
            jdbc.update("UPDATE outbox_message SET status = 'FAILED', attempts = attempts + 1, error = ? WHERE id = ?",
                    truncate(error), row.id());
        }
        batchesOf(rows).forEach(this::reportIfDone);
    }

    /** Publishes {@link BatchDelivered} once, when none of the batch's messages is waiting any more. */
    void reportIfDone(String batch) {
        Integer waiting = jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE batch = ? AND status = 'PENDING'", Integer.class, batch);
        if (waiting != null && waiting > 0) {
            return;
        }
        int claimed = jdbc.update("UPDATE outbox_batch SET reported_at = ? WHERE batch = ? AND reported_at IS NULL",
                Timestamp.from(Instant.now()), batch);
        if (claimed == 0) {
            return;
        }
        Integer delivered = jdbc.queryForObject("SELECT COUNT(DISTINCT chat_id) FROM outbox_message WHERE batch = ?"
                + " AND status = 'SENT'", Integer.class, batch);
        List<Long> unreachable = jdbc.queryForList("SELECT DISTINCT chat_id FROM outbox_message WHERE batch = ?"
                + " AND status = 'FAILED' ORDER BY chat_id", Long.class, batch);
        events.publishEvent(new BatchDelivered(batch, delivered == null ? 0 : delivered, unreachable));
    }

    private static List<String> batchesOf(List<Row> rows) {
        return rows.stream().map(Row::batch).filter(b -> b != null).distinct().toList();
    }

    private Duration untilNextRetry(Instant now) {
        Timestamp next = jdbc.queryForObject(
                "SELECT MIN(not_before) FROM outbox_message WHERE status = 'PENDING' AND not_before > ?",
                Timestamp.class, Timestamp.from(now));
        return next == null ? IDLE_POLL : Duration.between(Instant.now(), next.toInstant());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration backOff(int attempts) {
        return Duration.ofSeconds(Math.min(300, 1L << Math.min(attempts, 9)));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /** A waiting outbox row. */
    record Row(long id, long chatId, String payload, int attempts, String bundle, String batch, Instant createdAt) {
    }
}
