package id.humas.hub.agency;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.humas.hub.system.AuditTrail;
import id.humas.hub.telegram.Sender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites for the dashboard and the chat alike: made as {@code /undang NAME} makes them — the agency is created if
 * new, and the one-time link goes to the team member who asked, in their private chat with the bot; the open ones
 * listed; one revoked by a team member (kept in the audit trail).
 */
@Component
public class InviteDesk {

    private final Registration registration;
    private final InviteRepository invites;
    private final AgencyRepository agencies;
    private final AuditTrail audit;
    private final Clock clock;

    InviteDesk(Registration registration, InviteRepository invites, AgencyRepository agencies, AuditTrail audit,
               Clock clock) {
        this.registration = registration;
        this.invites = invites;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Result {
        SENT, NAME_MISSING, NAME_TOO_LONG
    }

    /** An open invite: its link is never shown again, only its agency and dates. */
    public record OpenInvite(long agencyId, String agency, Instant createdAt, Instant expiresAt) {
    }

    public Result invite(String agencyName, long teamMemberUserId) {
        String name = Agency.tidy(agencyName == null ? "" : agencyName);
        if (name.isEmpty()) {
            return Result.NAME_MISSING;
        }
        if (name.length() > Agency.MAX_NAME || name.contains("\n")) {
            return Result.NAME_TOO_LONG;
        }
        registration.invite(name, new Sender(teamMemberUserId, null, null, null), teamMemberUserId, true);
        return Result.SENT;
    }

    /** The invites still usable, newest first. */
    @Transactional(readOnly = true)
    public List<OpenInvite> open() {
        List<Invite> open = invites.findByUsedAtIsNullAndRevokedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(
                clock.instant());
        Map<Long, String> names = agencies.findAllById(open.stream().map(Invite::agencyId).distinct().toList())
                .stream().collect(Collectors.toMap(Agency::id, Agency::name, (a, b) -> a));
        return open.stream().map(invite -> new OpenInvite(invite.agencyId(), names.getOrDefault(invite.agencyId(), "?"),
                invite.createdAt(), invite.expiresAt())).toList();
    }

    /** @return how many open invites of the agency a team member revoked (0 when none was open) */
    @Transactional
    public int revoke(long agencyId, long teamMemberUserId) {
        int revoked = registration.revokeOpen(agencyId, clock.instant());
        if (revoked > 0) {
            audit.record(teamMemberUserId, AuditTrail.Kind.INVITE_REVOKED,
                    agencies.findById(agencyId).map(Agency::name).orElse("#" + agencyId), String.valueOf(revoked));
        }
        return revoked;
    }
}
