package id.humas.hub.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AgencyRepository extends ListCrudRepository<Agency, Long> {

    Optional<Agency> findByNameKey(String nameKey);

    List<Agency> findAllByOrderByNameAsc();
}
