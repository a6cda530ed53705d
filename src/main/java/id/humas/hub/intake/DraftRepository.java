package id.humas.hub.intake;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DraftRepository extends JpaRepository<Draft, Long> {

    Optional<Draft> findByUserId(long userId);
}
