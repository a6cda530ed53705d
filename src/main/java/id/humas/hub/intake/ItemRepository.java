package id.humas.hub.intake;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface ItemRepository extends ListCrudRepository<Item, Long> {

    List<Item> findTop10ByOfficerUserIdOrderByIdDesc(long officerUserId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Item> findLockedById(long id);

    Optional<Item> findBySourceChatIdAndSourceMessageId(long sourceChatId, int sourceMessageId);
}
