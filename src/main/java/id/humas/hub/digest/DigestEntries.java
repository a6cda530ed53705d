package id.humas.hub.digest;

import id.humas.hub.intake.ItemEdited;
import id.humas.hub.intake.ItemSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every submitted item for the next digest, and the officer's edits of its text; an edit that overtakes its
 * item's submission stands.
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

    /**
     * Inserted without looking first: the event is published once, in the transaction that inserts the item (a
     * listener run again after a crash is not possible here, as it runs in that transaction).
     */
    @EventListener
    void on(ItemSubmitted item) {
        entries.save(new DigestEntry(item));
    }

    @EventListener
    void on(ItemEdited item) {
        entries.findById(item.itemId()).ifPresentOrElse(entry -> {
            entry.edit(item);
            entries.save(entry);
        }, () -> entries.save(new DigestEntry(item)));
    }
}
