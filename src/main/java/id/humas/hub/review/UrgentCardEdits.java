package id.humas.hub.review;

import id.humas.hub.intake.ItemEdited;
import id.humas.hub.intake.Items;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.SentMessages;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an officer edits an isu, its card in the central group shows the new text, marked as edited, with its
 * review state and buttons kept. A card that has not gone out yet cannot be edited: the edited card is posted
 * instead.
 */
@Component
class UrgentCardEdits {

    private final CentralTeam team;
    private final Items items;
    private final ReviewCards cards;
    private final SentMessages sent;
    private final Outbox outbox;

    UrgentCardEdits(CentralTeam team, Items items, ReviewCards cards, SentMessages sent, Outbox outbox) {
        this.team = team;
        this.items = items;
        this.cards = cards;
        this.sent = sent;
        this.outbox = outbox;
    }

    // Routine items are not even recorded as publications for this listener (the condition is evaluated first).
    @ApplicationModuleListener(condition = "#item.urgent()")
    void on(ItemEdited item) {
        if (!item.urgent()) {
            return;
        }
        items.find(item.itemId()).ifPresent(view -> {
            String ref = ReviewCards.cardRef(view.id());
            UrgentCard.Rendered card = cards.card(view);
            sent.messageId(team.chatId(), ref).ifPresentOrElse(
                    messageId -> outbox.edit(team.chatId(), messageId, card.card(), cards.keyboard(view)),
                    () -> outbox.send(team.chatId(), card.card(), cards.keyboard(view), ref));
            card.continuation().forEach(part -> outbox.send(team.chatId(), part));
        });
    }
}
