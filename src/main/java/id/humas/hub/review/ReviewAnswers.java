package id.humas.hub.review;

import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.ReplyHandler;
import org.springframework.stereotype.Component;

/** A reviewer's reply to the bot's question (ref {@code rq:<id>}): the reason or the published link. */
@Component
class ReviewAnswers implements ReplyHandler {

    private final Reviews reviews;

    ReviewAnswers(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String prefix() {
        return ReviewQuestion.REF_PREFIX;
    }

    @Override
    public void handle(IncomingMessage reply, String ref) {
        reviews.answer(reply, Long.parseLong(ref.substring(prefix().length() + 1)));
    }
}
