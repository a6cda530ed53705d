package id.humas.hub.intake;

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
}
