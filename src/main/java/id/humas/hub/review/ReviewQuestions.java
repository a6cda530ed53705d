package id.humas.hub.review;

import java.time.Instant;
import java.util.Optional;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.ChatBecameUnreachable;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Reachability;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts a review question (the reason, the published link) to the reviewer where it costs the central group
 * nothing: in the reviewer's private chat when they have started the bot and it can still reach them; otherwise as
 * a forced reply under the card in the group. A private question Telegram refuses (the reviewer blocked the bot)
 * is asked again in the group.
 */
@Component
class ReviewQuestions {

    private final ReviewQuestionRepository questions;
    private final CentralTeam team;
    private final Reachability reachability;
    private final Outbox outbox;
    private final Texts texts;

    ReviewQuestions(ReviewQuestionRepository questions, CentralTeam team, Reachability reachability, Outbox outbox,
                    Texts texts) {
        this.questions = questions;
        this.team = team;
        this.reachability = reachability;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** @return whether the question went to the reviewer's private chat */
    boolean askFirst(ReviewQuestion question) {
        long reviewer = question.askedUserId();
        if (team.hasStartedPrivately(reviewer) && reachability.of(reviewer).isEmpty()) {
            question.askIn(reviewer);
        } else {
            question.askIn(question.chatId());
        }
        questions.save(question);
        ask(question, "", "review.ask.");
        return question.askedPrivately();
    }

    /** After an answer that cannot be used: what was wrong and the question again, as one message. */
    void askAgain(ReviewQuestion question, String problemHtml) {
        ask(question, problemHtml + "\n\n", "review.ask-again.");
    }

    Optional<ReviewQuestion> open(long questionId) {
        return questions.findById(questionId).filter(ReviewQuestion::open);
    }

    void close(ReviewQuestion question, Instant now) {
        question.answered(now);
        questions.save(question);
    }

    @ApplicationModuleListener
    void on(ChatBecameUnreachable unreachable) {
        for (ReviewQuestion question : questions.findByAskedChatIdAndAnsweredAtIsNull(unreachable.chatId())) {
            if (question.askedPrivately()) {
                question.askIn(question.chatId());
                questions.save(question);
                ask(question, "", "review.ask.");
            }
        }
    }

    private void ask(ReviewQuestion question, String prefixHtml, String keyPrefix) {
        String mention = "<a href=\"tg://user?id=" + question.askedUserId() + "\">"
                + Markup.escape(question.askedName()) + "</a>";
        String key = keyPrefix + question.action().key();
        String text = prefixHtml + texts.html(key, String.valueOf(question.itemId()), Markup.trusted(mention),
                Reviews.NO_REASON);
        outbox.ask(question.askedChatId(), text, question.askedPrivately() ? null : question.cardMessageId(),
                texts.plain("review.placeholder." + question.action().key()), question.ref());
    }
}
