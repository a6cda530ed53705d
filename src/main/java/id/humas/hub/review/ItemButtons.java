package id.humas.hub.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.humas.hub.intake.ItemView;
import id.humas.hub.intake.Items;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.CallbackHandler;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Keyboard;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * "#N" buttons for a list of items (the digest's): a team member's press posts that item with its history and
 * review buttons in the chat, like {@code /item N}. Anyone else is refused.
 */
@Component
public class ItemButtons implements CallbackHandler {

    /** Telegram shows at most 100 buttons under a message. */
    static final int MAX = 90;
    private static final int PER_ROW = 6;

    private final CentralTeam team;
    private final Items items;
    private final ReviewCards cards;
    private final Outbox outbox;
    private final Texts texts;

    ItemButtons(CentralTeam team, Items items, ReviewCards cards, Outbox outbox, Texts texts) {
        this.team = team;
        this.items = items;
        this.cards = cards;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** One "#N" button per item, for the first {@value #MAX}; null when there are none. */
    public Keyboard keyboard(List<Long> itemIds) {
        List<Long> shown = itemIds.subList(0, Math.min(MAX, itemIds.size()));
        if (shown.isEmpty()) {
            return null;
        }
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i += PER_ROW) {
            rows.add(shown.subList(i, Math.min(i + PER_ROW, shown.size())).stream()
                    .map(id -> new Keyboard.Button("#" + id, data(String.valueOf(id)))).toList());
        }
        return Keyboard.of(rows);
    }

    @Override
    public String prefix() {
        return "it";
    }

    @Override
    public void handle(IncomingCallback callback) {
        if (!team.isMember(callback.from().userId())) {
            outbox.alert(callback, texts.plain("review.refused"));
            return;
        }
        Optional<ItemView> item = callback.data().matches("\\d{1,18}")
                ? items.find(Long.parseLong(callback.data())) : Optional.empty();
        if (item.isEmpty()) {
            outbox.answer(callback, texts.plain("button.stale"));
            return;
        }
        cards.postDetail(callback.chatId(), item.get());
        // the media privately to the team member who pressed, an album as an album: the group's budget stays free
        if (!item.get().media().isEmpty()) {
            outbox.sendMedia(callback.from().userId(), item.get().media(),
                    texts.html("digest.item-media", String.valueOf(item.get().id())));
        }
        outbox.answer(callback, texts.plain("review.item.shown", callback.data()));
    }
}
