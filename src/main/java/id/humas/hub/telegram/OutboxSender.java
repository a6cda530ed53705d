package id.humas.hub.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Drains the outbox within Telegram's limits ({@link SendBudget}), by priority ({@link SendPriority}), in order: per
 * chat, a message never overtakes an earlier one of its priority that is still waiting. A 429 pauses all sending for
 * its retry_after; 5xx answers, time-outs and dropped connections are retried with back-off; a chat Telegram refuses
 * for good is recorded as unreachable ({@link Reachability}); a group that became a supergroup is followed
 * ({@link ChatMigrations}). Bursts of bundled messages to a group are combined ({@link BurstCombiner}), what waits
 * under one key is coalesced ({@link Coalescing}). A message Telegram accepted is never sent again: when its record
 * cannot be written, writing it is retried, not the send. A row that cannot be handled at all is put back with
 * back-off and never holds up the others. Button answers go by {@link CallbackAnswers}. Sending runs on the system
 * clock, whatever clock the rest of the application uses, because Telegram's limits do. Of several instances only
 * the one holding the sending lease ({@link InstanceLeases}) sends, so the limits hold for the bot as a whole.
 */
@Component
class OutboxSender implements SmartLifecycle {

    static final int PHASE = Integer.MAX_VALUE - 2000;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final int HEADS = 100;
    private static final Duration ROUND = Duration.ofMillis(500);

    private final OutboxMessages messages;
    private final TelegramClient client;
    private final SendBudget budget;
    private final Reachability reachability;
    private final ChatMigrations migrations;
    private final BurstCombiner combiner;
    private final Coalescing coalescing;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final WorkerLoop loop;
    private final InstanceLeases leases;
    private boolean sending;
    private final AtomicBoolean groupWritten = new AtomicBoolean();
    private volatile boolean stopping;
    /** Sent, but not yet recorded as sent (the database failed): recorded before anything else is sent. */
    private final Map<Long, Sent> unrecorded = new LinkedHashMap<>();
    /**
     * Refs of messages Telegram accepted whose record is not committed yet: a reply to one can come in before it is
     * (a person who answers at once, a loaded machine), and must still find its question.
     */
    private final Map<String, String> refsInFlight = new java.util.concurrent.ConcurrentHashMap<>();
    /** Rows that broke the sender and could not even be put back: left alone until the instant given. */
    private final Map<Long, Instant> setAside = new HashMap<>();

    OutboxSender(OutboxMessages messages, TelegramClient client, SendBudget budget, Reachability reachability,
            ChatMigrations migrations, BurstCombiner combiner, Coalescing coalescing,
            PlatformTransactionManager transactions, ApplicationEventPublisher events, InstanceLeases leases) {
        this.leases = leases;
        this.messages = messages;
        this.client = client;
        this.budget = budget;
        this.reachability = reachability;
        this.migrations = migrations;
        this.combiner = combiner;
        this.coalescing = coalescing;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.loop = new WorkerLoop("outbox-sender", IDLE_POLL, this::sendDue);
    }

    private record Sent(Delivery delivery, Integer messageId, Instant at) {
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

    WorkerLoop.Health health() {
        return loop.health();
    }

    @Override
    public void start() {
        stopping = false;
        loop.start();
    }

    @Override
    public void stop() {
        stopping = true;
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
        if (!recordUnrecorded()) {
            return IDLE_POLL;
        }
        if (!holdsSending()) {
            return IDLE_POLL;
        }
        Duration paused = budget.pausedFor();
        if (!paused.isZero()) {
            return paused;
        }
        Instant now = Instant.now();
        setAside.values().removeIf(until -> until.isBefore(now));
        Set<Long> held = heldRows();
        Map<Long, OutboxMessages.Row> heads = new LinkedHashMap<>();
        messages.heads(true, now, HEADS).forEach(row -> heads.put(row.id(), row));
        messages.heads(false, now, HEADS).forEach(row -> heads.putIfAbsent(row.id(), row));
        heads.keySet().removeAll(held);
        Duration wait = IDLE_POLL;
        int sent = 0;
        groupWritten.set(false);
        Instant roundEnds = Instant.now().plus(ROUND);
        for (OutboxMessages.Row row : heads.values()) {
            if (stopping || !budget.pausedFor().isZero() || groupWritten.get() || !unrecorded.isEmpty()
                    || !leases.holds(InstanceLeases.Task.SENDING)) {
                break;
            }
            Duration globalWait = awaitGlobalBudget(roundEnds);
            if (!globalWait.isZero()) {
                wait = min(wait, globalWait);
                break;
            }
            Duration rowWait = attemptSafely(row);
            if (rowWait.isZero()) {
                sent++;
            } else if (rowWait.compareTo(wait) < 0) {
                wait = rowWait;
            }
        }
        return sent > 0 ? Duration.ZERO : min(wait, untilNextRetry(now));
    }

