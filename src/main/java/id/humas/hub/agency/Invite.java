package id.humas.hub.agency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time code that registers whoever opens it first, before it expires, as an agency's officer. */
@Entity
@Table(name = "invite")
class Invite {

    @Id
    private String code;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "used_by")
    private Long usedBy;

    protected Invite() {
    }

    Invite(String code, long agencyId, long createdBy, Instant now, Instant expiresAt) {
        this.code = code;
        this.agencyId = agencyId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Marks the invite used by {@code userId}; refuses if it was used before or has expired. */
    void redeem(long userId, Instant now) {
        if (usedAt != null) {
            throw new InviteRefused(InviteRefused.Reason.USED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new InviteRefused(InviteRefused.Reason.EXPIRED);
        }
        usedAt = now;
        usedBy = userId;
    }

    Long agencyId() {
        return agencyId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    String code() {
        return code;
    }
}
