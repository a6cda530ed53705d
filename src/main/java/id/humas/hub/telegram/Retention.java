package id.humas.hub.telegram;

import java.time.Duration;
import java.time.ZonedDateTime;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, forgets what is only kept in case it is needed again soon: updates handled, messages sent and events
 * completed more than {@code bot.retention.days} ago. Items, their versions and the review history are kept for
 * good; so the database grows with what the province reported, not with the traffic it took to report it.
 */
@Component
class Retention extends ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final Inbox inbox;
    private final Outbox outbox;
    private final CompletedEventPublications events;
    private final TransactionTemplate transactions;
    private final Duration kept;

    Retention(Inbox inbox, Outbox outbox, CompletedEventPublications events, TransactionTemplate transactions,
              BotProperties properties) {
        super("retention", "0 30 3 * * *");
        this.inbox = inbox;
        this.outbox = outbox;
        this.events = events;
        this.transactions = transactions;
        this.kept = Duration.ofDays(properties.retention().days());
    }

    @Override
    public void run(ZonedDateTime due) {
        ZonedDateTime cutoff = due.minus(kept);
        Integer updates = transactions.execute(status -> inbox.deleteDoneBefore(cutoff.toInstant()));
        Integer messages = transactions.execute(status -> outbox.deleteSentBefore(cutoff.toInstant()));
        transactions.executeWithoutResult(status -> events.deletePublicationsOlderThan(kept));
        log.info("Retention: forgot {} handled update(s) and {} sent message(s) from before {}", updates, messages,
                cutoff.toLocalDate());
    }
}
