package id.humas.hub.review;

import java.time.Clock;
import java.util.Optional;

import id.humas.hub.intake.Items;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.CallbackHandler;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.SentMessages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tangani ({@code cl:<item>}): a central-team member claims an isu, which stops it being raised again. The card in
 * the central group then names who claimed it and when, and keeps only the review buttons; a raise list in a
 * private chat the button was pressed on says the same. Anyone outside the team is refused; a second claim is told
 * who holds it.
 */
@Component
class ClaimButton implements CallbackHandler {

    static final String PREFIX = "cl";

    private final CentralTeam team;
    private final IsuWatchRepository watches;
    private final IsuClaimLine claims;
    private final IsuRaiseList raiseList;
    private final Items items;
    private final ReviewCards cards;
    private final SentMessages sent;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    ClaimButton(CentralTeam team, IsuWatchRepository watches, IsuClaimLine claims, IsuRaiseList raiseList, Items items,
                ReviewCards cards, SentMessages sent, Outbox outbox, Texts texts, Clock clock) {
        this.team = team;
        this.watches = watches;
        this.claims = claims;
        this.raiseList = raiseList;
        this.items = items;
        this.cards = cards;
        this.sent = sent;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    @Transactional
    public void handle(IncomingCallback callback) {
        if (!team.isMember(callback.from().userId())) {
            outbox.alert(callback, texts.plain("isu.claim.refused"));
            return;
        }
        Optional<IsuWatch> found = callback.data().matches("\\d{1,18}")
                ? watches.findById(Long.parseLong(callback.data()))
                : Optional.empty();
        if (found.isEmpty()) {
            outbox.answer(callback, texts.plain("button.stale"));
            return;
        }
        IsuWatch watch = found.get();
        if (watch.acknowledged()) {
            refuseTaken(callback, watch);
            return;
        }
        watch.acknowledge(IsuWatch.How.CLAIM, callback.from().userId(), callback.from().displayName(),
                clock.instant());
        watches.save(watch);
        redraw(watch, callback);
        outbox.answer(callback, texts.plain("isu.claim.done", String.valueOf(watch.itemId())));
    }

    private void refuseTaken(IncomingCallback callback, IsuWatch watch) {
        if (watch.acknowledgedBy() == callback.from().userId()) {
            outbox.answer(callback, texts.plain("isu.claim.yours", String.valueOf(watch.itemId())));
            return;
        }
        outbox.alert(callback, texts.plain("isu.claim.taken", String.valueOf(watch.itemId()),
                watch.acknowledgedName(), claims.time(watch.acknowledgedAt())));
    }

    /**
     * The card in the group, and the message the button was pressed on: a card or an item view shows the claim like
     * the card. A raise list in a private chat is redrawn: who claimed this isu, and the isu still open. A raise list
     * in the group is left as it is (a later press there is told who claimed it): the card's edit is the only group
     * operation of a claim.
     */
    private void redraw(IsuWatch watch, IncomingCallback callback) {
        items.find(watch.itemId()).ifPresent(item -> {
            boolean pressedOnItem = sent.ref(callback.chatId(), callback.messageId()).isPresent();
            cards.refresh(item, callback.chatId(), pressedOnItem ? callback.messageId() : null);
            if (!pressedOnItem && callback.chatId() > 0) {
                String claimed = texts.html("isu.raise.claimed", String.valueOf(item.id()), watch.agencyName())
                        + claims.of(watch);
                IsuRaiseList.Rendered rest = raiseList.render(claimed,
                        watches.findByAcknowledgedAtIsNullOrderByItemIdAsc(), clock.instant());
                outbox.edit(callback.chatId(), callback.messageId(), rest.html(), rest.keyboard());
            }
        });
    }
}
