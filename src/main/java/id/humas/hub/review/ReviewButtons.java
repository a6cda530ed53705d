package id.humas.hub.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.humas.hub.intake.Items;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.CallbackHandler;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Keyboard;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * The review buttons ({@code rv:<action>:<item>}). Only central-team users may press them; anyone else gets a
 * refusal and nothing changes. Data that is malformed or names no item is answered as a stale button.
 */
@Component
class ReviewButtons implements CallbackHandler {

    static final String PREFIX = "rv";

    private final CentralTeam team;
    private final Items items;
    private final Outbox outbox;
    private final Texts texts;
    private final IsuClaimLine claims;

    ReviewButtons(CentralTeam team, Items items, Outbox outbox, Texts texts, IsuClaimLine claims) {
        this.team = team;
        this.items = items;
        this.outbox = outbox;
        this.texts = texts;
        this.claims = claims;
    }

    Keyboard keyboard(long itemId) {
        List<Keyboard.Button> buttons = Arrays.stream(ReviewAction.values())
                .map(action -> new Keyboard.Button(texts.get(action.labelKey()),
                        data(action.code() + ":" + itemId)))
                .toList();
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        claims.button(itemId).ifPresent(claim -> rows.add(List.of(claim)));
        rows.add(buttons.subList(0, 2));
        rows.add(buttons.subList(2, 4));
        return Keyboard.of(rows);
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void handle(IncomingCallback callback) {
        if (!team.isMember(callback.from().userId())) {
            outbox.alert(callback, texts.get("review.refused"));
            return;
        }
        String[] parts = callback.data().split(":");
        if (parts.length != 2 || ReviewAction.ofCode(parts[0]).isEmpty() || !parts[1].matches("\\d{1,18}")
                || !items.exists(Long.parseLong(parts[1]))) {
            outbox.answer(callback, texts.get("button.stale"));
            return;
        }
        // Acting on items (accept, revision, reject, published) is the review workflow's next step.
        outbox.answer(callback, texts.get("review.not-yet"));
    }
}
