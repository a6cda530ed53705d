package id.humas.hub.review;

import id.humas.hub.intake.ItemSubmitted;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Bundle;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.Outbox;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Posts every isu to the central group as soon as it is submitted: its media first (copied by file_id), then a
 * card with the agency, the officer, the text and the review buttons.
 */
@Component
class UrgentItemRelay {

    private static final int SUMMARY_LENGTH = 160;

    private final CentralTeam team;
    private final ReviewButtons buttons;
    private final UrgentCard cards;
    private final Outbox outbox;
    private final Texts texts;

    UrgentItemRelay(CentralTeam team, ReviewButtons buttons, UrgentCard cards, Outbox outbox, Texts texts) {
        this.team = team;
        this.buttons = buttons;
        this.cards = cards;
        this.outbox = outbox;
        this.texts = texts;
    }

    /**
     * Spring Modulith marks the event completed only after this listener's transaction has committed, so a crash
     * in between delivers the event again on restart: the card's ref tells whether it was written already.
     * Routine items are not even recorded as publications for this listener (the condition is evaluated first).
     */
    @ApplicationModuleListener(condition = "#item.urgent()")
    void on(ItemSubmitted item) {
        String ref = "item:" + item.itemId();
        if (!item.urgent() || outbox.hasWritten(ref)) {
            return;
        }
        Bundle bundle = bundle(item);
        if (!item.media().isEmpty()) {
            outbox.sendMedia(team.chatId(), item.media(),
                    texts.get("review.media-caption", String.valueOf(item.itemId()), Html.escape(item.agencyName())),
                    bundle);
        }
        UrgentCard.Rendered card = cards.render(item.itemId(), item.agencyName(), item.officerName(),
                item.officerUsername(), item.text(), null);
        outbox.send(team.chatId(), card.card(), buttons.keyboard(item.itemId()), ref, bundle);
        card.continuation().forEach(part -> outbox.send(team.chatId(), part, null, null, bundle));
    }

    /** The item's line in a combined message, when many arrive at once. */
    private Bundle bundle(ItemSubmitted item) {
        String text = item.text().isBlank() ? texts.get("review.no-text") : Html.escape(excerpt(item.text()));
        String media = item.media().isEmpty() ? "" : " " + texts.get("review.summary-media",
                String.valueOf(item.media().size()));
        return new Bundle("item:" + item.itemId(), texts.get("review.urgent-summary", String.valueOf(item.itemId()),
                Html.escape(item.agencyName()), text) + media, "#" + item.itemId());
    }

    private static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= SUMMARY_LENGTH) {
            return oneLine;
        }
        int end = SUMMARY_LENGTH - 1;
        if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
            end--;
        }
        return oneLine.substring(0, end) + "…";
    }
}
