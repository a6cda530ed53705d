package id.humas.hub.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DraftRepository extends JpaRepository<Draft, Long> {

    Optional<Draft> findByUserId(long userId);

    /** Those of {@code userIds} who have a draft. */
    @Query("select d.userId from Draft d where d.userId in :userIds")
    List<Long> findUserIdsAmong(Collection<Long> userIds);
}
