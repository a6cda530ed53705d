package id.humas.hub.agency;

import java.time.Instant;
import java.time.LocalDate;

import id.humas.hub.telegram.Sender;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;

/** One person's term as an agency's information officer; a handover ends it, the record stays. */
@Entity
@Table(name = "officer")
class Officer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "user_id")
    private long userId;

    @Column(name = "chat_id")
    private long chatId;

    @Column(name = "display_name")
    private String displayName;

    private String username;

    @Enumerated(EnumType.STRING)
    private OfficerStatus status;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "leave_until")
    private LocalDate leaveUntil;

    /** the officer this one took over from, when the registration was a handover */
    @Column(name = "predecessor_id")
    private Long predecessorId;

    /** this person's term at another agency that this registration ended (they moved) */
    @Column(name = "previous_term_id")
    private Long previousTermId;

    protected Officer() {
    }

    Officer(long agencyId, Sender person, long chatId, Instant now, Long predecessorId, Long previousTermId) {
        this.agencyId = agencyId;
        this.predecessorId = predecessorId;
        this.previousTermId = previousTermId;
        this.userId = person.userId();
        this.chatId = chatId;
        this.displayName = person.displayName();
        this.username = person.username();
        this.status = OfficerStatus.ACTIVE;
        this.registeredAt = now;
    }

    /** Ends this officer's term; their items stay with the agency. */
    void replace(Instant now) {
        if (status != OfficerStatus.ACTIVE) {
            throw new IllegalStateException("Officer " + id + " is no longer active");
        }
        status = OfficerStatus.REPLACED;
        endedAt = now;
    }

    /** An admin removed the officer; the agency is vacant and their items stay with it. */
    void remove(Instant now) {
        if (status != OfficerStatus.ACTIVE) {
            throw new IllegalStateException("Officer " + id + " is no longer active");
        }
        status = OfficerStatus.REMOVED;
        endedAt = now;
    }

    /** The agency was merged into another: this term, current or past, is kept under that agency. */
    void moveTo(long agencyId) {
        this.agencyId = agencyId;
    }

    /** Whether this term ended another: the agency's predecessor's, or this person's own at another agency. */
    boolean isHandover() {
        return predecessorId != null || previousTermId != null;
    }

    /** The central team undid the handover that began this term. */
    void undo(Instant now) {
        if (status != OfficerStatus.ACTIVE || !isHandover()) {
            throw new IllegalStateException("Officer " + id + " did not take over an agency");
        }
        status = OfficerStatus.UNDONE;
        endedAt = now;
    }

    /** Serving again after the handover that ended this term was undone. */
    void reinstate() {
        if (status != OfficerStatus.REPLACED) {
            throw new IllegalStateException("Officer " + id + " was not replaced");
        }
        status = OfficerStatus.ACTIVE;
        endedAt = null;
    }

    /** On leave (cuti) up to and including {@code until}: not reminded meanwhile. */
    void takeLeave(LocalDate until) {
        if (status != OfficerStatus.ACTIVE) {
            throw new IllegalStateException("Officer " + id + " is no longer active");
        }
        leaveUntil = until;
    }

    /** Back before the planned end of the leave. */
    void endLeave() {
        leaveUntil = null;
    }

    OfficerView view(String agencyName) {
        return new OfficerView(id, agencyId, agencyName, userId, chatId, displayName, username, registeredAt,
                leaveUntil);
    }

    /** The look-ups read ahead for the inbox's current chunk of updates may no longer be so. */
    @PostPersist
    @PostUpdate
    @PostRemove
    void written() {
        OfficersAhead.forget();
    }

    Long id() {
        return id;
    }

    Long predecessorId() {
        return predecessorId;
    }

    Long previousTermId() {
        return previousTermId;
    }

    OfficerStatus status() {
        return status;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    Long agencyId() {
        return agencyId;
    }

    long userId() {
        return userId;
    }

    long chatId() {
        return chatId;
    }

    String displayName() {
        return displayName;
    }
}
