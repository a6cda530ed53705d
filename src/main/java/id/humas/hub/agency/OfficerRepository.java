package id.humas.hub.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OfficerRepository extends ListCrudRepository<Officer, Long> {

    Optional<Officer> findByUserIdAndStatus(long userId, OfficerStatus status);

    Optional<Officer> findByAgencyIdAndStatus(long agencyId, OfficerStatus status);

    List<Officer> findByStatus(OfficerStatus status);

    List<Officer> findByAgencyId(long agencyId);
}
