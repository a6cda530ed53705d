package id.humas.hub.digest;

import id.humas.hub.intake.ItemSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Records every submitted item for the next digest; a re-delivered event is recorded once. */
@Component
class DigestEntries {

    private final DigestEntryRepository entries;

    DigestEntries(DigestEntryRepository entries) {
        this.entries = entries;
    }

    @ApplicationModuleListener
    void on(ItemSubmitted item) {
        if (!entries.existsById(item.itemId())) {
            entries.save(new DigestEntry(item));
        }
    }
}
