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

    @ApplicationModuleListener
    void on(ItemSubmitted item) {
        if (!item.urgent()) {
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
                buttons.keyboard(item.itemId()), "item:" + item.itemId());
    }
}
