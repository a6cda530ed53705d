package id.humas.hub.intake;

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
import jakarta.persistence.Table;

/**
 * A guided submission in progress: content received, kind (and phase) still to be chosen, or the other way
 * round. One per officer; kept in the database so a restart loses nothing the officer already sent.
 */
@Entity
@Table(name = "draft")
class Draft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @ElementCollection
    @CollectionTable(name = "draft_media", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "seq")
    private List<MediaPart> media = new ArrayList<>();

    protected Draft() {
    }

    private Draft(long userId, long chatId, DraftStage stage, Category category, Instant now) {
        this.userId = userId;
        this.chatId = chatId;
        this.stage = stage;
        this.category = category;
        this.createdAt = now;
    }

    /** The officer sent content; the bot will ask what it is. */
    static Draft withContent(long userId, long chatId, String text, List<MediaRef> media, int messageId,
                             Instant now) {
        Draft draft = new Draft(userId, chatId, DraftStage.AWAITING_CATEGORY, null, now);
        draft.add(text, media, messageId);
        return draft;
    }

    /** The officer named the kind (or nothing, with /lapor alone); the content comes next. */
    static Draft awaitingContent(long userId, long chatId, Category category, Instant now) {
        return new Draft(userId, chatId, DraftStage.AWAITING_CONTENT, category, now);
    }

    /** The coverage of agenda item {@code agendaItemId}: an activity after the fact; the content comes next. */
    static Draft coverageOf(long userId, long chatId, long agendaItemId, Instant now) {
        Draft draft = new Draft(userId, chatId, DraftStage.AWAITING_CONTENT, Category.ACTIVITY, now);
        draft.phase = Phase.POST;
        draft.linkedItemId = agendaItemId;
        return draft;
    }

    /** Adds a message's text and media; content that completes an awaited submission moves it on. */
    void add(String text, List<MediaRef> more, int messageId) {
        boolean hasText = text != null && !text.isBlank();
        if (hasText || !more.isEmpty()) {
            sourceParts++;
            sourceMessageId = sourceParts == 1 ? messageId : null;
        }
        if (hasText) {
            body = body.isEmpty() ? text.strip() : body + "\n\n" + text.strip();
        }
        more.forEach(ref -> media.add(new MediaPart(ref)));
        if (stage == DraftStage.AWAITING_CONTENT && hasContent()) {
            stage = category == null ? DraftStage.AWAITING_CATEGORY : stageAfter(category);
        }
    }

    /** How long the text would be with {@code text} added. */
    int lengthWith(String text) {
        return text == null || text.isBlank() ? body.length() : body.length() + 2 + text.strip().length();
    }

    /** Whether the draft's content is exactly that one message, so an edit of it can replace the text. */
    boolean cameFrom(int messageId) {
        return sourceParts == 1 && sourceMessageId != null && sourceMessageId == messageId;
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

    /** Turns the draft into an item; only when the kind and, for activities, the phase are known. */
    Item toItem(OfficerView officer, Phase chosenPhase, Instant now) {
        boolean ready = stage == DraftStage.COMPLETE || stage == DraftStage.AWAITING_PHASE && chosenPhase != null;
        if (!ready) {
            throw new IllegalStateException("Draft " + id + " is not complete: " + stage);
        }
        Item item = new Item(officer, category, phase != null ? phase : chosenPhase, body, media(), chatId,
                sourceMessageId, now);
        if (category == Category.AGENDA) {
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
        return !body.isBlank() || !media.isEmpty();
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
