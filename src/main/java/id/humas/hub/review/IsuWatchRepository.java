package id.humas.hub.review;

import java.time.Instant;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface IsuWatchRepository extends ListCrudRepository<IsuWatch, Long> {

    List<IsuWatch> findByAcknowledgedAtIsNullOrderByItemIdAsc();

    List<IsuWatch> findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThanOrderByItemIdAsc(Instant from, Instant to);
}
