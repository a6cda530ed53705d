package id.humas.hub.digest;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last reminder an agency's officer got; silence is counted again from its day. */
@Entity
@Table(name = "reminder_sent")
class ReminderSent {

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "officer_id")
    private long officerId;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected ReminderSent() {
    }

    ReminderSent(long agencyId) {
        this.agencyId = agencyId;
    }

    void sent(long officerId, LocalDate day, Instant now) {
        this.officerId = officerId;
        this.sentOn = day;
        this.sentAt = now;
    }

    Long agencyId() {
        return agencyId;
    }

    LocalDate sentOn() {
        return sentOn;
    }
}
