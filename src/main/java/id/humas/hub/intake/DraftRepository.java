package id.humas.hub.intake;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface DraftRepository extends ListCrudRepository<Draft, Long> {

    Optional<Draft> findByUserId(long userId);
}
