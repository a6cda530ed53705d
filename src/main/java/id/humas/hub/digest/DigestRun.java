package id.humas.hub.digest;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One digest that was posted; the next one starts where it ended. */
@Entity
@Table(name = "digest_run")
class DigestRun {

    enum Trigger {
        COMMAND, SCHEDULE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "triggered_by")
    private String triggeredBy;

    @Column(name = "item_count")
    private int itemCount;

    @Column(name = "created_at")
    private Instant createdAt;

    protected DigestRun() {
    }

    DigestRun(Trigger trigger, int itemCount, Instant now) {
        this.triggeredBy = trigger.name();
        this.itemCount = itemCount;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }
}
