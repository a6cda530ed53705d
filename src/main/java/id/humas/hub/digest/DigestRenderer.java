package id.humas.hub.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.humas.hub.agency.AgencyView;
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
 * Writes the digest and the silent-agency list. Formatting tags never span lines, so the outbox may split a
 * long digest at any line.
 */
@Component
class DigestRenderer {

    private final Texts texts;
    private final Formats formats;
    private final LeaveMarks leave;
    private final Items items;

    DigestRenderer(Texts texts, Formats formats, LeaveMarks leave, Items items) {
        this.texts = texts;
        this.formats = formats;
        this.leave = leave;
        this.items = items;
    }

    String digest(List<DigestEntry> entries, List<AgencyView> agencies, List<AgencyView> silent,
                  List<UnacknowledgedIssues.Issue> unacknowledged, Optional<Instant> since, Instant now) {
        Map<Long, AgencyView> byId = agencies.stream().collect(Collectors.toMap(AgencyView::id, Function.identity()));
        Map<Long, List<DigestEntry>> byAgency = entries.stream()
                .collect(Collectors.groupingBy(DigestEntry::agencyId));
        Map<Long, AgendaDetails> agendas = items.agendaDetails(entries.stream().map(DigestEntry::itemId).toList());
        StringBuilder text = new StringBuilder(texts.html("digest.header", formats.dateTime(now)));
        text.append('\n').append(texts.html("digest.summary", entries.size(), byAgency.size(),
                Markup.trusted(since(since))));
        byAgency.entrySet().stream()
                .sorted(Comparator.comparing(entry -> name(byId, entry.getKey()), String.CASE_INSENSITIVE_ORDER))
                .forEach(agency -> appendAgency(text, name(byId, agency.getKey()), agency.getValue(), agendas));
        if (entries.isEmpty()) {
            text.append("\n\n").append(texts.html("digest.empty"));
        }
        text.append("\n\n").append(silentList(silent));
        text.append(unacknowledged(unacknowledged, now));
        return text.toString();
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

    private void appendAgency(StringBuilder text, String agencyName, List<DigestEntry> entries,
                              Map<Long, AgendaDetails> agendas) {
        text.append("\n\n").append(texts.html("digest.agency", agencyName, entries.size()));
        Map<Optional<Category>, List<DigestEntry>> byCategory = entries.stream()
                .collect(Collectors.groupingBy(entry -> Optional.ofNullable(entry.category())));
        for (Category category : Category.values()) {
            appendCategory(text, texts.plain(category.textKey()), byCategory.get(Optional.of(category)), agendas);
        }
        // items whose kind was never chosen are listed as such; the officer or the team can still set it
        appendCategory(text, texts.plain("digest.kind-unset"), byCategory.get(Optional.<Category>empty()), agendas);
    }

    private void appendCategory(StringBuilder text, String name, List<DigestEntry> entries,
                                Map<Long, AgendaDetails> agendas) {
        if (entries == null || entries.isEmpty()) {
            return;
        }
        text.append('\n').append(texts.html("digest.category", name));
        entries.forEach(entry -> text.append('\n').append(line(entry, agendas.get(entry.itemId()))));
    }

    private String line(DigestEntry entry, AgendaDetails agenda) {
        String phase = entry.phase() == null ? "" : " · " + texts.html(entry.phase().textKey());
        String media = (entry.mediaCount() == 0 ? "" : " " + texts.html("digest.media", entry.mediaCount()))
                + (entry.repeated() ? " " + texts.html("digest.updated")
                : entry.edited() ? " " + texts.html("digest.edited") : "");
        String excerpt = entry.excerpt().isEmpty() ? texts.html("digest.no-text") : Html.escape(entry.excerpt());
        return texts.html("digest.line", String.valueOf(entry.itemId()), Markup.trusted(phase), formats.dateTime(entry.submittedAt()),
                Markup.trusted(excerpt), Markup.trusted(media + agenda(agenda)));
    }

    /** An agenda's day, time and place, or the agenda a coverage belongs to. */
    private String agenda(AgendaDetails agenda) {
        if (agenda == null) {
            return "";
        }
        if (agenda.date() != null) {
            return " " + texts.html("digest.agenda", formats.date(agenda.date()), formats.time(agenda.time()),
                    agenda.place());
        }
        return " " + texts.html("digest.coverage", String.valueOf(agenda.coverageOf()));
    }

    private static String name(Map<Long, AgencyView> agencies, long id) {
        AgencyView agency = agencies.get(id);
        return agency == null ? "#" + id : agency.name();
    }
}
