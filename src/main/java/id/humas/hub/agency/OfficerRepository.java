package id.humas.hub.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** JPA, for {@link #flush()}: an officer leaves an agency before the next one arrives (one active officer each). */
interface OfficerRepository extends JpaRepository<Officer, Long> {

    Optional<Officer> findByUserIdAndStatus(long userId, OfficerStatus status);

    /**
     * The users' officers with their agencies' names, states and time zones, in one query of the columns needed (no
     * entities to keep track of): asked for every message an officer sends, or once for a chunk of them.
     */
    @Query("select new id.humas.hub.agency.OfficerInAgency(o.id, o.agencyId, a.name, o.userId, o.chatId,"
            + " o.displayName, o.username, o.registeredAt, o.leaveUntil, a.archivedAt, a.zone)"
            + " from Officer o join Agency a on a.id = o.agencyId where o.userId in :userIds and o.status = :status")
    List<OfficerInAgency> findInAgency(Collection<Long> userIds, OfficerStatus status);

    Optional<Officer> findByAgencyIdAndStatus(long agencyId, OfficerStatus status);

    List<Officer> findByStatus(OfficerStatus status);

    List<Officer> findByAgencyId(long agencyId);
}