    /**
     * Only the instance holding the sending lease sends, so that Telegram's limits hold for the bot as a whole; one
     * that takes the sending over starts its budget from what the others recorded as sent.
     */
    private boolean holdsSending() {
        boolean holds = leases.holds(InstanceLeases.Task.SENDING);
        if (holds && !sending) {
            budget.rebuild();
        }
        sending = holds;
        return holds;
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

    private Set<Long> heldRows() {
        Set<Long> held = new HashSet<>(setAside.keySet());
        unrecorded.values().forEach(sent -> sent.delivery().rows().forEach(row -> held.add(row.id())));
        return held;
    }

    /** One row that cannot be handled (a bug, a bad row, the database) must not stop the rows behind it. */
    private Duration attemptSafely(OutboxMessages.Row row) {
        try {
            return attempt(row);
        } catch (RuntimeException | StackOverflowError broken) {
            log.error("Outbox message {} could not be handled; put back with back-off", row.id(), broken);
            Instant retry = Instant.now().plus(backOff(row.attempts()));
            try {
                transaction.executeWithoutResult(tx -> messages.retryAt(row.id(), retry, String.valueOf(broken)));
            } catch (RuntimeException alsoBroken) {
                setAside.put(row.id(), retry);
            }
            return Duration.ZERO;
        }
    }

    /** @return zero when the row was dealt with (sent, combined, failed or rescheduled), else how long it must wait */
    private Duration attempt(OutboxMessages.Row row) {
        Outgoing outgoing;
        try {
            outgoing = messages.read(row);
        } catch (Exception unreadable) {
            log.warn("Outbox message {} unreadable; not sent: {}", row.id(), unreadable.getMessage());
            transaction.executeWithoutResult(tx -> markFailed(List.of(row), "unreadable: " + unreadable.getMessage()));
            return Duration.ZERO;
        }
        if (outgoing instanceof Outgoing.Leave && migrations.isTeamChat(row.chatId())) {
            messages.mark(row.id(), OutboxStatus.SKIPPED);
            return Duration.ZERO;
        }
        if (row.bundle() != null && row.chatId() < 0) {
            BurstCombiner.Decision decision = combiner.decide(row.chatId(), Instant.now());
            if (decision.combined() != null) {
                return send(Delivery.combined(decision.combined().message(), decision.combined().rows()));
            }
            if (!decision.pause().isZero()) {
                return decision.pause();
            }
        }
        return send(row.coalesceKey() == null ? Delivery.single(outgoing, row) : coalescing.of(row, outgoing));
    }

    private Duration send(Delivery delivery) {
        Duration wait = budget.take(delivery.chatId(), delivery.call().counted(), delivery.priority());
        if (!wait.isZero()) {
            return wait;
        }
        deliver(delivery);
        return Duration.ZERO;
    }

    /** Makes the call and records the outcome on all the delivery's rows. The budget has been taken. */
    private void deliver(Delivery delivery) {
        Integer messageId;
        try {
            messageId = delivery.call().execute(client);
        } catch (TelegramApiRequestException refused) {
            budget.settle(delivery.chatId(), delivery.call().counted());
            handleRefusal(delivery, refused);
            return;
        } catch (Exception transientFailure) {
            budget.settle(delivery.chatId(), delivery.call().counted());
            OutboxMessages.Row head = delivery.rows().get(0);
            retryLater(head, backOff(head.attempts()), String.valueOf(transientFailure.getMessage()), delivery.rows());
            return;
        }
        budget.settle(delivery.chatId(), delivery.call().counted());
        logDelivered(delivery, messageId);
        Sent sent = new Sent(delivery, messageId, Instant.now());
        String inFlight = messageId == null || delivery.stands() == null || delivery.stands().ref() == null ? null
                : delivery.chatId() + ":" + messageId;
        if (inFlight != null) {
            refsInFlight.put(inFlight, delivery.stands().ref());
        }
        if (record(sent)) {
            if (inFlight != null) {
                refsInFlight.remove(inFlight);
            }
        } else {
            unrecorded.put(delivery.rows().get(0).id(), sent);
        }
    }

    /** One line per delivery (never its text): what, to which chat, which rows; an item's card shows as ref item:N. */
    private static void logDelivered(Delivery delivery, Integer messageId) {
        OutboxMessages.Row head = delivery.rows().get(0);
        int others = delivery.rows().size() - 1;
        log.info("Delivered {} to chat {}{}: outbox message {}{}{}", head.kind(), delivery.chatId(),
                messageId == null ? "" : " as message " + messageId, head.id(), others == 0 ? "" : " and " + others + " combined with it",
                head.ref() == null ? "" : ", ref " + head.ref());
    }

    /** The ref of a message just sent to the chat whose record is not committed yet. */
    Optional<String> refInFlight(long chatId, int messageId) {
        return Optional.ofNullable(refsInFlight.get(chatId + ":" + messageId));
    }

    /** @return false when the record could not be written; it is tried again before anything else is sent */
    private boolean record(Sent sent) {
        Delivery delivery = sent.delivery();
        try {
            transaction.executeWithoutResult(tx -> {
                if (delivery.stands() == null) {
                    messages.combined(delivery.otherIds(), sent.messageId(), sent.at());
                } else {
                    messages.sent(delivery.stands().id(), sent.messageId(), sent.at(), delivery.otherIds(),
                            delivery.othersStatus());
                    announcePost(delivery.stands(), sent.messageId());
                }
            });
        } catch (RuntimeException failed) {
            log.error("Outbox message {} was sent but could not be recorded as sent; recording it again shortly,"
                    + " it is not sent again", delivery.rows().get(0).id(), failed);
            return false;
        }
        reportBatches(delivery.rows());
        return true;
    }

    private boolean recordUnrecorded() {
        unrecorded.values().removeIf(sent -> {
            boolean recorded = record(sent);
            if (recorded && sent.messageId() != null) {
                refsInFlight.remove(sent.delivery().chatId() + ":" + sent.messageId());
            }
            return recorded;
        });
        return unrecorded.isEmpty();
    }

    private void handleRefusal(Delivery delivery, TelegramApiRequestException refused) {
        List<OutboxMessages.Row> rows = delivery.rows();
        OutboxMessages.Row head = rows.get(0);
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
        } else if (delivery.call() instanceof Outgoing.EditText edit && description.contains("message is not modified")) {
            record(new Sent(delivery, edit.messageId(), Instant.now()));
        } else if (UnreachableReason.isUnreachable(code, description)) {
            transaction.executeWithoutResult(tx -> {
                reachability.refused(head.chatId(), description);
                markFailed(rows, code + " " + description);
            });
        } else {
            log.warn("Telegram refused outbox message {} ({}); not retried: {} {}", head.id(),
                    delivery.call().getClass().getSimpleName(), code, description);
            transaction.executeWithoutResult(tx -> markFailed(rows, code + " " + description));
        }
    }

