package id.humas.hub.broadcast;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One siaran: who sent it, to how many officers, and once all are done, how many received it. */
@Entity
class Broadcast {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long senderUserId;
    private long replyChatId;
    private String text;
    private int recipients;
    private Instant createdAt;
    private Integer delivered;
    private Integer unreachable;
    private Instant reportedAt;
    private String reportText;

    protected Broadcast() {
    }

    Broadcast(long senderUserId, long replyChatId, String text, int recipients, Instant createdAt) {
        this.senderUserId = senderUserId;
        this.replyChatId = replyChatId;
        this.text = text;
        this.recipients = recipients;
        this.createdAt = createdAt;
    }

    /** @return false when the outcome had already been recorded (the report is sent once) */
    boolean recordOutcome(int delivered, int unreachable, Instant at) {
        if (reportedAt != null) {
            return false;
        }
        this.delivered = delivered;
        this.unreachable = unreachable;
        this.reportedAt = at;
        return true;
    }

    /** Keeps the delivery report as sent, so that acknowledgements arriving later can be added to it. */
    void reported(String text) {
        this.reportText = text;
    }

    /** The delivery report as sent; null while the broadcast is still being delivered. */
    String reportText() {
        return reportText;
    }

    int recipients() {
        return recipients;
    }

    String reportRef() {
        return "broadcast-report:" + id;
    }

    Long id() {
        return id;
    }

    long replyChatId() {
        return replyChatId;
    }

    String batch() {
        return "broadcast:" + id;
    }
}
