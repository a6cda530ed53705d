package id.humas.hub.intake;

import id.humas.hub.agency.AgenciesMerged;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An agency merged into another: the items and unfinished drafts move with it, in the same transaction. */
@Component
class ItemsFollowMergedAgency {

    private final EntityManager entities;

    ItemsFollowMergedAgency(EntityManager entities) {
        this.entities = entities;
    }

    @EventListener
    void on(AgenciesMerged merged) {
        entities.flush();
        entities.createQuery("update Item e set e.agencyId = :into where e.agencyId = :from")
                .setParameter("into", merged.into()).setParameter("from", merged.from()).executeUpdate();
        entities.createQuery("update Draft d set d.agencyId = :into where d.agencyId = :from")
                .setParameter("into", merged.into()).setParameter("from", merged.from()).executeUpdate();
    }
}
