package id.humas.hub.review;

import java.time.Instant;

import id.humas.hub.intake.ItemStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step in an item's review, kept for its audit trail: a reviewer's action, or the officer's new version after
 * a revision request.
 */
@Entity
@Table(name = "review_action")
class ReviewRecord {

    static final String REVISION_RECEIVED = "REVISION_RECEIVED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id")
    private long itemId;

    /** a {@link ReviewAction} name, or {@link #REVISION_RECEIVED} */
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ItemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ItemStatus toStatus;

    @Column(name = "actor_user_id")
    private long actorUserId;

    @Column(name = "actor_name")
    private String actorName;

    private String note;

    @Column(name = "item_version")
    private int itemVersion;

    @Column(name = "acted_at")
    private Instant at;

    protected ReviewRecord() {
    }

    ReviewRecord(long itemId, String action, ItemStatus from, ItemStatus to, long actorUserId, String actorName,
                 String note, int itemVersion, Instant at) {
        this.itemId = itemId;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.actorUserId = actorUserId;
        this.actorName = actorName;
        this.note = note;
        this.itemVersion = itemVersion;
        this.at = at;
    }

    boolean byOfficer() {
        return REVISION_RECEIVED.equals(action);
    }

    ItemStatus to() {
        return toStatus;
    }

    String actorName() {
        return actorName;
    }

    String note() {
        return note;
    }

    int itemVersion() {
        return itemVersion;
    }

    Instant at() {
        return at;
    }
}
