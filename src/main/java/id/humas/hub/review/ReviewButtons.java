package id.humas.hub.review;

import java.util.ArrayList;
import java.util.List;

import id.humas.hub.intake.Category;
import id.humas.hub.intake.ItemStatus;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Keyboard;
import org.springframework.stereotype.Component;

/**
 * The keyboard under an item's card ({@code rv:<action>:<item>:<version>}): the one place it is built, wherever the card is
 * shown. It has only the buttons the item's state still allows; a final state has none. {@link ReviewPresses}
 * handles the presses. An accepted item also gets {@code Terbitkan} ({@code pb:<item>:<version>}, handled by
 * {@link PublishPresses}) while the bot may post in {@code bot.publish.channel}.
 */
@Component
class ReviewButtons {

    static final String PREFIX = "rv";

    private final Texts texts;
    private final IsuClaimLine claims;
    private final PublishChannel channel;

    ReviewButtons(Texts texts, IsuClaimLine claims, PublishChannel channel) {
        this.texts = texts;
        this.claims = claims;
        this.channel = channel;
    }

    /**
     * Tangani while an isu is unacknowledged, then the review steps its state allows. The steps name the version
     * shown, so that a press about a version a revision has replaced is refused.
     *
     * @return the keyboard, or null when no button applies any more
     */
    Keyboard keyboard(long itemId, Category category, ItemStatus status, int version) {
        List<Keyboard.Button> valid = new ArrayList<>();
        for (ReviewAction action : ReviewAction.values()) {
            if (status.canBecome(action.target())) {
                valid.add(new Keyboard.Button(texts.plain(action.labelKey()),
                        PREFIX + ":" + action.code() + ":" + itemId + ":" + version));
            }
        }
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        if (category == Category.ISSUE) {
            claims.button(itemId).ifPresent(claim -> rows.add(List.of(claim)));
        }
        for (int i = 0; i < valid.size(); i += 2) {
            rows.add(valid.subList(i, Math.min(i + 2, valid.size())));
        }
        if (status == ItemStatus.ACCEPTED && channel.ready()) {
            rows.add(List.of(new Keyboard.Button(texts.plain("review.button.publish"),
                    PublishPresses.data(itemId, version))));
        }
        return rows.isEmpty() ? null : Keyboard.of(rows);
    }
}
