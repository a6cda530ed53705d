package id.humas.hub.digest;

import id.humas.hub.agency.AgenciesMerged;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An agency merged into another: the digest entries (an item not yet in a digest is listed under the agency it moved to) move with it, in the same transaction. */
@Component
class DigestEntriesFollowMergedAgency {

    private final EntityManager entities;

    DigestEntriesFollowMergedAgency(EntityManager entities) {
        this.entities = entities;
    }

    @EventListener
    void on(AgenciesMerged merged) {
        entities.flush();
        entities.createQuery("update DigestEntry e set e.agencyId = :into where e.agencyId = :from")
                .setParameter("into", merged.into()).setParameter("from", merged.from()).executeUpdate();
    }
}
