package id.humas.hub.agency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface InviteRepository extends ListCrudRepository<Invite, String> {

    /**
     * The invite, locked until the transaction ends: of two people redeeming it at once, the second reads it only
     * after the first has used it (read unlocked, the second could see it unused and the first as the agency's
     * officer already, and take the agency over with the same code).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Invite> findWithLockByCode(String code);

    List<Invite> findByAgencyIdAndUsedAtIsNullAndRevokedAtIsNull(long agencyId);

    List<Invite> findByUsedAtIsNullAndRevokedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(Instant now);
}
