package id.humas.hub.intake;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.humas.hub.agency.AgencyView;
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
 * agencies, by time, for protocol and coverage planning; a short line when there are none. Rejected agendas are left
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

    AgendaToday(ItemRepository items, Officers officers, AgendaQuestions agenda, CentralTeam team, Outbox outbox,
                Texts texts, Formats formats, BotProperties properties) {
        super("agenda-today", properties.agenda().cron());
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
        List<Item> today = items.findByCategoryAndEventDateAndStatusNotInOrderByEventTimeAscIdAsc(Category.AGENDA,
                due.toLocalDate(), List.of(ItemStatus.REJECTED));
        String day = formats.date(due.toLocalDate());
        if (today.isEmpty()) {
            outbox.notice(team.chatId(), GroupNotice.REPORT, texts.html("agenda.today-none", day));
            return;
        }
        Map<Long, String> agencies = officers.agencies().stream()
                .collect(Collectors.toMap(AgencyView::id, AgencyView::name));
        StringBuilder list = new StringBuilder(texts.html("agenda.today-header", day, String.valueOf(today.size())));
        for (Item item : today) {
            list.append('\n').append(texts.html("agenda.today-line", formats.time(item.eventTime()),
                    agencies.getOrDefault(item.agencyId(), "?"), agenda.title(item),
                    item.eventPlace(), String.valueOf(item.id())));
        }
        outbox.notice(team.chatId(), GroupNotice.REPORT, list.toString());
    }
}
