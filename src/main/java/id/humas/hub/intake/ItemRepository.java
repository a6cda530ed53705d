package id.humas.hub.intake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ItemRepository extends ListCrudRepository<Item, Long> {

    List<Item> findTop10ByOfficerUserIdOrderByIdDesc(long officerUserId);

    Optional<Item> findBySourceChatIdAndSourceMessageId(long sourceChatId, int sourceMessageId);

    List<Item> findByCategoryAndEventDateAndStatusNotInOrderByEventTimeAscIdAsc(Category category, LocalDate date,
                                                                             Collection<ItemStatus> left);

    List<Item> findByCategoryAndEventDateBetweenAndCoverageAskedAtIsNullOrderByIdAsc(Category category,
                                                                                    LocalDate from, LocalDate to);
}
