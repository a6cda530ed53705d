package id.humas.hub.digest;

import id.humas.hub.intake.ItemEdited;
import id.humas.hub.intake.ItemSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every submitted item for the next digest, and the officer's edits of its text; a re-delivered event is
 * recorded once, and an edit that overtakes its item's submission stands.
 * <p>
 * Unlike the other modules' listeners this one runs inside the submitting transaction: the digest's copy of an item
 * is committed with the item or not at all, and a busy hour of routine reports costs one commit per report instead
 * of three (listener transaction and event publication bookkeeping).
 */
@Component
class DigestEntries {

    private final DigestEntryRepository entries;

    DigestEntries(DigestEntryRepository entries) {
        this.entries = entries;
    }

    @EventListener
    void on(ItemSubmitted item) {
        // findById, unlike existsById, looks in the transaction's entities first and makes Hibernate write nothing out
        if (entries.findById(item.itemId()).isEmpty()) {
            entries.save(new DigestEntry(item));
        }
    }

    @EventListener
    void on(ItemEdited item) {
        entries.findById(item.itemId()).ifPresentOrElse(entry -> {
            entry.edit(item);
            entries.save(entry);
        }, () -> entries.save(new DigestEntry(item)));
    }
}
