package id.humas.hub.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A guided submission in progress: content received, kind (and phase) still to be chosen, or the other way
 * round. One per officer; kept in the database so a restart loses nothing the officer already sent. A draft with an
 * {@link #itemId} only asks about an item already recorded (its kind, phase, agenda details): it never holds a
 * report back. Left alone for {@code bot.intake.draft-timeout}, a draft is submitted as it is.
 */
@Entity
@Table(name = "draft")
class Draft {

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

    @Column(name = "user_id")
    private long userId;

    @Column(name = "chat_id")
    private long chatId;

    @Enumerated(EnumType.STRING)
    private DraftStage stage;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String body = "";

    /** Set in advance for the coverage of an agenda (Kegiatan · Pasca); otherwise asked with buttons. */
    @Enumerated(EnumType.STRING)
    private Phase phase;

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Column(name = "event_time")
    private LocalTime eventTime;

    @Column(name = "event_place")
    private String eventPlace;

    @Column(name = "linked_item_id")
    private Long linkedItemId;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The message the content came from while only one message contributed; see {@link #sourceParts}. */
    @Column(name = "source_message_id")
    private Integer sourceMessageId;

    @Column(name = "source_parts")
    private int sourceParts;

    /** The item the draft's questions are about; null while the draft is the report itself. */
    @Column(name = "item_id")
    private Long itemId;

    /** The agency the officer acted for: a draft of a predecessor (or of a former agency) no longer acts. */
    @Column(name = "agency_id")
    private Long agencyId;

    /** The officer's last step; the draft is submitted as it is after the timeout from here. */
    @Column(name = "touched_at")
    private Instant touchedAt;

    @ElementCollection
    @CollectionTable(name = "draft_media", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "seq")
    private List<MediaPart> media = new ArrayList<>();

    protected Draft() {
    }

    /** The inbox's look-ahead of who has no draft may no longer be so. */
    @PostPersist
    void started() {
        DraftsAhead.forget();
    }

    private Draft(OfficerView officer, long chatId, DraftStage stage, Category category, Instant now) {
        this.userId = officer.userId();
        this.agencyId = officer.agencyId();
        this.chatId = chatId;
        this.stage = stage;
        this.category = category;
        this.createdAt = now;
        this.touchedAt = now;
    }

    /** The officer sent content; the bot will ask what it is. */
    static Draft withContent(OfficerView officer, long chatId, String text, List<MediaRef> media, int messageId,
                             Instant now) {
        Draft draft = new Draft(officer, chatId, DraftStage.AWAITING_CATEGORY, null, now);
        draft.add(text, media, messageId);
        return draft;
    }

    /** The officer named the kind (or nothing, with /lapor alone); the content comes next. */
    static Draft awaitingContent(OfficerView officer, long chatId, Category category, Instant now) {
        return new Draft(officer, chatId, DraftStage.AWAITING_CONTENT, category, now);
    }

    /**
     * The questions about an item just recorded whose kind is not known (or an agenda whose day, time or place is
     * not). A draft about an item whose kind and details are known asks nothing ({@link #asks()} is false).
     */
    static Draft about(Item item, OfficerView officer, long chatId, Instant now) {
        Draft draft = new Draft(officer, chatId, DraftStage.AWAITING_CATEGORY, null, now);
        draft.itemId = item.id();
        draft.body = item.body();
        if (item.category() != null) {
            draft.category = item.category();
            draft.phase = item.phase();
            draft.stage = item.category() == Category.AGENDA && item.scheduled() ? DraftStage.COMPLETE
                    : draft.stageAfter(item.category());
        }
        return draft;
    }

    /** The coverage of agenda item {@code agendaItemId}: an activity after the fact; the content comes next. */
    static Draft coverageOf(OfficerView officer, long chatId, long agendaItemId, Instant now) {
        Draft draft = new Draft(officer, chatId, DraftStage.AWAITING_CONTENT, Category.ACTIVITY, now);
        draft.phase = Phase.POST;
        draft.linkedItemId = agendaItemId;
        return draft;
    }

    /** Whether the bot still has a question open (kind, phase, agenda details) or waits for the content. */
    boolean asks() {
        return stage != DraftStage.COMPLETE;
    }

    /**
     * Adds a message's text and media (media up to {@link Item#MAX_MEDIA}); content that completes an awaited
     * submission moves it on.
     *
     * @return how many of the media were taken; the rest did not fit
     */
    int add(String text, List<MediaRef> more, int messageId) {
        boolean hasText = text != null && !text.isBlank();
        if (hasText || !more.isEmpty()) {
            sourceParts++;
            sourceMessageId = sourceParts == 1 ? messageId : null;
        }
        if (hasText) {
            body = body.isEmpty() ? text.strip() : body + "\n\n" + text.strip();
        }
        int taken = Math.min(more.size(), Math.max(0, Item.MAX_MEDIA - media.size()));
        more.stream().limit(taken).forEach(ref -> media.add(new MediaPart(ref)));
        if (stage == DraftStage.AWAITING_CONTENT && hasContent()) {
            stage = category == null ? DraftStage.AWAITING_CATEGORY : stageAfter(category);
        }
        return taken;
    }

    void touch(Instant now) {
        touchedAt = now;
    }

    /** Left alone for {@code timeout}: to be submitted as it is. */
    boolean expired(Instant now, Duration timeout) {
        Instant last = touchedAt == null ? createdAt : touchedAt;
        return !last.plus(timeout).isAfter(now);
    }

    /** Whether the officer may still act on this draft: it was started for the agency they serve now. */
    boolean actsFor(OfficerView officer) {
        return officer.userId() == userId && (agencyId == null || agencyId == officer.agencyId());
    }

    int mediaCount() {
        return media.size();
    }

    /** How many messages brought content. */
    int parts() {
        return sourceParts;
    }

    /** How long the text would be with {@code text} added. */
    int lengthWith(String text) {
        return text == null || text.isBlank() ? body.length() : body.length() + 2 + text.strip().length();
    }

    /** Whether the draft's content is exactly that one message, so an edit of it can replace the text. */
    boolean cameFrom(int messageId) {
        return sourceParts == 1 && sourceMessageId != null && sourceMessageId == messageId;
    }

    /** A draft about an activity item: its phase is chosen, nothing is left to ask. */
    void settle(Phase chosen) {
        if (stage != DraftStage.AWAITING_PHASE) {
            throw new IllegalStateException("Draft " + id + " is not waiting for a phase but " + stage);
        }
        phase = chosen;
        stage = DraftStage.COMPLETE;
    }

    void replaceText(String text) {
        body = text.strip();
    }

    void choose(Category chosen) {
        if (stage != DraftStage.AWAITING_CATEGORY && stage != DraftStage.AWAITING_CONTENT) {
            throw new IllegalStateException("Draft " + id + " is not waiting for a category but " + stage);
        }
        category = chosen;
        stage = hasContent() ? stageAfter(chosen) : DraftStage.AWAITING_CONTENT;
    }

    /**
     * Takes what is known of an agenda's date, time and place (from its text or from an answer) where still
     * missing, and moves on to the next question or to completion.
     *
     * @return whether it learnt anything
     */
    boolean learn(AgendaText.Parsed parsed) {
        if (!awaitsAgendaDetails()) {
            return false;
        }
        boolean learnt = false;
        if (eventDate == null && parsed.date() != null) {
            eventDate = parsed.date();
            learnt = true;
        }
        if (eventTime == null && parsed.time() != null) {
            eventTime = parsed.time();
            learnt = true;
        }
        if (eventPlace == null && parsed.place() != null) {
            eventPlace = parsed.place();
            learnt = true;
        }
        stage = stageAfter(category);
        return learnt;
    }

    boolean awaitsAgendaDetails() {
        return stage == DraftStage.AWAITING_DATE || stage == DraftStage.AWAITING_TIME
                || stage == DraftStage.AWAITING_PLACE;
    }

    /**
     * Turns the draft into an item with what it has: a kind not chosen stays unset (the digest lists it as such),
     * an agenda keeps its day, time and place only when all three are known (its text still says the rest).
     */
    Item toItem(OfficerView officer, Phase chosenPhase, Instant now) {
        if (itemId != null || !hasContent()) {
            throw new IllegalStateException("Draft " + id + " has no report of its own to submit");
        }
        Item item = new Item(officer, category, phase != null ? phase : chosenPhase, body, media(), chatId,
                sourceMessageId, now);
        if (category == Category.AGENDA && eventDate != null && eventTime != null && eventPlace != null) {
            item.schedule(eventDate, eventTime, eventPlace);
        }
        if (linkedItemId != null) {
            item.coverageOf(linkedItemId);
        }
        return item;
    }

    private DraftStage stageAfter(Category category) {
        return switch (category) {
            case ACTIVITY -> phase == null ? DraftStage.AWAITING_PHASE : DraftStage.COMPLETE;
            case AGENDA -> eventDate == null ? DraftStage.AWAITING_DATE
                    : eventTime == null ? DraftStage.AWAITING_TIME
                    : eventPlace == null ? DraftStage.AWAITING_PLACE
                    : DraftStage.COMPLETE;
            default -> DraftStage.COMPLETE;
        };
    }

    boolean hasContent() {
        return itemId != null || !body.isBlank() || !media.isEmpty();
    }

    /** The agenda's day, time and place once all three are known; null before. */
    AgendaText.Parsed agendaDetails() {
        AgendaText.Parsed details = new AgendaText.Parsed(eventDate, eventTime, eventPlace);
        return details.complete() ? details : null;
    }

    Long itemId() {
        return itemId;
    }

    Phase phase() {
        return phase;
    }

    List<MediaRef> media() {
        return media.stream().map(MediaPart::ref).toList();
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    long chatId() {
        return chatId;
    }

    DraftStage stage() {
        return stage;
    }

    Category category() {
        return category;
    }

    String body() {
        return body;
    }

    Long linkedItemId() {
        return linkedItemId;
    }
}
