package id.humas.hub.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ReviewRecordRepository extends ListCrudRepository<ReviewRecord, Long> {

    List<ReviewRecord> findByItemIdOrderByIdAsc(long itemId);

    Optional<ReviewRecord> findFirstByItemIdOrderByIdDesc(long itemId);
}
