package id.humas.hub.review;

import id.humas.hub.intake.ItemStatus;
import id.humas.hub.intake.ItemSubmitted;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.telegram.Bundle;
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

    UrgentItemRelay(CentralTeam team, ReviewButtons buttons, UrgentCard cards, Outbox outbox) {
        this.team = team;
        this.buttons = buttons;
        this.cards = cards;
        this.outbox = outbox;
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
        Bundle bundle = cards.bundle(item.itemId(), item.agencyName(), item.text(), item.media().size());
        if (!item.media().isEmpty()) {
            outbox.sendMedia(team.chatId(), item.media(), cards.mediaCaption(item.itemId(), item.agencyName()), bundle);
        }
        UrgentCard.Rendered card = cards.render(item.itemId(), item.agencyName(), item.officerName(),
                item.officerUsername(), item.text(), null);
        outbox.send(team.chatId(), card.card(), buttons.keyboard(item.itemId(), item.category(), ItemStatus.NEW, 1), ref, bundle);
        card.continuation().forEach(part -> outbox.send(team.chatId(), part, null, null, bundle));
    }
}
