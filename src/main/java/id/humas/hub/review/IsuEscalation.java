package id.humas.hub.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import id.humas.hub.intake.Category;
import id.humas.hub.intake.ItemStatus;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.ScheduledJob;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.Keyboard;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises an isu again when nobody has acknowledged it within {@code bot.escalation.minutes} of its submission, and
 * again after every further such period until someone does: in the central group and privately to each
 * {@code bot.escalation.contacts} member who is on the central team, with the Tangani and review buttons.
 */
@Component
class IsuEscalation extends ScheduledJob {

    private final IsuWatchRepository watches;
    private final IsuClaimLine claims;
    private final ReviewButtons buttons;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;
    private final Duration every;
    private final List<Long> contacts;

    IsuEscalation(IsuWatchRepository watches, IsuClaimLine claims, ReviewButtons buttons, CentralTeam team,
                  Outbox outbox, Texts texts, Clock clock, BotProperties properties) {
        super("isu-escalation", "0 * * * * *");
        this.watches = watches;
        this.claims = claims;
        this.buttons = buttons;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.every = Duration.ofMinutes(Math.max(1, properties.escalation().minutes()));
        this.contacts = properties.escalation().contacts().stream().filter(team::isMember).distinct().toList();
    }

    @Override
    @Transactional
    public void run(ZonedDateTime due) {
        Instant now = clock.instant();
        watches.findByAcknowledgedAtIsNullOrderByItemIdAsc().stream()
                .filter(watch -> watch.dueForRaise(now, every))
                .forEach(watch -> raise(watch, now));
    }

    private void raise(IsuWatch watch, Instant now) {
        String text = texts.get("isu.raise", String.valueOf(watch.itemId()), Html.escape(watch.agencyName()),
                claims.time(watch.submittedAt()),
                String.valueOf(Duration.between(watch.submittedAt(), now).toMinutes()));
        // Any review step acknowledges an isu, so one still unacknowledged is new.
        Keyboard keyboard = buttons.keyboard(watch.itemId(), Category.ISSUE, ItemStatus.NEW);
        outbox.send(team.chatId(), text, keyboard);
        contacts.forEach(contact -> outbox.send(contact, text, keyboard));
        watch.raised(now, every);
        watches.save(watch);
    }
}
