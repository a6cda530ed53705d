package id.humas.hub.review;

import java.util.Optional;

import id.humas.hub.intake.Items;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.CallbackHandler;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * Presses on the review buttons ({@code rv:<action>:<item>:<version>}). Only central-team users may press them; anyone else
 * gets a refusal and nothing changes. Data that is malformed or names no item is answered as a stale button.
 */
@Component
class ReviewPresses implements CallbackHandler {

    private final CentralTeam team;
    private final Items items;
    private final Reviews reviews;
    private final Outbox outbox;
    private final Texts texts;

    ReviewPresses(CentralTeam team, Items items, Reviews reviews, Outbox outbox, Texts texts) {
        this.team = team;
        this.items = items;
        this.reviews = reviews;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public String prefix() {
        return ReviewButtons.PREFIX;
    }

    @Override
    public void handle(IncomingCallback callback) {
        if (!team.isMember(callback.from().userId())) {
            outbox.alert(callback, texts.plain("review.refused"));
            return;
        }
        String[] parts = callback.data().split(":", -1);
        Optional<ReviewAction> action = parts.length == 2 || parts.length == 3
                ? ReviewAction.ofCode(parts[0]) : Optional.empty();
        // Buttons drawn before versions counted carry none: they were drawn for the first version.
        String version = parts.length == 3 ? parts[2] : "1";
        if (action.isEmpty() || !parts[1].matches("\\d{1,18}") || !version.matches("\\d{1,9}")
                || !items.exists(Long.parseLong(parts[1]))) {
            outbox.answer(callback, texts.plain("button.stale"));
            return;
        }
        reviews.press(callback, Long.parseLong(parts[1]), action.get(), Integer.parseInt(version));
    }
}
