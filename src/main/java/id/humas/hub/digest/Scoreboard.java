package id.humas.hub.digest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.intake.Items;
import id.humas.hub.review.IssueResponses;

/**
 * The figures of one week's scoreboard: items per agency (most first), the agencies that sent nothing, and how
 * quickly the central team acknowledged the week's isu.
 *
 * @param firstDay Monday of the week
 * @param lastDay  Sunday of the week
 */
record Scoreboard(LocalDate firstDay, LocalDate lastDay, List<Row> rows, List<AgencyView> silent, Issues issues) {

    static Scoreboard of(LocalDate firstDay, List<AgencyView> agencies, List<Items.AgencyCounts> counts,
                         List<IssueResponses.Response> responses) {
        Map<Long, String> names = agencies.stream().collect(Collectors.toMap(AgencyView::id, AgencyView::name));
        List<Row> rows = counts.stream()
                .filter(count -> names.containsKey(count.agencyId())) // archived agencies are not on the board
                .map(count -> new Row(names.getOrDefault(count.agencyId(), "#" + count.agencyId()), count.items(),
                        count.accepted(), count.published()))
                .sorted(Comparator.comparingLong(Row::items).reversed()
                        .thenComparing(Row::agencyName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        Set<Long> reporting = counts.stream().map(Items.AgencyCounts::agencyId).collect(Collectors.toSet());
        List<AgencyView> silent = agencies.stream().filter(agency -> !reporting.contains(agency.id())).toList();
        return new Scoreboard(firstDay, firstDay.plusDays(6), rows, silent, Issues.of(responses));
    }

    long totalItems() {
        return rows.stream().mapToLong(Row::items).sum();
    }

    record Row(String agencyName, long items, long accepted, long published) {
    }

    /**
     * @param count   isu submitted in the week
     * @param median  of the acknowledged ones' times from submission to acknowledgement; empty when none was
     * @param slowest the acknowledged isu that waited longest; empty when none was acknowledged
     * @param never   isu nobody has acknowledged to this day
     */
    record Issues(int count, Optional<Duration> median, Optional<IssueResponses.Response> slowest, int never) {

        static Issues of(List<IssueResponses.Response> responses) {
            List<IssueResponses.Response> answered = responses.stream()
                    .filter(response -> response.responseTime().isPresent())
                    .sorted(Comparator.comparing(response -> response.responseTime().orElseThrow()))
                    .toList();
            List<Duration> times = answered.stream().map(response -> response.responseTime().orElseThrow()).toList();
            return new Issues(responses.size(), median(times),
                    answered.isEmpty() ? Optional.empty() : Optional.of(answered.get(answered.size() - 1)),
                    responses.size() - answered.size());
        }

        /** @param sorted ascending */
        private static Optional<Duration> median(List<Duration> sorted) {
            if (sorted.isEmpty()) {
                return Optional.empty();
            }
            int middle = sorted.size() / 2;
            return Optional.of(sorted.size() % 2 == 1
                    ? sorted.get(middle)
                    : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
        }
    }
}
