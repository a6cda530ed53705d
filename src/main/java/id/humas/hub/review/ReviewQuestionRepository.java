package id.humas.hub.review;

import org.springframework.data.repository.ListCrudRepository;

interface ReviewQuestionRepository extends ListCrudRepository<ReviewQuestion, Long> {
}
