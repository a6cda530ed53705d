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

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invite() {
    }

    Invite(String code, long agencyId, long createdBy, Instant now, Instant expiresAt) {
        this.code = code;
        this.agencyId = agencyId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Marks the invite used by {@code userId}; refuses if it was used before, revoked or has expired. */
    void redeem(long userId, Instant now) {
        if (usedAt != null) {
            throw new InviteRefused(InviteRefused.Reason.USED);
        }
        if (revokedAt != null) {
            throw new InviteRefused(InviteRefused.Reason.REVOKED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new InviteRefused(InviteRefused.Reason.EXPIRED);
        }
        usedAt = now;
        usedBy = userId;
    }

    /** A newer invite, a registration or a team member made this one useless; only an open one can be revoked. */
    boolean revoke(Instant now) {
        if (!openAt(now)) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    boolean openAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    Instant createdAt() {
        return createdAt;
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
