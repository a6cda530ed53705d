package id.humas.hub.intake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks up items for the other modules. */
@Component
public class Items {

    private final ItemRepository items;

    Items(ItemRepository items) {
        this.items = items;
    }

    @Transactional(readOnly = true)
    public boolean exists(long itemId) {
        return items.existsById(itemId);
    }

    /**
     * For each agency that submitted anything from {@code from} (inclusive) to {@code to} (exclusive): how many
     * items, and how many of them are accepted (published ones included) and published by now.
     */
    @Transactional(readOnly = true)
    public List<AgencyCounts> countsPerAgency(Instant from, Instant to) {
        Map<Long, AgencyCounts> counts = new LinkedHashMap<>();
        for (ItemRepository.StatusCount row : items.countByAgencyAndStatus(from, to)) {
            long n = row.getItems();
            boolean published = row.getStatus() == ItemStatus.PUBLISHED;
            boolean accepted = published || row.getStatus() == ItemStatus.ACCEPTED;
            counts.merge(row.getAgencyId(),
                    new AgencyCounts(row.getAgencyId(), n, accepted ? n : 0, published ? n : 0), AgencyCounts::plus);
        }
        return List.copyOf(counts.values());
    }

    /** @param accepted accepted items, those published since included */
    public record AgencyCounts(long agencyId, long items, long accepted, long published) {

        AgencyCounts plus(AgencyCounts other) {
            return new AgencyCounts(agencyId, items + other.items, accepted + other.accepted,
                    published + other.published);
        }
    }
}
