package id.humas.hub.agency;

import java.time.Instant;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface InviteRepository extends ListCrudRepository<Invite, String> {

    List<Invite> findByAgencyIdAndUsedAtIsNullAndRevokedAtIsNull(long agencyId);

    List<Invite> findByUsedAtIsNullAndRevokedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(Instant now);
}
