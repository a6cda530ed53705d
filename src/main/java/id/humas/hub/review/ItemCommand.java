package id.humas.hub.review;

import java.util.List;
import java.util.Optional;

import id.humas.hub.intake.ItemView;
import id.humas.hub.intake.Items;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * {@code /item N}: the item with its history and the review buttons its state allows, in the central group or
 * privately; how the team acts on an item that only came in the digest.
 */
@Component
class ItemCommand implements CommandHandler {

    private final Items items;
    private final ReviewCards cards;
    private final Outbox outbox;
    private final Texts texts;

    ItemCommand(Items items, ReviewCards cards, Outbox outbox, Texts texts) {
        this.items = items;
        this.cards = cards;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("item");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    public void handle(IncomingMessage message, String arguments) {
        String number = arguments.strip().replaceFirst("^#", "");
        if (!number.matches("\\d{1,18}")) {
            outbox.send(message.chatId(), texts.html("review.item.usage"));
            return;
        }
        Optional<ItemView> item = items.find(Long.parseLong(number));
        if (item.isEmpty()) {
            outbox.send(message.chatId(), texts.html("review.item.unknown", number));
            return;
        }
        cards.postDetail(message.chatId(), item.get());
        // the media privately to whoever asked, an album as an album: the group's budget stays for the cards
        if (!item.get().media().isEmpty()) {
            outbox.sendMedia(message.from().userId(), item.get().media(),
                    texts.html("digest.item-media", String.valueOf(item.get().id())));
        }
    }
}
