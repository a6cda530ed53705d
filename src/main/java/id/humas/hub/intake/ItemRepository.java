package id.humas.hub.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ItemRepository extends ListCrudRepository<Item, Long> {

    List<Item> findTop10ByOfficerUserIdOrderByIdDesc(long officerUserId);

    Optional<Item> findBySourceChatIdAndSourceMessageId(long sourceChatId, int sourceMessageId);
}
