package id.humas.hub.review;

import java.time.Duration;
import java.time.Instant;

import id.humas.hub.intake.ItemSubmitted;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An isu waiting for a central-team member to acknowledge it — by claiming it (Tangani) or by acting on it — and
 * raised again every escalation period while nobody does.
 */
@Entity
@Table(name = "isu_watch")
class IsuWatch {

    enum How {
        CLAIM, REVIEW
    }

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "agency_id")
    private long agencyId;

    @Column(name = "agency_name")
    private String agencyName;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private Long acknowledgedBy;

    @Column(name = "acknowledged_name")
    private String acknowledgedName;

    @Enumerated(EnumType.STRING)
    private How how;

    @Column(name = "raised_count")
    private int raisedCount;

    @Column(name = "last_raised_at")
    private Instant lastRaisedAt;

    @Version
    private long version;

    protected IsuWatch() {
    }

    IsuWatch(ItemSubmitted item) {
        this.itemId = item.itemId();
        this.agencyId = item.agencyId();
        this.agencyName = item.agencyName();
        this.submittedAt = item.submittedAt();
    }

    void acknowledge(How how, long userId, String name, Instant now) {
        if (acknowledged()) {
            throw new IllegalStateException("Isu " + itemId + " is already acknowledged by " + acknowledgedName);
        }
        this.how = how;
        this.acknowledgedBy = userId;
        this.acknowledgedName = name;
        this.acknowledgedAt = now;
    }

    boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** Unacknowledged for one more escalation period than it has been raised for. */
    boolean dueForRaise(Instant now, Duration every) {
        return !acknowledged() && !now.isBefore(submittedAt.plus(every.multipliedBy(raisedCount + 1L)));
    }

    /**
     * Counts the periods that have passed rather than the raises, so an isu the bot could not raise for a while
     * (it was down) is raised once, not once per missed period.
     */
    void raised(Instant now, Duration every) {
        long periods = Duration.between(submittedAt, now).dividedBy(every);
        raisedCount = (int) Math.max(raisedCount + 1L, periods);
        lastRaisedAt = now;
    }

    Long itemId() {
        return itemId;
    }

    long agencyId() {
        return agencyId;
    }

    String agencyName() {
        return agencyName;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    Long acknowledgedBy() {
        return acknowledgedBy;
    }

    String acknowledgedName() {
        return acknowledgedName;
    }

    How how() {
        return how;
    }
}
