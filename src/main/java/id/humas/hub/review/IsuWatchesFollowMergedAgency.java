package id.humas.hub.review;

import id.humas.hub.agency.AgenciesMerged;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An agency merged into another: the watched isu move with it, in the same transaction. */
@Component
class IsuWatchesFollowMergedAgency {

    private final EntityManager entities;

    IsuWatchesFollowMergedAgency(EntityManager entities) {
        this.entities = entities;
    }

    @EventListener
    void on(AgenciesMerged merged) {
        entities.flush();
        entities.createQuery("update IsuWatch e set e.agencyId = :into where e.agencyId = :from")
                .setParameter("into", merged.into()).setParameter("from", merged.from()).executeUpdate();
    }
}
