package id.humas.hub.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.humas.hub.intake.ItemView;
import id.humas.hub.intake.Items;
import id.humas.hub.system.Excerpt;
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Keyboard;
import org.springframework.stereotype.Component;

/**
 * One message for every isu raised again in one escalation period: number, agency, excerpt and age of each, with a
 * Tangani button per isu ({@code cl:<item>}), instead of a message per isu.
 */
@Component
class IsuRaiseList {

    /** Telegram shows at most 100 buttons under a message. */
    private static final int MAX_BUTTONS = 90;
    private static final int PER_ROW = 3;
    private static final int EXCERPT = 50;

    private final Items items;
    private final IsuClaimLine claims;
    private final Texts texts;

    IsuRaiseList(Items items, IsuClaimLine claims, Texts texts) {
        this.items = items;
        this.claims = claims;
        this.texts = texts;
    }

    record Rendered(String html, Keyboard keyboard) {
    }

    /** @param heading HTML above the list (may be empty) */
    Rendered render(String heading, List<IsuWatch> open, Instant now) {
        StringBuilder text = new StringBuilder(heading);
        if (!open.isEmpty()) {
            text.append(heading.isEmpty() ? "" : "\n\n")
                    .append(texts.html("isu.raise.header", String.valueOf(open.size())));
        }
        List<Keyboard.Button> buttons = new ArrayList<>();
        for (IsuWatch watch : open) {
            String excerpt = items.find(watch.itemId()).map(ItemView::text).filter(t -> !t.isBlank())
                    .map(t -> Markup.escape(Excerpt.of(t, EXCERPT))).orElseGet(() -> texts.html("review.no-text"));
            text.append('\n').append(texts.html("isu.raise.line", String.valueOf(watch.itemId()),
                    watch.agencyName(), claims.time(watch.submittedAt()),
                    String.valueOf(Duration.between(watch.submittedAt(), now).toMinutes()), Markup.trusted(excerpt)));
            if (buttons.size() < MAX_BUTTONS) {
                buttons.add(new Keyboard.Button(texts.plain("isu.raise.button", String.valueOf(watch.itemId())),
                        ClaimButton.PREFIX + ":" + watch.itemId()));
            }
        }
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += PER_ROW) {
            rows.add(buttons.subList(i, Math.min(i + PER_ROW, buttons.size())));
        }
        return new Rendered(text.toString(), rows.isEmpty() ? null : Keyboard.of(rows));
    }
}
