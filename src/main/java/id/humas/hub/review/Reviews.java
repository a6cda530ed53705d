package id.humas.hub.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import id.humas.hub.intake.ItemStatus;
import id.humas.hub.intake.ItemView;
import id.humas.hub.intake.Items;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Sender;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The central team's review steps. Accepting happens on the press; asking for a revision, rejecting and marking
 * published first ask the reviewer (the reason; the reason or "-" for none; the link), privately where it can (see
 * {@link ReviewQuestions}). Each step is checked when it is taken: against the version the reviewer saw (a press or
 * an answer about a version a revision replaced is refused with the current state), against the item's state (of
 * two reviewers only the first acts and the second learns who did what and when), and against the team as it is at
 * that moment (a member removed after the question was asked cannot answer it). Every step is kept, edits the
 * item's cards — the only thing it sends to the group — tells the agency's officer and is announced as
 * {@link ItemReviewed}.
 */
@Service
class Reviews {

    static final String NO_REASON = "-";
    private static final int NOTE_MAX = 1000;
    private static final Pattern LINK = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s/?#]+\\S*", Pattern.CASE_INSENSITIVE);

    private final Items items;
    private final ReviewRecordRepository records;
    private final ReviewQuestions asking;
    private final ReviewCards cards;
    private final OutcomeNotices notices;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviews(Items items, ReviewRecordRepository records, ReviewQuestions asking, ReviewCards cards,
            OutcomeNotices notices, CentralTeam team, Outbox outbox, Texts texts, Formats formats,
            ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.records = records;
        this.asking = asking;
        this.cards = cards;
        this.notices = notices;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
        this.events = events;
        this.clock = clock;
    }

    /** A team member pressed a review button, drawn for {@code version}, on an item that exists. */
    @Transactional
    void press(IncomingCallback callback, long itemId, ReviewAction action, int version) {
        ItemView item = items.find(itemId).orElseThrow();
        if (version > item.version()) {
            outbox.answer(callback, texts.plain("button.stale"));
            return;
        }
        if (version < item.version()) {
            outbox.alert(callback, outdated(item, version, texts::plain));
            return;
        }
        if (!item.status().canBecome(action.target())) {
            outbox.alert(callback, refusal(item, texts::plain));
            return;
        }
        Integer pressed = callback.messageId() == 0 ? null : callback.messageId();
        if (!action.asks()) {
            boolean done = act(item, action, callback.from(), null, callback.chatId(), pressed);
            outbox.answer(callback, done ? texts.plain("review.done." + action.key(), String.valueOf(itemId))
                    : refusal(items.find(itemId).orElseThrow(), texts::plain));
            return;
        }
        ReviewQuestion question = new ReviewQuestion(itemId, version, action, callback.from().userId(),
                callback.from().displayName(), callback.chatId(), pressed, clock.instant());
        boolean privately = asking.askFirst(question);
        outbox.answer(callback, texts.plain(privately ? "review.asked-privately" : "review.asked"));
    }

    /** A reply to a question this module asked (ref {@code rq:<id>}), in the group or privately. */
    @Transactional
    void answer(IncomingMessage reply, long questionId) {
        Optional<ReviewQuestion> open = asking.open(questionId);
        if (open.isEmpty()) {
            outbox.send(reply.chatId(), texts.html("review.question-closed"));
            return;
        }
        ReviewQuestion question = open.get();
        Instant now = clock.instant();
        if (!team.isMember(reply.from().userId())) {
            asking.close(question, now);
            outbox.send(reply.chatId(), texts.html("review.answer-not-team"));
            return;
        }
        ReviewAction action = question.action();
        ItemView item = items.find(question.itemId()).orElseThrow();
        if (item.version() != question.itemVersion()) {
            asking.close(question, now);
            outbox.send(reply.chatId(), outdated(item, question.itemVersion(), texts::html));
            return;
        }
        if (!item.status().canBecome(action.target())) {
            asking.close(question, now);
            outbox.send(reply.chatId(), refusal(item, texts::html));
            return;
        }
        String text = reply.text().strip();
        Optional<String> problem = problem(action, text, reply);
        if (problem.isPresent()) {
            asking.askAgain(question, texts.html(problem.get(), String.valueOf(NOTE_MAX)));
            return;
        }
        asking.close(question, now);
        String note = action == ReviewAction.REJECT && NO_REASON.equals(text) ? null : text;
        boolean done = act(item, action, reply.from(), note, question.chatId(), question.cardMessageId());
        if (!done) {
            outbox.send(reply.chatId(), refusal(items.find(item.id()).orElseThrow(), texts::html));
        } else if (reply.isPrivate()) {
            // In the group the edited card is the confirmation: a step costs the group no more than that edit.
            outbox.send(reply.chatId(), texts.html("review.done." + action.key(), String.valueOf(item.id())));
        }
    }

