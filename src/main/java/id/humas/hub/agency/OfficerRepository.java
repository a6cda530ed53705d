package id.humas.hub.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** JPA, for {@link #flush()}: an officer leaves an agency before the next one arrives (one active officer each). */
interface OfficerRepository extends JpaRepository<Officer, Long> {

    Optional<Officer> findByUserIdAndStatus(long userId, OfficerStatus status);

    Optional<Officer> findByAgencyIdAndStatus(long agencyId, OfficerStatus status);

    List<Officer> findByStatus(OfficerStatus status);

    List<Officer> findByAgencyId(long agencyId);
}
