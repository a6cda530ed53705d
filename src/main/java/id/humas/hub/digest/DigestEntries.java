package id.humas.hub.digest;

import id.humas.hub.intake.ItemEdited;
import id.humas.hub.intake.ItemSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records every submitted item for the next digest, and the officer's edits of its text; a re-delivered event is
 * recorded once, and an edit that overtakes its item's submission stands.
 */
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

    @ApplicationModuleListener
    void on(ItemEdited item) {
        entries.findById(item.itemId()).ifPresentOrElse(entry -> {
            entry.edit(item);
            entries.save(entry);
        }, () -> entries.save(new DigestEntry(item)));
    }
}
