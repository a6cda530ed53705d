package id.humas.hub.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.ScheduledJob;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises an isu again when nobody has acknowledged it within {@code bot.escalation.minutes} of its submission, and
 * again after every further such period until someone does. When one is due, every isu open that long goes into one
 * message with a Tangani button each: one message in the central group, and one privately to each {@code bot.escalation.contacts}
 * member who is on the central team at that moment.
 */
@Component
class IsuEscalation extends ScheduledJob {

    private final IsuWatchRepository watches;
    private final IsuRaiseList list;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration every;
    private final List<Long> contacts;

    IsuEscalation(IsuWatchRepository watches, IsuRaiseList list, CentralTeam team, Outbox outbox, Clock clock,
                  BotProperties properties) {
        super("isu-escalation", "0 * * * * *");
        this.watches = watches;
        this.list = list;
        this.team = team;
        this.outbox = outbox;
        this.clock = clock;
        this.every = Duration.ofMinutes(Math.max(1, properties.escalation().minutes()));
        this.contacts = properties.escalation().contacts().stream().distinct().toList();
    }

    @Override
    @Transactional
    public void run(ZonedDateTime due) {
        Instant now = clock.instant();
        List<IsuWatch> open = watches.findByAcknowledgedAtIsNullOrderByItemIdAsc();
        if (open.stream().noneMatch(watch -> watch.dueForRaise(now, every))) {
            return;
        }
        // Every isu open for a period or more goes into the message, not only those due this minute: raised
        // together, their next raises fall due together, so that a period has one raise message.
        List<IsuWatch> raised = open.stream()
                .filter(watch -> !now.isBefore(watch.submittedAt().plus(every)))
                .toList();
        IsuRaiseList.Rendered message = list.render("", raised, now);
        outbox.send(team.chatId(), message.html(), message.keyboard());
        contacts.stream().filter(team::isMember)
                .forEach(contact -> outbox.send(contact, message.html(), message.keyboard()));
        raised.forEach(watch -> {
            watch.raised(now, every);
            watches.save(watch);
        });
    }
}
