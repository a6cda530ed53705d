package id.humas.hub.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.agency.AgencyZones;
import id.humas.hub.intake.AgendaDetails;
import id.humas.hub.intake.Category;
import id.humas.hub.intake.Items;
import id.humas.hub.review.UnacknowledgedIssues;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Html;
import org.springframework.stereotype.Component;

/**
 * Writes the digest and the silent-agency list. Formatting tags never span lines, so a long digest is cut into
 * messages at lines (see {@link DigestPages}), and the outbox may split one further at any line.
 */
@Component
class DigestRenderer {

    private final Texts texts;
    private final Formats formats;
    private final LeaveMarks leave;
    private final Items items;
    private final AgencyZones zones;

    DigestRenderer(Texts texts, Formats formats, LeaveMarks leave, Items items, AgencyZones zones) {
        this.zones = zones;
        this.texts = texts;
        this.formats = formats;
        this.leave = leave;
        this.items = items;
    }

    /**
     * The digest as messages, each with the items it lists (see {@link DigestPages}).
     *
     * @param note a line under the summary saying what an on-demand digest does to the next one; "" for none
     */
    List<DigestPages.Page> digest(List<DigestEntry> entries, List<AgencyView> agencies, List<AgencyView> silent,
                                  List<UnacknowledgedIssues.Issue> unacknowledged, Optional<Instant> since,
                                  Instant now, String note) {
        Map<Long, AgencyView> byId = agencies.stream().collect(Collectors.toMap(AgencyView::id, Function.identity()));
        Map<Long, List<DigestEntry>> byAgency = entries.stream()
                .collect(Collectors.groupingBy(DigestEntry::agencyId));
        Map<Long, AgendaDetails> agendas = items.agendaDetails(entries.stream().map(DigestEntry::itemId).toList());
        Map<Long, ZoneId> agencyZones = agendas.isEmpty() ? Map.of() : zones.all();
        DigestPages pages = new DigestPages().add("", texts.html("digest.header", formats.dateTime(now)));
        pages.add("\n", texts.html("digest.summary", entries.size(), byAgency.size(), Markup.trusted(since(since))));
        if (!note.isEmpty()) {
            pages.add("\n", note);
        }
        byAgency.entrySet().stream()
                .sorted(Comparator.comparing(entry -> name(byId, entry.getKey()), String.CASE_INSENSITIVE_ORDER))
                .forEach(agency -> appendAgency(pages, name(byId, agency.getKey()), agency.getValue(), agendas,
                        agencyZones.getOrDefault(agency.getKey(), zones.home())));
        if (entries.isEmpty()) {
            pages.add("\n\n", texts.html("digest.empty"));
        }
        addLines(pages, silentList(silent));
        addLines(pages, unacknowledged(unacknowledged, now).strip());
        return pages.pages();
    }

    /** A section of lines, after a blank line; lines are kept whole so that a page may end after any of them. */
    private static void addLines(DigestPages pages, String section) {
        String separator = "\n\n";
        for (String line : section.isEmpty() ? new String[0] : section.split("\n")) {
            pages.add(separator, line);
            separator = "\n";
        }
    }

    /** The section on isu nobody has acknowledged, starting with a blank line; "" when there are none. */
    String unacknowledged(List<UnacknowledgedIssues.Issue> issues, Instant now) {
        if (issues.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\n").append(texts.html("isu.open.header", String.valueOf(issues.size())));
        for (UnacknowledgedIssues.Issue issue : issues) {
            text.append('\n').append(texts.html("isu.open.line", String.valueOf(issue.itemId()),
                    issue.agencyName(), formats.dateTime(issue.submittedAt()),
                    String.valueOf(Duration.between(issue.submittedAt(), now).toMinutes())));
        }
        return text.toString();
    }

    String silentList(List<AgencyView> silent) {
        if (silent.isEmpty()) {
            return texts.html("coverage.none-silent");
        }
        StringBuilder text = new StringBuilder(texts.html("coverage.silent-header", silent.size()));
        for (AgencyView agency : silent) {
            String name = agency.name();
            text.append('\n').append(agency.officer()
                    .map(officer -> leave.of(officer)
                            .map(mark -> texts.html("coverage.silent-line-on-leave", name, Markup.trusted(mark)))
                            .orElseGet(() -> texts.html("coverage.silent-line", name)))
                    .orElseGet(() -> texts.html("coverage.silent-line-vacant", name)));
        }
        return text.toString();
    }

    String since(Optional<Instant> since) {
        return since.map(formats::dateTime).orElseGet(() -> texts.html("digest.since-start"));
    }

    private void appendAgency(DigestPages text, String agencyName, List<DigestEntry> entries,
                              Map<Long, AgendaDetails> agendas, ZoneId zone) {
        text.add("\n\n", texts.html("digest.agency", agencyName, entries.size()));
        Map<Optional<Category>, List<DigestEntry>> byCategory = entries.stream()
                .collect(Collectors.groupingBy(entry -> Optional.ofNullable(entry.category())));
        for (Category category : Category.values()) {
            appendCategory(text, texts.plain(category.textKey()), byCategory.get(Optional.of(category)), agendas,
                    zone);
        }
        // items whose kind was never chosen are listed as such; the officer or the team can still set it
        appendCategory(text, texts.plain("digest.kind-unset"), byCategory.get(Optional.<Category>empty()), agendas,
                zone);
    }

    private void appendCategory(DigestPages text, String name, List<DigestEntry> entries,
                                Map<Long, AgendaDetails> agendas, ZoneId zone) {
        if (entries == null || entries.isEmpty()) {
            return;
        }
        text.add("\n", texts.html("digest.category", name));
        entries.forEach(entry -> text.add("\n", line(entry, agendas.get(entry.itemId()), zone), entry.itemId()));
    }

    private String line(DigestEntry entry, AgendaDetails agenda, ZoneId zone) {
        String phase = entry.phase() == null ? "" : " · " + texts.html(entry.phase().textKey());
        String media = (entry.mediaCount() == 0 ? "" : " " + texts.html("digest.media", entry.mediaCount()))
                + (entry.repeated() ? " " + texts.html("digest.updated")
                : entry.edited() ? " " + texts.html("digest.edited") : "");
        String excerpt = entry.excerpt().isEmpty() ? texts.html("digest.no-text") : Html.escape(entry.excerpt());
        return texts.html("digest.line", String.valueOf(entry.itemId()), Markup.trusted(phase), formats.dateTime(entry.submittedAt()),
                Markup.trusted(excerpt), Markup.trusted(media + agenda(agenda, zone)));
    }

    /**
     * An agenda's day, time and place — the time with its zone (WITA, WIT) when the agency is not in the team's — or
     * the agenda a coverage belongs to.
     */
    private String agenda(AgendaDetails agenda, ZoneId zone) {
        if (agenda == null) {
            return "";
        }
        if (agenda.date() != null) {
            return " " + texts.html("digest.agenda", formats.date(agenda.date()),
                    formats.time(agenda.time()) + zones.suffix(zone),
                    agenda.place());
        }
        return " " + texts.html("digest.coverage", String.valueOf(agenda.coverageOf()));
    }

    private static String name(Map<Long, AgencyView> agencies, long id) {
        AgencyView agency = agencies.get(id);
        return agency == null ? "#" + id : agency.name();
    }
}
