package id.humas.hub.review;

import id.humas.hub.intake.ItemSubmitted;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
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

    private final CentralTeam team;
    private final ReviewButtons buttons;
    private final Outbox outbox;
    private final Texts texts;

    UrgentItemRelay(CentralTeam team, ReviewButtons buttons, Outbox outbox, Texts texts) {
        this.team = team;
        this.buttons = buttons;
        this.outbox = outbox;
        this.texts = texts;
    }

    /**
     * Spring Modulith marks the event completed only after this listener's transaction has committed, so a crash
     * in between delivers the event again on restart: the card's ref tells whether it was written already.
     */
    @ApplicationModuleListener
    void on(ItemSubmitted item) {
        String ref = "item:" + item.itemId();
        if (!item.urgent() || outbox.hasWritten(ref)) {
            return;
        }
        if (!item.media().isEmpty()) {
            outbox.sendMedia(team.chatId(), item.media(),
                    texts.get("review.media-caption", String.valueOf(item.itemId()), Html.escape(item.agencyName())));
        }
        String officer = item.officerUsername() == null
                ? Html.escape(item.officerName())
                : Html.escape(item.officerName()) + " (@" + Html.escape(item.officerUsername()) + ")";
        String text = item.text().isBlank() ? texts.get("review.no-text") : Html.escape(item.text());
        outbox.send(team.chatId(),
                texts.get("review.urgent-card", String.valueOf(item.itemId()), Html.escape(item.agencyName()),
                        officer, text),
                buttons.keyboard(item.itemId()), ref);
    }
}
