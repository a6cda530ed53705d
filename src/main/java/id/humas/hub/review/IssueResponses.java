package id.humas.hub.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How quickly the central team acknowledged the isu submitted in a period. */
@Component
public class IssueResponses {

    private final IsuWatchRepository watches;

    IssueResponses(IsuWatchRepository watches) {
        this.watches = watches;
    }

    /** Every isu submitted from {@code from} (inclusive) to {@code to} (exclusive), in submission order. */
    @Transactional(readOnly = true)
    public List<Response> submittedBetween(Instant from, Instant to) {
        return watches.findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThanOrderByItemIdAsc(from, to).stream()
                .map(watch -> new Response(watch.itemId(), watch.agencyId(), watch.agencyName(),
                        Optional.ofNullable(watch.acknowledgedAt())
                                .map(at -> Duration.between(watch.submittedAt(), at))))
                .toList();
    }

    /** @param responseTime from submission to acknowledgement; empty while nobody has acknowledged it */
    public record Response(long itemId, long agencyId, String agencyName, Optional<Duration> responseTime) {
    }
}
