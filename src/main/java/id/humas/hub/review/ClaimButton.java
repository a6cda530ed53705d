package id.humas.hub.review;

import java.time.Clock;
import java.util.Optional;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.CallbackHandler;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.SentMessages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tangani ({@code cl:<item>}): a central-team member claims an isu, which stops it being raised again. The card in
 * the central group then names who claimed it and when, and keeps only the review buttons; a raised message the
 * button was pressed on says the same. Anyone outside the team is refused; a second claim is told who holds it.
 */
@Component
class ClaimButton implements CallbackHandler {

    static final String PREFIX = "cl";

    private final CentralTeam team;
    private final IsuWatchRepository watches;
    private final IsuClaimLine claims;
    private final UrgentCard cards;
    private final ReviewButtons buttons;
    private final SentMessages sent;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    ClaimButton(CentralTeam team, IsuWatchRepository watches, IsuClaimLine claims, UrgentCard cards,
                ReviewButtons buttons, SentMessages sent, Outbox outbox, Texts texts, Clock clock) {
        this.team = team;
        this.watches = watches;
        this.claims = claims;
        this.cards = cards;
        this.buttons = buttons;
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
            outbox.alert(callback, texts.get("isu.claim.refused"));
            return;
        }
        Optional<IsuWatch> found = callback.data().matches("\\d{1,18}")
                ? watches.findById(Long.parseLong(callback.data()))
                : Optional.empty();
        if (found.isEmpty()) {
            outbox.answer(callback, texts.get("button.stale"));
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
        outbox.answer(callback, texts.get("isu.claim.done", String.valueOf(watch.itemId())));
    }

    private void refuseTaken(IncomingCallback callback, IsuWatch watch) {
        if (watch.acknowledgedBy() == callback.from().userId()) {
            outbox.answer(callback, texts.get("isu.claim.yours", String.valueOf(watch.itemId())));
            return;
        }
        outbox.alert(callback, texts.get("isu.claim.taken", String.valueOf(watch.itemId()),
                watch.acknowledgedName(), claims.time(watch.acknowledgedAt())));
    }

    /** The card (wherever the press came from), and the raised message the button was pressed on. */
    private void redraw(IsuWatch watch, IncomingCallback callback) {
        long itemId = watch.itemId();
        UrgentCard.Rendered card = cards.render(itemId, watch.agencyName(), watch.officerName(),
                watch.officerUsername(), watch.body(), watch.editedAt());
        Optional<Integer> cardMessage = sent.messageId(team.chatId(), "item:" + itemId);
        cardMessage.ifPresent(messageId ->
                outbox.edit(team.chatId(), messageId, card.card(), buttons.keyboard(itemId)));
        boolean pressedOnCard = team.isChat(callback.chatId())
                && cardMessage.filter(id -> id == callback.messageId()).isPresent();
        if (!pressedOnCard) {
            outbox.edit(callback.chatId(), callback.messageId(),
                    texts.get("isu.raise.claimed", String.valueOf(itemId), Html.escape(watch.agencyName()))
                            + claims.of(watch), buttons.keyboard(itemId));
        }
    }
}
