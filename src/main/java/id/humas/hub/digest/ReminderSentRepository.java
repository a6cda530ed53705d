package id.humas.hub.digest;

import org.springframework.data.repository.ListCrudRepository;

interface ReminderSentRepository extends ListCrudRepository<ReminderSent, Long> {
}
