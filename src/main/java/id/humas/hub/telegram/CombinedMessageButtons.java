package id.humas.hub.telegram;

import java.time.Instant;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buttons of a combined message ({@code ob:<bundle>}): pressing one posts that bundle's own messages (an urgent
 * item's media and its card with the review buttons) to the group, once. Only central-team users may open them.
 */
@Component
class CombinedMessageButtons implements CallbackHandler {

    static final String PREFIX = "ob";

    private final OutboxMessages messages;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;

    CombinedMessageButtons(OutboxMessages messages, CentralTeam team, Outbox outbox, Texts texts) {
        this.messages = messages;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
    }

    static String dataFor(String bundleKey) {
        return PREFIX + ":" + bundleKey;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    @Transactional
    public void handle(IncomingCallback callback) {
        if (!team.isMember(callback.from().userId())) {
            outbox.alert(callback, texts.plain("review.refused"));
            return;
        }
        if (messages.open(callback.data(), Instant.now()) == 0) {
            outbox.answer(callback, texts.plain("outbox.combined.already-open"));
            return;
        }
        outbox.answer(callback, texts.plain("outbox.combined.opening"));
    }
}
