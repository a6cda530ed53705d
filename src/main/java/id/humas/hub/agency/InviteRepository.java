package id.humas.hub.agency;

import org.springframework.data.repository.ListCrudRepository;

interface InviteRepository extends ListCrudRepository<Invite, String> {
}
