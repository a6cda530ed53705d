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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import jakarta.persistence.EntityManager;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * Handles stored updates one at a time, oldest first, each in its own transaction together with the changes and
 * outgoing messages it causes. An album is held until no new part has arrived for {@code bot.intake.album-wait}
 * and then handled as one message; later updates from the same chat wait for it, other chats do not.
 */
@Component
class InboxWorker implements SmartLifecycle {

    static final int MAX_ATTEMPTS = 3;
    /** Attempts an update may take when they fail only because the same things were changed elsewhere at once. */
    static final int MAX_ATTEMPTS_WITH_CONFLICTS = 10;
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
    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private Duration outageWait = Duration.ZERO;

    InboxWorker(Inbox inbox, UpdateRouter router, TransactionTemplate transactions, Clock clock,
                BotProperties properties, TelegramMetrics metrics, EntityManager entities,
                ApplicationEventPublisher events) {
        this.entities = entities;
        this.events = events;
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
     * Handles what is ready now and returns how many updates it handled. Several instances may do this at once: each
     * update is claimed in the transaction that handles it ({@link Inbox#claim}), so it is handled by one of them,
     * and a chat's updates in order.
     */
    int processPending() {
        Instant now = clock.instant();
        Set<Long> waitingChats = new HashSet<>();
        Set<String> handledAlbums = new HashSet<>();
        List<Inbox.StoredUpdate> chunk = new ArrayList<>();
        int handled = 0;
        for (Inbox.StoredUpdate stored : inbox.pending(BATCH)) {
            if (!loop.isRunning()) {
                break;
            }
            if (stored.chatId() != null && waitingChats.contains(stored.chatId())) {
                continue;
            }
            if (stored.mediaGroupId() == null) {
                chunk.add(stored);
                if (chunk.size() == CHUNK) {
                    handled += handleTogether(chunk);
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
                handled += handleTogether(chunk);
                handled += handle(parts);
            } else {
                waitingChats.add(stored.chatId());
            }
        }
        return handled + handleTogether(chunk);
    }

    /**
     * Handles updates of different messages in one transaction, which saves a commit per update when many arrive
     * at once. If any of them fails, none of their changes stay, and each is handled again on its own, so only the
     * failing one is retried or set aside. Empties the list; returns how many it handled.
     */
    private int handleTogether(List<Inbox.StoredUpdate> chunk) {
        List<Inbox.StoredUpdate> updates = List.copyOf(chunk);
        chunk.clear();
        if (updates.size() <= 1) {
            return updates.isEmpty() ? 0 : handle(updates);
        }
        try {
            Integer handled = transactions.execute(status -> {
                List<Inbox.StoredUpdate> claimed = inbox.claim(updates);
                List<Update> parsed = claimed.stream().map(inbox::parse).toList();
                events.publishEvent(new UpdatesClaimed(senders(parsed)));
                for (Update update : parsed) {
                    router.route(List.of(update));
                    // each update's changes are written out before the next one: what it changed must count
                    // for the next, also where that reads ahead (UpdatesClaimed). Its entities are let go:
                    // otherwise every query of the next update makes Hibernate look through all of them again
                    entities.flush();
                    entities.clear();
                }
                if (!claimed.isEmpty()) {
                    inbox.markDone(claimed);
                }
                return claimed.size();
            });
            return handled == null ? 0 : handled;
        } catch (RuntimeException | Error oneFailed) {
            if (oneFailed instanceof RuntimeException trouble && !DatabaseTrouble.isConflict(trouble)
                    && DatabaseTrouble.isCause(trouble)) {
                throw trouble;
            }
            int handled = 0;
            for (Inbox.StoredUpdate stored : updates) {
                handled += handle(List.of(stored));
            }
            return handled;
        }
    }

    /**
     * Handles one message (an album's parts together) in its own transaction, if it can be claimed: it is not when
     * another instance is handling it, or an earlier update of its chat is still waiting.
     *
     * @return how many updates it handled
     */
    private int handle(List<Inbox.StoredUpdate> parts) {
        try {
            Integer handled = transactions.execute(status -> {
                if (inbox.claim(parts).size() < parts.size()) {
                    return 0;
                }
                router.route(parts.stream().map(inbox::parse).toList());
                inbox.markDone(parts);
                return parts.size();
            });
            return handled == null ? 0 : handled;
        } catch (Inbox.HandledElsewhere elsewhere) {
            log.warn("{}; its changes here were rolled back", elsewhere.getMessage());
        } catch (RuntimeException | Error failure) {
            boolean conflict = DatabaseTrouble.isConflict(failure);
            if (!conflict && failure instanceof RuntimeException unreachable && DatabaseTrouble.isCause(unreachable)) {
                throw unreachable;
            }
            if (conflict) {
                // another instance, a job or the dashboard changed what this update changes, at the same time
                log.info("Update {} met a change made at the same time elsewhere; it is handled again",
                        parts.get(0).updateId());
            }
            // An error here (a stack overflow, an exhausted heap) comes from one update, not from the worker itself.
            int allowed = conflict ? MAX_ATTEMPTS_WITH_CONFLICTS : MAX_ATTEMPTS;
            Boolean setAside = transactions.execute(
                    status -> inbox.recordFailure(parts, String.valueOf(failure), allowed));
            if (Boolean.TRUE.equals(setAside)) {
                log.error("Update {} set aside after {} attempts", parts.get(0).updateId(), allowed, failure);
                apologise(parts.get(0));
            }
        }
        return 0;
    }

    private static Set<Long> senders(List<Update> updates) {
        Set<Long> users = new HashSet<>();
        for (Update update : updates) {
            User from = update.hasMessage() ? update.getMessage().getFrom()
                    : update.hasEditedMessage() ? update.getEditedMessage().getFrom()
                    : update.hasCallbackQuery() ? update.getCallbackQuery().getFrom() : null;
            if (from != null) {
                users.add(from.getId());
            }
        }
        return users;
    }

    private void apologise(Inbox.StoredUpdate poisoned) {
        try {
            transactions.executeWithoutResult(status -> router.apologise(inbox.parse(poisoned)));
        } catch (RuntimeException unreadable) {
            log.warn("Could not tell the sender of update {} that it was set aside", poisoned.updateId());
        }
    }
}
