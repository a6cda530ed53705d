package id.humas.hub.intake;

import java.util.HashSet;
import java.util.Set;

import id.humas.hub.system.TransactionScoped;
import id.humas.hub.telegram.UpdatesClaimed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which of the users behind a chunk of updates that the inbox handles in one transaction ({@link UpdatesClaimed})
 * have no open draft, read in one query: an update whose sender has none then does not look for one.
 * <p>
 * A user's entry answers once: the first look-up, when the user's first update of the chunk is handled; later
 * look-ups read the table. A draft started in the transaction, for anyone, drops every entry ({@link Draft} calls
 * {@link #forget()} when it is written).
 */
@Component
class DraftsAhead {

    private static final TransactionScoped<Set<Long>> WITHOUT_DRAFT = new TransactionScoped<>();

    private final DraftRepository drafts;

    DraftsAhead(DraftRepository drafts) {
        this.drafts = drafts;
    }

    @EventListener
    void on(UpdatesClaimed claimed) {
        if (claimed.userIds().isEmpty()) {
            return;
        }
        Set<Long> without = new HashSet<>(claimed.userIds());
        drafts.findUserIdsAmong(claimed.userIds()).forEach(without::remove);
        WITHOUT_DRAFT.set(without);
    }

    /** Whether the user had no draft when this transaction read ahead; true once at most. */
    boolean noneFor(long userId) {
        return WITHOUT_DRAFT.get().map(without -> without.remove(userId)).orElse(false);
    }

    /** A draft was started in this transaction: what was read ahead may no longer be so. */
    static void forget() {
        WITHOUT_DRAFT.clear();
    }
}
