package id.humas.hub.review;

import id.humas.hub.intake.Items;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.CallbackHandler;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * Presses on {@code Terbitkan} ({@code pb:<item>:<version>}, drawn by {@link ReviewButtons}). Only central-team users
 * may press it; anyone else gets a refusal and nothing is posted. Malformed data, or data naming no item, is
 * answered as a stale button.
 */
@Component
class PublishPresses implements CallbackHandler {

    static final String PREFIX = "pb";

    private final CentralTeam team;
    private final Items items;
    private final Publishing publishing;
    private final Outbox outbox;
    private final Texts texts;

    PublishPresses(CentralTeam team, Items items, Publishing publishing, Outbox outbox, Texts texts) {
        this.team = team;
        this.items = items;
        this.publishing = publishing;
        this.outbox = outbox;
        this.texts = texts;
    }

    static String data(long itemId, int version) {
        return PREFIX + ":" + itemId + ":" + version;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void handle(IncomingCallback callback) {
        if (!team.isMember(callback.from().userId())) {
            outbox.alert(callback, texts.plain("review.refused"));
            return;
        }
        String[] parts = callback.data().split(":", -1);
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,9}")
                || !items.exists(Long.parseLong(parts[0]))) {
            outbox.answer(callback, texts.plain("button.stale"));
            return;
        }
        publishing.press(callback, Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
    }
}
