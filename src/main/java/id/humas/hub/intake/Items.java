package id.humas.hub.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.humas.hub.telegram.MediaRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks up items for the other modules, and takes the review's steps on them. */
@Component
public class Items {

    private final ItemRepository items;
    private final Clock clock;

    Items(ItemRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean exists(long itemId) {
        return items.existsById(itemId);
    }

    @Transactional(readOnly = true)
    public Optional<ItemView> find(long itemId) {
        return items.findById(itemId).map(Item::view);
    }

    /**
     * Moves the item to a review state, holding a lock on it, so that of two reviewers acting at once only one
     * does.
     *
     * @return the state it was in; empty when the item does not exist or its state does not allow the step
     */
    @Transactional
    public Optional<ItemStatus> moveTo(long itemId, ItemStatus next) {
        return items.findLockedById(itemId).flatMap(item -> item.moveTo(next));
    }

    /**
     * The officer's new version after a revision request; the item is back in review (NEW).
     *
     * @param version the version the revision request was about: a second answer to the same request is refused
     * @return the item with its new version; empty when it was not waiting for this officer's revision of that
     *         version
     */
    @Transactional
    public Optional<ItemView> revise(long itemId, long officerUserId, int version, String text, List<MediaRef> media,
                                     long chatId, int messageId) {
        Optional<Item> waiting = items.findLockedById(itemId)
                .filter(item -> item.officerUserId() == officerUserId && item.version() == version);
        if (waiting.isEmpty() || !waiting.get().revise(text, media, chatId, messageId, clock.instant())) {
            return Optional.empty();
        }
        return waiting.map(Item::view);
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

    /** The agenda details of those of {@code itemIds} that are agendas or the coverage of one, by item id. */
    @Transactional(readOnly = true)
    public Map<Long, AgendaDetails> agendaDetails(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return items.findAllById(itemIds).stream()
                .filter(item -> item.eventDate() != null || item.linkedItemId() != null)
                .map(item -> new AgendaDetails(item.id(), item.eventDate(), item.eventTime(), item.eventPlace(),
                        item.linkedItemId()))
                .collect(Collectors.toMap(AgendaDetails::itemId, Function.identity()));
    }
}
