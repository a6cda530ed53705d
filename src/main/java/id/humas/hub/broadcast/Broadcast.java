package id.humas.hub.broadcast;

import java.time.Instant;

import java.util.Arrays;
import java.util.List;

import id.humas.hub.telegram.MediaKind;
import id.humas.hub.telegram.MediaRef;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One siaran: who wrote it, what it carries (a text, and perhaps one photo or document), to whom (every active
 * officer, or the officers of chosen agencies), whether it went after its preview, and once all are done, how many
 * received it.
 */
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
    @Enumerated(EnumType.STRING)
    private BroadcastStatus status = BroadcastStatus.SENT;
    @Enumerated(EnumType.STRING)
    private MediaKind mediaKind;
    private String mediaFileId;
    /** The chosen agencies' ids, comma-separated; null for every active officer. */
    private String agencyIds;

    protected Broadcast() {
    }

    /** A siaran shown to its writer as a preview, not sent yet. */
    static Broadcast draft(long senderUserId, long replyChatId, String text, MediaRef media, List<Long> agencyIds,
                           int recipients, Instant createdAt) {
        Broadcast draft = new Broadcast(senderUserId, replyChatId, text, recipients, createdAt);
        draft.status = BroadcastStatus.DRAFT;
        draft.mediaKind = media == null ? null : media.kind();
        draft.mediaFileId = media == null ? null : media.fileId();
        draft.agencyIds = agencyIds == null ? null
                : String.join(",", agencyIds.stream().map(String::valueOf).toList());
        return draft;
    }

    BroadcastStatus status() {
        return status;
    }

    String text() {
        return text;
    }

    /** The photo or document it carries; null when none. */
    MediaRef media() {
        return mediaFileId == null ? null : new MediaRef(mediaKind, mediaFileId);
    }

    /** The chosen agencies; null for every active officer. */
    List<Long> agencies() {
        return agencyIds == null ? null : Arrays.stream(agencyIds.split(",")).map(Long::parseLong).toList();
    }

    /** The officers it goes to, counted when it went. */
    void goesTo(int recipients) {
        this.recipients = recipients;
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
