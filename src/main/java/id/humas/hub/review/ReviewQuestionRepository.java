package id.humas.hub.review;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ReviewQuestionRepository extends ListCrudRepository<ReviewQuestion, Long> {

    List<ReviewQuestion> findByAskedChatIdAndAnsweredAtIsNull(long askedChatId);
}
