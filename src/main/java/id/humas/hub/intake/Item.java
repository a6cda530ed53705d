package id.humas.hub.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.telegram.MediaRef;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An item (laporan): what an officer sent, kept whole, with the agency it belongs to. It remembers the message it
 * came from, so that the officer can correct it by editing that message while it is under review.
 */
@Entity
@Table(name = "item")
class Item {

    /** Longest text an item keeps: a dozen full Telegram messages. */
    static final int MAX_BODY = 50_000;

    /** Most photos, videos and documents one item keeps: two full albums. */
    static final int MAX_MEDIA = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /**
     * Two changes made at once (an officer's edit and the team's button, handled by two instances; a job and an
     * answer) must not overwrite each other: the second is refused and its update handled again.
     */
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "agency_id")
    private long agencyId;

    @Column(name = "officer_id")
    private long officerId;

    @Column(name = "officer_user_id")
    private long officerUserId;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    private String body;

    @Enumerated(EnumType.STRING)
    private ItemStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "source_chat_id")
    private Long sourceChatId;

    /** null when the item was put together from several messages: none of them alone can stand for it */
    @Column(name = "source_message_id")
    private Integer sourceMessageId;

    @Column(name = "previous_body")
    private String previousBody;

    @Column(name = "edited_at")
    private Instant editedAt;

    /** An agenda's day, time and place (all three, or none for other kinds). */
    @Column(name = "event_date")
    private LocalDate eventDate;

    @Column(name = "event_time")
    private LocalTime eventTime;

    @Column(name = "event_place")
    private String eventPlace;

    /** For the coverage of an agenda: that agenda item. */
    @Column(name = "linked_item_id")
    private Long linkedItemId;

    /** When the officer was asked for this agenda's coverage; asked once. */
    @Column(name = "coverage_asked_at")
    private Instant coverageAskedAt;

    @ElementCollection
    @CollectionTable(name = "item_media", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "seq")
    private List<MediaPart> media = new ArrayList<>();

    /** 1 for what the officer first sent; each revision the central team asked for adds one. */
    private int version = 1;

    /** when the current version arrived; null for the first, which arrived at {@link #createdAt} */
    @Column(name = "version_at")
    private Instant versionAt;

    /** The versions before the current one, oldest first. */
    @ElementCollection
    @CollectionTable(name = "item_version", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "seq")
    private List<ItemVersion> versions = new ArrayList<>();

    protected Item() {
    }

    Item(OfficerView officer, Category category, Phase phase, String body, List<MediaRef> media, long sourceChatId,
         Integer sourceMessageId, Instant now) {
        this.agencyId = officer.agencyId();
        this.officerId = officer.officerId();
        this.officerUserId = officer.userId();
        this.category = category;
        this.phase = category == Category.ACTIVITY ? phase : null;
        this.body = body;
        this.status = ItemStatus.NEW;
        this.createdAt = now;
        this.sourceChatId = sourceChatId;
        this.sourceMessageId = sourceMessageId;
        media.stream().limit(MAX_MEDIA).forEach(ref -> this.media.add(new MediaPart(ref)));
    }

    /**
     * Sets (or changes) the kind and, for an activity, the phase while the item is under review: the bot's questions
     * (and /jenis) refine an item that already exists. A phase given for another kind is dropped.
     *
     * @return false when the item is no longer under review and stays as it is
     */
    boolean refine(Category newCategory, Phase newPhase, Instant now) {
        if (!underReview()) {
            return false;
        }
        category = newCategory;
        phase = newCategory == Category.ACTIVITY ? newPhase : null;
        if (newCategory != Category.AGENDA) {
            eventDate = null;
            eventTime = null;
            eventPlace = null;
        }
        editedAt = now;
        return true;
    }

    /**
     * Adds media sent after the item (photos one by one) up to {@link #MAX_MEDIA}, and their caption to the text.
     *
     * @return how many were taken; the rest did not fit
     */
    int addMedia(List<MediaRef> more, String caption) {
        if (!underReview()) {
            return 0;
        }
        String text = caption == null ? "" : caption.strip();
        if (!text.isEmpty() && body.length() + 2 + text.length() <= MAX_BODY) {
            body = body.isEmpty() ? text : body + "\n\n" + text;
        }
        int taken = (int) Math.min(more.size(), Math.max(0, MAX_MEDIA - media.size()));
        more.stream().limit(taken).forEach(ref -> media.add(new MediaPart(ref)));
        return taken;
    }

    /** The item as it is now, as an edit the officer made (kind, phase, media or text). */
    ItemEdited edited(OfficerView officer) {
        return edited(officer.agencyName(), officer.displayName(), officer.username());
    }

    ItemEdited edited(String agencyName, String officerName, String officerUsername) {
        return new ItemEdited(id, agencyId, agencyName, officerUserId, officerName, officerUsername, category, phase,
                body, previousBody == null ? body : previousBody, media.size(), createdAt,
                editedAt == null ? createdAt : editedAt);
    }

    /** NEW or REVISION_REQUESTED: the officer may still change the text. */
    boolean underReview() {
        return status == ItemStatus.NEW || status == ItemStatus.REVISION_REQUESTED;
    }

    /** Replaces the text with the officer's edit and keeps the one before. */
    ItemEdited edit(String newBody, OfficerView officer, Instant now) {
        if (!underReview()) {
            throw new IllegalStateException("Item " + id + " is " + status + " and can no longer be edited");
        }
        previousBody = body;
        body = newBody;
        editedAt = now;
        return edited(officer);
    }

    /**
     * A review step; refused (empty) when the item's state does not allow it, e.g. because another reviewer acted
     * first.
     *
     * @return the state before
     */
    Optional<ItemStatus> moveTo(ItemStatus next) {
        if (!status.canBecome(next) || next == ItemStatus.NEW) {
            return Optional.empty();
        }
        ItemStatus from = status;
        status = next;
        return Optional.of(from);
    }

    /**
     * The officer's answer to a revision request becomes the item's next version and goes back to review. New media
     * replace the old ones; without any, the old ones stay. The message it came from is the one an edit now
     * refers to.
     */
    boolean revise(String newBody, List<MediaRef> newMedia, long chatId, int messageId, Instant now) {
        if (!status.canBecome(ItemStatus.NEW)) {
            return false;
        }
        versions.add(new ItemVersion(version, body, media.size(), versionAt == null ? createdAt : versionAt));
        version++;
        versionAt = now;
        previousBody = body;
        body = newBody;
        editedAt = null;
        if (!newMedia.isEmpty()) {
            media.clear();
            newMedia.forEach(ref -> media.add(new MediaPart(ref)));
        }
        sourceChatId = chatId;
        sourceMessageId = messageId;
        status = ItemStatus.NEW;
        return true;
    }

    ItemView view() {
        return new ItemView(id, agencyId, officerUserId, category, phase, body, media(), status, version, createdAt,
                versionAt, editedAt, versions.stream().map(ItemVersion::view).toList());
    }

    /** Whether the item is an agenda whose day, time and place are all known. */
    boolean scheduled() {
        return eventDate != null;
    }

    /** Sets an agenda's day, time and place, which it must have. */
    void schedule(LocalDate date, LocalTime time, String place) {
        if (category != Category.AGENDA || date == null || time == null || place == null || place.isBlank()) {
            throw new IllegalArgumentException("Only an agenda has a day, time and place, and needs all three");
        }
        this.eventDate = date;
        this.eventTime = time;
        this.eventPlace = place;
    }

    /** Marks this activity as the coverage of agenda item {@code agendaItemId}. */
    void coverageOf(long agendaItemId) {
        if (category != Category.ACTIVITY) {
            throw new IllegalStateException("Only an activity can be the coverage of an agenda");
        }
        this.linkedItemId = agendaItemId;
    }

    /** @return whether the officer should be asked for coverage now: once per agenda */
    boolean askForCoverage(Instant now) {
        if (category != Category.AGENDA || coverageAskedAt != null) {
            return false;
        }
        coverageAskedAt = now;
        return true;
    }

    ItemSubmitted submitted(OfficerView officer) {
        return new ItemSubmitted(id, agencyId, officer.agencyName(), officerUserId, officer.displayName(),
                officer.username(), category, phase, body, media(), createdAt);
    }

    List<MediaRef> media() {
        return media.stream().map(MediaPart::ref).toList();
    }

    Long id() {
        return id;
    }

    Category category() {
        return category;
    }

    Phase phase() {
        return phase;
    }

    String body() {
        return body;
    }

    long officerUserId() {
        return officerUserId;
    }

    int mediaCount() {
        return media.size();
    }

    long sourceChatId() {
        return sourceChatId == null ? 0 : sourceChatId;
    }

    ItemStatus status() {
        return status;
    }

    int version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }

    long agencyId() {
        return agencyId;
    }

    LocalDate eventDate() {
        return eventDate;
    }

    LocalTime eventTime() {
        return eventTime;
    }

    String eventPlace() {
        return eventPlace;
    }

    Long linkedItemId() {
        return linkedItemId;
    }
}
