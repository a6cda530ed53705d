package id.humas.hub.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the bot asked a reviewer who pressed a button that needs more (the reason for a revision or a rejection,
 * the published link); the answer is a reply to the question, which carries the ref {@code rq:<id>}. It is kept
 * in the database, so an answer given after a restart still counts.
 */
@Entity
@Table(name = "review_question")
class ReviewQuestion {

    static final String REF_PREFIX = "rq";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id")
    private long itemId;

    @Enumerated(EnumType.STRING)
    private ReviewAction action;

    @Column(name = "asked_user_id")
    private long askedUserId;

    @Column(name = "chat_id")
    private long chatId;

    /** the card whose button was pressed, edited too once the question is answered */
    @Column(name = "card_message_id")
    private Integer cardMessageId;

    @Column(name = "asked_at")
    private Instant askedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** the version of the item the reviewer saw when pressing; null for questions asked before versions counted */
    @Column(name = "item_version")
    private Integer itemVersion;

    /** where the question went: the reviewer's private chat, or the chat of the card (null: that chat) */
    @Column(name = "asked_chat_id")
    private Long askedChatId;

    @Column(name = "asked_name")
    private String askedName;

    protected ReviewQuestion() {
    }

    ReviewQuestion(long itemId, int itemVersion, ReviewAction action, long askedUserId, String askedName, long chatId,
                   Integer cardMessageId, Instant now) {
        this.itemId = itemId;
        this.itemVersion = itemVersion;
        this.askedName = askedName;
        this.action = action;
        this.askedUserId = askedUserId;
        this.chatId = chatId;
        this.cardMessageId = cardMessageId;
        this.askedAt = now;
    }

    String ref() {
        return REF_PREFIX + ":" + id;
    }

    boolean open() {
        return answeredAt == null;
    }

    void answered(Instant now) {
        answeredAt = now;
    }

    /** The question goes (again) to {@code chatId}: the reviewer's private chat, or back to the card's chat. */
    void askIn(long chatId) {
        askedChatId = chatId;
    }

    long askedChatId() {
        return askedChatId == null ? chatId : askedChatId;
    }

    boolean askedPrivately() {
        return askedChatId() != chatId;
    }

    /** 1 for questions asked before versions were recorded: those were about the first version or are closed. */
    int itemVersion() {
        return itemVersion == null ? 1 : itemVersion;
    }

    long askedUserId() {
        return askedUserId;
    }

    String askedName() {
        return askedName == null ? String.valueOf(askedUserId) : askedName;
    }

    long itemId() {
        return itemId;
    }

    ReviewAction action() {
        return action;
    }

    long chatId() {
        return chatId;
    }

    Integer cardMessageId() {
        return cardMessageId;
    }
}
