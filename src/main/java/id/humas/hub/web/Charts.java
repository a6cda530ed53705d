package id.humas.hub.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.humas.hub.intake.Category;
import id.humas.hub.intake.ItemArchive;
import id.humas.hub.review.IssueResponses;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Texts;
import org.springframework.stereotype.Component;

/** The figures behind Analitik's charts, each a list of labelled values that the page draws and the CSV lists. */
@Component
class Charts {

    static final List<String> NAMES = List.of("agency", "kind", "week", "response");

    private final ItemArchive archive;
    private final IssueResponses responses;
    private final Labels labels;
    private final Texts texts;
    private final BotProperties properties;

    Charts(ItemArchive archive, IssueResponses responses, Labels labels, Texts texts, BotProperties properties) {
        this.archive = archive;
        this.responses = responses;
        this.labels = labels;
        this.texts = texts;
        this.properties = properties;
    }

    /** @param values numbers, one per label */
    record Chart(String name, List<String> labels, List<Number> values) {
    }

    Chart chart(String name, ItemArchive.Filter filter, LocalDate from, LocalDate until) {
        return switch (name) {
            case "agency" -> perAgency(filter);
            case "kind" -> perKind(filter);
            case "week" -> perWeek(filter, from, until);
            case "response" -> responseTimes(filter);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private Chart perAgency(ItemArchive.Filter filter) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        archive.countPerAgencyAndKind(filter).forEach(count -> counts.merge(count.agencyId(), count.items(), Long::sum));
        Map<Long, String> names = labels.agencies();
        List<Map.Entry<Long, Long>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed()).toList();
        return new Chart("agency", sorted.stream().map(e -> names.getOrDefault(e.getKey(), "#" + e.getKey())).toList(),
                sorted.stream().map(e -> (Number) e.getValue()).toList());
    }

    private Chart perKind(ItemArchive.Filter filter) {
        Map<Category, Long> counts = new TreeMap<>();
        archive.countPerAgencyAndKind(filter).forEach(count -> counts.merge(count.category(), count.items(), Long::sum));
        return new Chart("kind", counts.keySet().stream().map(c -> texts.plain(c.textKey())).toList(),
                counts.values().stream().map(n -> (Number) n).toList());
    }

    /** Items per week (weeks start on Monday, in {@code bot.timezone}), every week of the period shown. */
    private Chart perWeek(ItemArchive.Filter filter, LocalDate from, LocalDate until) {
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (LocalDate week = monday(from); !week.isAfter(until); week = week.plusWeeks(1)) {
            counts.put(week, 0L);
        }
        archive.forEachSubmission(filter, at -> counts.merge(monday(LocalDate.ofInstant(at, properties.timezone())), 1L,
                Long::sum));
        return new Chart("week", counts.keySet().stream().map(LocalDate::toString).toList(),
                counts.values().stream().map(n -> (Number) n).toList());
    }

    /** The median minutes from an isu to its acknowledgement, per agency; isu never acknowledged are left out. */
    private Chart responseTimes(ItemArchive.Filter filter) {
        Instant from = filter.from() == null ? Instant.EPOCH : filter.from();
        Instant until = filter.until() == null ? Instant.now().plus(Duration.ofDays(1)) : filter.until();
        Map<String, List<Long>> minutes = new TreeMap<>();
        for (IssueResponses.Response response : responses.submittedBetween(from, until)) {
            if (filter.agency() != null && filter.agency() != response.agencyId()) {
                continue;
            }
            response.responseTime().ifPresent(time -> minutes.computeIfAbsent(response.agencyName(),
                    name -> new ArrayList<>()).add(time.toMinutes()));
        }
        return new Chart("response", List.copyOf(minutes.keySet()),
                minutes.values().stream().map(Charts::median).toList());
    }

    private static Number median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
