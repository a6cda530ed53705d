package id.humas.hub.agency;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import id.humas.hub.system.TimeZones;
import id.humas.hub.system.TransactionScoped;
import id.humas.hub.telegram.UpdatesClaimed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads officers with their agencies: one user's for {@link Officers}, and all the senders of a chunk of updates that
 * the inbox handles in one transaction ({@link UpdatesClaimed}) in one query instead of one query for each update.
 * <p>
 * A user's entry answers once: the first look-up, when the user's first update of the chunk is handled; later
 * look-ups read the tables. A change of any officer or agency in the transaction drops every entry (the entities
 * call {@link #forget()} when the change is written, which the inbox does after each update).
 */
@Component
class OfficersAhead {

    private static final TransactionScoped<Map<Long, Optional<ActiveOfficer>>> AHEAD = new TransactionScoped<>();

    private final OfficerRepository officers;
    private final TimeZones zones;

    OfficersAhead(OfficerRepository officers, TimeZones zones) {
        this.officers = officers;
        this.zones = zones;
    }

    @EventListener
    void on(UpdatesClaimed claimed) {
        if (claimed.userIds().isEmpty()) {
            return;
        }
        Map<Long, ActiveOfficer> found = read(claimed.userIds());
        Map<Long, Optional<ActiveOfficer>> ahead = new HashMap<>();
        claimed.userIds().forEach(user -> ahead.put(user, Optional.ofNullable(found.get(user))));
        AHEAD.set(ahead);
    }

    /** The active officers among {@code userIds}, by user, in one query. */
    Map<Long, ActiveOfficer> read(Collection<Long> userIds) {
        Map<Long, ActiveOfficer> found = new HashMap<>();
        officers.findInAgency(userIds, OfficerStatus.ACTIVE)
                .forEach(officer -> found.put(officer.userId(), officer.active(zones.home())));
        return found;
    }

    /**
     * The user's officer (empty inside: the user serves no agency) as read ahead in this transaction, once; empty
     * when it was not read ahead, was taken already, or something changed since.
     */
    Optional<Optional<ActiveOfficer>> take(long userId) {
        return AHEAD.get().map(ahead -> ahead.remove(userId));
    }

    /** An officer or an agency changed in this transaction: what was read ahead may no longer be so. */
    static void forget() {
        AHEAD.clear();
    }
}
