package id.humas.hub.system;

import java.time.Duration;
import java.time.ZonedDateTime;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Work a module does after another's commit (an isu relayed to the group, a notice, a broadcast report) runs in an
 * event listener; when it fails (the database was away, Telegram's side threw), Spring Modulith keeps the event as
 * incomplete. This job hands such events to their listeners again every minute, once they are older than
 * {@link #AGE}, so the work is done without waiting for a restart. The age keeps it clear of events still on their
 * way; every listener that speaks checks first whether it already has, so a second delivery says nothing twice.
 */
@Component
class IncompleteEventsRetry extends ScheduledJob {

    static final Duration AGE = Duration.ofMinutes(2);

    private final IncompleteEventPublications publications;

    IncompleteEventsRetry(IncompleteEventPublications publications) {
        super("incomplete-events-retry", "0 * * * * *");
        this.publications = publications;
    }

    @Override
    public void run(ZonedDateTime due) {
        publications.resubmitIncompletePublicationsOlderThan(AGE);
    }
}
