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

    @ApplicationModuleListener
    void on(ItemSubmitted item) {
        if (!item.urgent()) {
            return;
        }
        if (!item.media().isEmpty()) {
            outbox.sendMedia(team.chatId(), item.media(),
                    texts.get("review.media-caption", String.valueOf(item.itemId()), Html.escape(item.agencyName())));
        }
        UrgentCard.Rendered card = cards.render(item.itemId(), item.agencyName(), item.officerName(),
                item.officerUsername(), item.text(), null);
        outbox.send(team.chatId(), card.card(), buttons.keyboard(item.itemId()), "item:" + item.itemId());
        card.continuation().forEach(part -> outbox.send(team.chatId(), part));
    }
}
