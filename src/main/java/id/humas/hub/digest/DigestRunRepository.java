package id.humas.hub.digest;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface DigestRunRepository extends ListCrudRepository<DigestRun, Long> {

    Optional<DigestRun> findTopByOrderByIdDesc();
}