    private void retryLater(OutboxMessages.Row head, Duration wait, String error, List<OutboxMessages.Row> rows) {
        if (head.createdAt().plus(GIVE_UP_AFTER).isBefore(Instant.now())) {
            log.warn("Outbox message {} could not be delivered for {}; giving up: {}", head.id(), GIVE_UP_AFTER, error);
            transaction.executeWithoutResult(tx -> markFailed(rows, "gave up: " + error));
            return;
        }
        messages.retryAt(head.id(), Instant.now().plus(wait), error);
    }

    private void markFailed(List<OutboxMessages.Row> rows, String error) {
        rows.forEach(row -> messages.failed(row.id(), error));
        rows.stream().filter(row -> isPost(row.ref()))
                .forEach(row -> events.publishEvent(new PostRefused(postRef(row.ref()), row.chatId(), error)));
        rows.stream().map(OutboxMessages.Row::batch).filter(b -> b != null).distinct().forEach(this::reportIfDone);
    }

    /** The first message of a post went: its outcome is announced, in the transaction that records it. */
    private void announcePost(OutboxMessages.Row row, Integer messageId) {
        if (isPost(row.ref()) && messageId != null) {
            events.publishEvent(new PostDelivered(postRef(row.ref()), row.chatId(), messageId));
        }
    }

    private static boolean isPost(String ref) {
        return ref != null && ref.startsWith(Outbox.POST_PREFIX);
    }

    private static String postRef(String ref) {
        return ref.substring(Outbox.POST_PREFIX.length());
    }

    private void reportBatches(List<OutboxMessages.Row> rows) {
        List<String> batches = rows.stream().map(OutboxMessages.Row::batch).filter(b -> b != null).distinct().toList();
        if (batches.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(tx -> batches.forEach(this::reportIfDone));
        } catch (RuntimeException failed) {
            log.error("Could not report on batch {}", batches, failed);
        }
    }

    /** Publishes {@link BatchDelivered} once, when none of the batch's messages is waiting any more. */
    void reportIfDone(String batch) {
        messages.claimReport(batch, Instant.now()).ifPresent(events::publishEvent);
    }

    private Duration untilNextRetry(Instant now) {
        return messages.nextRetry(now).map(next -> Duration.between(Instant.now(), next)).orElse(IDLE_POLL);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration backOff(int attempts) {
        return Duration.ofSeconds(Math.min(300, 1L << Math.min(attempts, 9)));
    }
}
