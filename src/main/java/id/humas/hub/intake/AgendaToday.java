package id.humas.hub.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.agency.AgencyZones;
import id.humas.hub.agency.Officers;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Formats;
import id.humas.hub.system.ScheduledJob;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.GroupNotice;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Agenda hari ini": every morning at {@code bot.agenda.cron} the central group gets the day's agenda items across
 * agencies, by when they start (a time in another zone than the team's is shown with it: 10.00 WIT), for protocol
 * and coverage planning; a short line when there are none. Rejected agendas are left
 * out.
 */
@Component
class AgendaToday extends ScheduledJob {

    private final ItemRepository items;
    private final Officers officers;
    private final AgendaQuestions agenda;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;
    private final AgencyZones zones;

    AgendaToday(ItemRepository items, Officers officers, AgendaQuestions agenda, CentralTeam team, Outbox outbox,
                Texts texts, Formats formats, AgencyZones zones, BotProperties properties) {
        super("agenda-today", properties.agenda().cron());
        this.zones = zones;
        this.items = items;
        this.officers = officers;
        this.agenda = agenda;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
    }

    @Override
    @Transactional
    public void run(ZonedDateTime due) {
        Map<Long, ZoneId> agencyZones = zones.all();
        // by when they happen: 09.00 WIT comes before 08.00 WIB
        List<Item> today = items.findByCategoryAndEventDateAndStatusNotInOrderByEventTimeAscIdAsc(Category.AGENDA,
                due.toLocalDate(), List.of(ItemStatus.REJECTED)).stream()
                .sorted(Comparator.comparing(item -> start(item, agencyZones))).toList();
        String day = formats.date(due.toLocalDate());
        if (today.isEmpty()) {
            outbox.notice(team.chatId(), GroupNotice.REPORT, texts.html("agenda.today-none", day));
            return;
        }
        Map<Long, String> agencies = officers.agencies().stream()
                .collect(Collectors.toMap(AgencyView::id, AgencyView::name));
        StringBuilder list = new StringBuilder(texts.html("agenda.today-header", day, String.valueOf(today.size())));
        for (Item item : today) {
            String time = formats.time(item.eventTime()) + zones.suffix(zoneOf(item, agencyZones));
            list.append('\n').append(texts.html("agenda.today-line", time,
                    agencies.getOrDefault(item.agencyId(), "?"), agenda.title(item),
                    item.eventPlace(), String.valueOf(item.id())));
        }
        outbox.notice(team.chatId(), GroupNotice.REPORT, list.toString());
    }

    private ZoneId zoneOf(Item item, Map<Long, ZoneId> agencyZones) {
        return agencyZones.getOrDefault(item.agencyId(), zones.home());
    }

    private Instant start(Item item, Map<Long, ZoneId> agencyZones) {
        LocalTime time = item.eventTime() == null ? LocalTime.MIDNIGHT : item.eventTime();
        return item.eventDate().atTime(time).atZone(zoneOf(item, agencyZones)).toInstant();
    }
}
