package id.humas.hub.intake;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