    /**
     * A step taken on the web dashboard (see {@link ReviewDesk}), where no Telegram message was pressed: the same
     * step as a button's, with its note already checked. Needs the caller's transaction.
     */
    boolean actFromDashboard(ItemView item, ReviewAction action, Sender actor, String note) {
        return act(item, action, actor, note, 0, null);
    }

    /**
     * The item was posted to the channel ({@link Publishing}): it becomes published with the post's link, as the team
     * member who pressed Terbitkan, on the message they pressed. Needs the caller's transaction.
     *
     * @param pressedMessage null when not known
     * @return whether the item's state still allowed it
     */
    boolean actOnPublication(ItemView item, Sender actor, String link, long pressedChat, Integer pressedMessage) {
        return act(item, ReviewAction.PUBLISHED, actor, link, pressedChat, pressedMessage);
    }

    /** @return the message key of what is wrong with the answer, if anything */
    private static Optional<String> problem(ReviewAction action, String text, IncomingMessage reply) {
        if (text.isEmpty() || reply.isUnsupported()) {
            return Optional.of("review.answer-empty." + action.key());
        }
        if (text.length() > NOTE_MAX) {
            return Optional.of("review.answer-too-long");
        }
        if (action == ReviewAction.PUBLISHED && !LINK.matcher(text).matches()) {
            return Optional.of("review.link-invalid");
        }
        return Optional.empty();
    }

    /**
     * Takes the step if the item's state (read under a lock) still allows it.
     *
     * @return whether it did
     */
    private boolean act(ItemView before, ReviewAction action, Sender actor, String note, long pressedChat,
                        Integer pressedMessage) {
        Optional<ItemStatus> from = items.moveTo(before.id(), action.target());
        if (from.isEmpty()) {
            return false;
        }
        ItemView item = items.find(before.id()).orElseThrow();
        Instant now = clock.instant();
        records.save(new ReviewRecord(item.id(), action.name(), from.get(), action.target(), actor.userId(),
                actor.displayName(), note, item.version(), now));
        events.publishEvent(new ItemReviewed(item.id(), item.agencyId(), item.category(), from.get(),
                action.target(), actor.userId(), actor.displayName(), note, now));
        cards.refresh(item, pressedChat, pressedMessage);
        notices.tell(item, action, note);
        return true;
    }

    /** A step about a version a revision replaced: which version it was about and where the item stands now. */
    String outdated(ItemView item, int version, Wording wording) {
        return wording.text("review.outdated", String.valueOf(item.id()), String.valueOf(version),
                String.valueOf(item.version()), texts.plain(item.status().textKey()));
    }

    /** Why a step is no longer possible: who took the last one, what it was and when. */
    String refusal(ItemView item, Wording wording) {
        String number = String.valueOf(item.id());
        String status = texts.plain(item.status().textKey());
        return records.findFirstByItemIdOrderByIdDesc(item.id())
                .map(last -> wording.text("review.already", number, status, last.actorName(),
                        formats.dateTime(last.at())))
                .orElseGet(() -> wording.text("review.not-allowed", number, status));
    }

    /** {@code texts::plain} for the answer to a press, {@code texts::html} for a message. */
    interface Wording {
        String text(String key, Object... args);
    }
}
