package id.humas.hub.digest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.agency.OfficerView;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Reachability;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /daftar}: every agency, its officer (marked when on leave or when the bot cannot reach them) and when it
 * last sent an item.
 */
@Component
class RosterCommand implements CommandHandler {

    private final Coverage coverage;
    private final DigestEntryRepository entries;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;
    private final Reachability reachability;
    private final LeaveMarks leave;

    RosterCommand(Coverage coverage, DigestEntryRepository entries, Outbox outbox, Texts texts, Formats formats,
            Reachability reachability, LeaveMarks leave) {
        this.coverage = coverage;
        this.entries = entries;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
        this.reachability = reachability;
        this.leave = leave;
    }

    @Override
    public List<String> names() {
        return List.of("daftar", "roster");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    @Transactional(readOnly = true)
    public void handle(IncomingMessage message, String arguments) {
        List<AgencyView> agencies = coverage.agencies();
        if (agencies.isEmpty()) {
            outbox.send(message.chatId(), texts.html("roster.empty"));
            return;
        }
        Map<Long, Instant> lastItem = entries.lastItemPerAgency().stream()
                .collect(Collectors.toMap(DigestEntryRepository.LastItem::getAgencyId,
                        DigestEntryRepository.LastItem::getLastAt));
        StringBuilder text = new StringBuilder(texts.html("roster.header", agencies.size()));
        for (AgencyView agency : agencies) {
            String officer = agency.officer().map(this::officer).orElseGet(() -> texts.html("roster.vacant"));
            Instant last = lastItem.get(agency.id());
            String lastText = last == null ? texts.html("roster.never") : texts.html("roster.last", formats.dateTime(last));
            text.append('\n').append(texts.html("roster.line", agency.name(), Markup.trusted(officer),
                    Markup.trusted(lastText)));
        }
        outbox.send(message.chatId(), text.toString());
    }

    private String officer(OfficerView officer) {
        String name = Html.escape(officer.displayName());
        String named = officer.username() == null ? name : name + " (@" + Html.escape(officer.username()) + ")";
        String shown = leave.of(officer).map(mark -> named + " " + mark).orElse(named);
        return reachability.of(officer.chatId())
                .map(unreachable -> shown + " " + texts.html("roster.unreachable",
                        texts.plain("unreachable." + unreachable.reason().name().toLowerCase(Locale.ROOT)),
                        formats.dateTime(unreachable.since())))
                .orElse(shown);
    }
}
