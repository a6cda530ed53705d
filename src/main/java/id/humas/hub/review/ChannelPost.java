package id.humas.hub.review;

import id.humas.hub.intake.ItemView;
import id.humas.hub.system.Texts;
import org.springframework.stereotype.Component;

/** What an item looks like in the channel: its current text, then the agency it came from. */
@Component
class ChannelPost {

    private final ReviewCards cards;
    private final Texts texts;

    ChannelPost(ReviewCards cards, Texts texts) {
        this.cards = cards;
        this.texts = texts;
    }

    String html(ItemView item) {
        String agency = cards.who(item).agency();
        return item.text().isBlank() ? texts.html("publish.post.no-text", agency)
                : texts.html("publish.post", item.text().strip(), agency);
    }
}
