package id.humas.hub.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ItemRepository extends ListCrudRepository<Item, Long> {

    List<Item> findTop10ByOfficerUserIdOrderByIdDesc(long officerUserId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Item> findLockedById(long id);

    Optional<Item> findBySourceChatIdAndSourceMessageId(long sourceChatId, int sourceMessageId);

    @Query("select i.agencyId as agencyId, i.status as status, count(i) as items from Item i"
            + " where i.createdAt >= :from and i.createdAt < :to group by i.agencyId, i.status")
    List<StatusCount> countByAgencyAndStatus(Instant from, Instant to);

    interface StatusCount {
        Long getAgencyId();

        ItemStatus getStatus();

        Long getItems();
    }

    List<Item> findByCategoryAndEventDateAndStatusNotInOrderByEventTimeAscIdAsc(Category category, LocalDate date,
                                                                             Collection<ItemStatus> left);

    List<Item> findByCategoryAndEventDateBetweenAndCoverageAskedAtIsNullOrderByIdAsc(Category category,
                                                                                    LocalDate from, LocalDate to);
}
