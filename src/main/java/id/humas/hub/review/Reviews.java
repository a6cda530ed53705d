package id.humas.hub.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import id.humas.hub.intake.ItemStatus;
import id.humas.hub.intake.ItemView;
import id.humas.hub.intake.Items;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Sender;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The central team's review steps. Accepting happens on the press; asking for a revision, rejecting and marking
 * published first ask the reviewer by forced reply (the reason; the reason or "-" for none; the link). Each step
 * is checked against the item's state when it is taken, so of two reviewers only the first acts and the second
 * learns who did what and when. Every step is kept, edits the item's cards, tells the officer and is announced as
 * {@link ItemReviewed}.
 */
@Service
class Reviews {

    static final String NO_REASON = "-";
    private static final int NOTE_MAX = 1000;
    private static final Pattern LINK = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s/?#]+\\S*", Pattern.CASE_INSENSITIVE);

    private final Items items;
    private final ReviewRecordRepository records;
    private final ReviewQuestionRepository questions;
    private final ReviewCards cards;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviews(Items items, ReviewRecordRepository records, ReviewQuestionRepository questions, ReviewCards cards,
            Outbox outbox, Texts texts, Formats formats, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.records = records;
        this.questions = questions;
        this.cards = cards;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
        this.events = events;
        this.clock = clock;
    }

    /** A team member pressed a review button on an item that exists. */
    @Transactional
    void press(IncomingCallback callback, long itemId, ReviewAction action) {
        ItemView item = items.find(itemId).orElseThrow();
        if (!item.status().canBecome(action.target())) {
            outbox.alert(callback, refusal(item));
            return;
        }
        Integer pressed = callback.messageId() == 0 ? null : callback.messageId();
        if (!action.asks()) {
            boolean done = act(item, action, callback.from(), null, callback.chatId(), pressed);
            outbox.answer(callback, done ? texts.get("review.done." + action.key(), String.valueOf(itemId))
                    : refusal(items.find(itemId).orElseThrow()));
            return;
        }
        ReviewQuestion question = questions.save(new ReviewQuestion(itemId, action, callback.from().userId(),
                callback.chatId(), pressed, clock.instant()));
        ask(question, callback.from(), "review.ask." + action.key());
        outbox.answer(callback, texts.get("review.asked"));
    }

    /** A reply to a question this module asked (ref {@code rq:<id>}). */
    @Transactional
    void answer(IncomingMessage reply, long questionId) {
        Optional<ReviewQuestion> open = questions.findById(questionId).filter(ReviewQuestion::open);
        if (open.isEmpty()) {
            outbox.send(reply.chatId(), texts.get("review.question-closed"));
            return;
        }
        ReviewQuestion question = open.get();
        ReviewAction action = question.action();
        ItemView item = items.find(question.itemId()).orElseThrow();
        if (!item.status().canBecome(action.target())) {
            question.answered(clock.instant());
            outbox.send(reply.chatId(), refusal(item));
            return;
        }
        String text = reply.text().strip();
        Optional<String> problem = problem(action, text, reply);
        if (problem.isPresent()) {
            outbox.send(reply.chatId(), texts.get(problem.get(), String.valueOf(NOTE_MAX)));
            ask(question, reply.from(), "review.ask-again." + action.key());
            return;
        }
        question.answered(clock.instant());
        String note = action == ReviewAction.REJECT && NO_REASON.equals(text) ? null : text;
        if (act(item, action, reply.from(), note, question.chatId(), question.cardMessageId())) {
            outbox.send(reply.chatId(), texts.get("review.done." + action.key(), String.valueOf(item.id())));
        } else {
            outbox.send(reply.chatId(), refusal(items.find(item.id()).orElseThrow()));
        }
    }

    /**
     * A step taken on the web dashboard (see {@link ReviewDesk}), where no Telegram message was pressed: the same
     * step as a button's, with its note already checked. Needs the caller's transaction.
     */
    boolean actFromDashboard(ItemView item, ReviewAction action, Sender actor, String note) {
        return act(item, action, actor, note, 0, null);
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
        tellOfficer(item, action, note);
        return true;
    }

    private void tellOfficer(ItemView item, ReviewAction action, String note) {
        String number = String.valueOf(item.id());
        long officerChat = item.officerUserId();
        switch (action) {
            case ACCEPT -> outbox.send(officerChat, texts.get("review.officer.accept", number));
            case REQUEST_REVISION -> outbox.ask(officerChat,
                    texts.get("review.officer.request-revision", number, Html.escape(note)), null,
                    texts.get("review.placeholder.revision"), Revisions.ref(item));
            case REJECT -> outbox.send(officerChat, note == null ? texts.get("review.officer.reject", number)
                    : texts.get("review.officer.reject-reason", number, Html.escape(note)));
            case PUBLISHED -> outbox.send(officerChat, texts.get("review.officer.published", number,
                    Html.escape(note)));
        }
    }

    private void ask(ReviewQuestion question, Sender reviewer, String key) {
        String mention = "<a href=\"tg://user?id=" + reviewer.userId() + "\">" + Html.escape(reviewer.displayName())
                + "</a>";
        outbox.ask(question.chatId(), texts.get(key, String.valueOf(question.itemId()), mention, NO_REASON),
                question.cardMessageId(), texts.get("review.placeholder." + question.action().key()), question.ref());
    }

    /** Why a step is no longer possible: who took the last one, what it was and when. */
    String refusal(ItemView item) {
        String number = String.valueOf(item.id());
        String status = texts.get(item.status().textKey());
        return records.findFirstByItemIdOrderByIdDesc(item.id())
                .map(last -> texts.get("review.already", number, status, last.actorName(),
                        formats.dateTime(last.at())))
                .orElseGet(() -> texts.get("review.not-allowed", number, status));
    }
}
