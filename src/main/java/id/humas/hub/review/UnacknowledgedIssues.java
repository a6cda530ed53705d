package id.humas.hub.review;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The isu nobody on the central team has acknowledged yet (neither claimed nor acted on), oldest first. */
@Component
public class UnacknowledgedIssues {

    private final IsuWatchRepository watches;

    UnacknowledgedIssues(IsuWatchRepository watches) {
        this.watches = watches;
    }

    @Transactional(readOnly = true)
    public List<Issue> all() {
        return watches.findByAcknowledgedAtIsNullOrderByItemIdAsc().stream()
                .map(watch -> new Issue(watch.itemId(), watch.agencyId(), watch.agencyName(), watch.submittedAt()))
                .toList();
    }

    public record Issue(long itemId, long agencyId, String agencyName, Instant submittedAt) {
    }
}
