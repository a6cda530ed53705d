package id.humas.hub.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.agency.AgencyZones;
import id.humas.hub.agency.OfficerView;
import id.humas.hub.agency.Officers;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Formats;
import id.humas.hub.system.ScheduledJob;
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Keyboard;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day after an agenda, at {@code bot.agenda.coverage-cron} in the agency's zone, its agency's officer is asked once for the coverage,
 * with a button that starts it (see {@link CoverageButton}). Agendas of the past week not yet asked about are asked
 * about too, so a day the bot was down loses nothing; an agency without an officer is not asked.
 */
@Component
class CoverageRequests extends ScheduledJob {

    /** How far back an agenda still gets its coverage request (the bot may have been down). */
    static final int LOOK_BACK_DAYS = 7;

    private final ItemRepository items;
    private final Officers officers;
    private final AgendaQuestions agenda;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;
    private final Clock clock;
    private final AgencyZones zones;

    CoverageRequests(ItemRepository items, Officers officers, AgendaQuestions agenda, Outbox outbox, Texts texts,
                     Formats formats, Clock clock, AgencyZones zones, BotProperties properties) {
        super("agenda-coverage", properties.agenda().coverageCron());
        this.zones = zones;
        this.items = items;
        this.officers = officers;
        this.agenda = agenda;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    public boolean perZone() {
        return true;
    }

    /** For the agencies in {@code due}'s zone, the day after their agenda there. */
    @Override
    @Transactional
    public void run(ZonedDateTime due) {
        LocalDate yesterday = due.toLocalDate().minusDays(1);
        List<Item> past = items.findByCategoryAndEventDateBetweenAndCoverageAskedAtIsNullOrderByIdAsc(
                Category.AGENDA, yesterday.minusDays(LOOK_BACK_DAYS - 1), yesterday);
        if (past.isEmpty()) {
            return;
        }
        Map<Long, Optional<OfficerView>> officerOf = officers.agencies().stream()
                .collect(Collectors.toMap(AgencyView::id, AgencyView::officer));
        Map<Long, ZoneId> agencyZones = zones.all();
        for (Item item : past) {
            if (!due.getZone().equals(agencyZones.get(item.agencyId()))) {
                continue; // asked in its own zone's morning
            }
            if (item.status() == ItemStatus.REJECTED || !item.askForCoverage(clock.instant())) {
                continue;
            }
            officerOf.getOrDefault(item.agencyId(), Optional.empty()).ifPresent(officer -> ask(officer, item, yesterday));
        }
    }

    private void ask(OfficerView officer, Item item, LocalDate yesterday) {
        String when = item.eventDate().equals(yesterday) ? texts.html("liputan.yesterday")
                : formats.date(item.eventDate());
        String number = String.valueOf(item.id());
        outbox.send(officer.chatId(), texts.html("liputan.ask", Markup.trusted(when), agenda.title(item), number),
                Keyboard.row(new Keyboard.Button(texts.plain("liputan.button"), CoverageButton.PREFIX + ":" + number)));
    }
}
