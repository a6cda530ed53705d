package id.humas.hub.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.humas.hub.system.BotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import jakarta.persistence.EntityManager;

/**
 * Handles stored updates one at a time, oldest first, each in its own transaction together with the changes and
 * outgoing messages it causes. An album is held until no new part has arrived for {@code bot.intake.album-wait}
 * and then handled as one message; later updates from the same chat wait for it, other chats do not.
 */
@Component
class InboxWorker implements SmartLifecycle {

    static final int MAX_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(250);
    private static final Duration MAX_OUTAGE_WAIT = Duration.ofSeconds(5);
    private static final int BATCH = 200;
    private static final int CHUNK = 100;

    private final Inbox inbox;
    private final UpdateRouter router;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration albumWait;
    private final TelegramMetrics metrics;
    private final WorkerLoop loop;
    private final InstanceLeases leases;
    private final EntityManager entities;
    private Duration outageWait = Duration.ZERO;

    InboxWorker(Inbox inbox, UpdateRouter router, TransactionTemplate transactions, Clock clock,
                BotProperties properties, InstanceLeases leases, TelegramMetrics metrics, EntityManager entities) {
        this.leases = leases;
        this.entities = entities;
        this.inbox = inbox;
        this.metrics = metrics;
        this.router = router;
        this.transactions = transactions;
        this.clock = clock;
        this.albumWait = properties.intake().albumWait();
        this.loop = new WorkerLoop("inbox-worker", IDLE_POLL, this::step);
    }

    void wake() {
        loop.wake();
    }

    WorkerLoop.Health health() {
        return loop.health();
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
        return OutboxSender.PHASE + 100;
    }

    /**
     * While the database cannot be reached, waits longer and longer (up to {@link #MAX_OUTAGE_WAIT}) and tries again;
     * no update is blamed for it, so none is set aside, and the bot catches up once the database is back.
     */
    private Duration step() {
        try {
            long started = System.nanoTime();
            int handled = processPending();
            metrics.processed(handled, System.nanoTime() - started);
            if (!outageWait.isZero()) {
                log.info("The database answers again; the inbox goes on");
                outageWait = Duration.ZERO;
            }
            return handled == 0 ? IDLE_POLL : Duration.ZERO;
        } catch (RuntimeException failure) {
            if (!DatabaseTrouble.isCause(failure)) {
                throw failure;
            }
            if (outageWait.isZero()) {
                log.warn("The database cannot be reached; the inbox waits and tries again: {}", failure.toString());
            }
            Duration doubled = outageWait.isZero() ? IDLE_POLL : outageWait.multipliedBy(2);
            outageWait = doubled.compareTo(MAX_OUTAGE_WAIT) > 0 ? MAX_OUTAGE_WAIT : doubled;
            return outageWait;
        }
    }

    /**
     * Handles what is ready now, while this instance holds the inbox lease (one instance handles the inbox, in
     * order); returns how many updates it handled.
     */
    int processPending() {
        if (!leases.holds(InstanceLeases.Task.INBOX)) {
            return 0;
        }
        Instant now = clock.instant();
        Set<Long> waitingChats = new HashSet<>();
        Set<String> handledAlbums = new HashSet<>();
        List<Inbox.StoredUpdate> chunk = new ArrayList<>();
        int handled = 0;
        for (Inbox.StoredUpdate stored : inbox.pending(BATCH)) {
            if (!loop.isRunning() || !leases.holds(InstanceLeases.Task.INBOX)) {
                break;
            }
            if (stored.chatId() != null && waitingChats.contains(stored.chatId())) {
                continue;
            }
            if (stored.mediaGroupId() == null) {
                chunk.add(stored);
                handled++;
                if (chunk.size() == CHUNK) {
                    handleTogether(chunk);
                }
                continue;
            }
            if (!handledAlbums.add(stored.mediaGroupId())) {
                continue;
            }
            List<Inbox.StoredUpdate> parts = inbox.pendingAlbum(stored.mediaGroupId());
            Inbox.StoredUpdate newest = parts.stream()
                    .max(Comparator.comparing(Inbox.StoredUpdate::receivedAt)).orElse(stored);
            if (newest.quietSince(now, albumWait)) {
                handleTogether(chunk);
                handle(parts);
                handled += parts.size();
            } else {
                waitingChats.add(stored.chatId());
            }
        }
        handleTogether(chunk);
        return handled;
    }

    /**
     * Handles updates of different messages in one transaction, which saves a commit per update when many arrive
     * at once. If any of them fails, none of their changes stay, and each is handled again on its own, so only the
     * failing one is retried or set aside. Empties the list.
     */
    private void handleTogether(List<Inbox.StoredUpdate> chunk) {
        if (chunk.size() == 1) {
            handle(List.of(chunk.get(0)));
        } else if (!chunk.isEmpty()) {
            try {
                transactions.executeWithoutResult(status -> {
                    for (Inbox.StoredUpdate stored : chunk) {
                        router.route(List.of(inbox.parse(stored)));
                        // each update's entities are written out and let go: otherwise every query of the next
                        // update makes Hibernate look through all of them again
                        entities.flush();
                        entities.clear();
                    }
                    inbox.markDone(chunk);
                });
            } catch (RuntimeException | Error oneFailed) {
                if (DatabaseTrouble.isCause(oneFailed)) {
                    chunk.clear();
                    throw oneFailed;
                }
                chunk.forEach(stored -> handle(List.of(stored)));
            }
        }
        chunk.clear();
    }

    private void handle(List<Inbox.StoredUpdate> parts) {
        try {
            transactions.executeWithoutResult(status -> {
                router.route(parts.stream().map(inbox::parse).toList());
                inbox.markDone(parts);
            });
        } catch (Inbox.HandledElsewhere elsewhere) {
            log.warn("{}; its changes here were rolled back", elsewhere.getMessage());
        } catch (RuntimeException | Error failure) {
            if (failure instanceof RuntimeException unreachable && DatabaseTrouble.isCause(unreachable)) {
                throw unreachable;
            }
            // An error here (a stack overflow, an exhausted heap) comes from one update, not from the worker itself.
            Boolean setAside = transactions.execute(
                    status -> inbox.recordFailure(parts, String.valueOf(failure), MAX_ATTEMPTS));
            if (Boolean.TRUE.equals(setAside)) {
                log.error("Update {} set aside after {} attempts", parts.get(0).updateId(), MAX_ATTEMPTS, failure);
                apologise(parts.get(0));
            }
        }
    }

    private void apologise(Inbox.StoredUpdate poisoned) {
        try {
            transactions.executeWithoutResult(status -> router.apologise(inbox.parse(poisoned)));
        } catch (RuntimeException unreadable) {
            log.warn("Could not tell the sender of update {} that it was set aside", poisoned.updateId());
        }
    }
}
