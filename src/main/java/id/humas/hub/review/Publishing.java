package id.humas.hub.review;

import java.time.Clock;
import java.util.Optional;

import id.humas.hub.intake.ItemStatus;
import id.humas.hub.intake.ItemView;
import id.humas.hub.intake.Items;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Terbitkan}: posts an accepted item's current version with its media to the channel through the outbox
 * (albums as albums, within the channel's limits), once: a second press while the post is on its way posts nothing.
 * The item becomes published when Telegram answers with the post's id ({@link PublicationOutcomes}).
 */
@Service
class Publishing {

    private final Items items;
    private final Reviews reviews;
    private final PublicationRecords records;
    private final PublishChannel channel;
    private final ChannelPost posts;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    Publishing(Items items, Reviews reviews, PublicationRecords records, PublishChannel channel, ChannelPost posts,
               Outbox outbox, Texts texts, Clock clock) {
        this.items = items;
        this.reviews = reviews;
        this.records = records;
        this.channel = channel;
        this.posts = posts;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /** A team member pressed Terbitkan, drawn for {@code version}, on an item that exists. */
    @Transactional
    void press(IncomingCallback callback, long itemId, int version) {
        ItemView item = items.find(itemId).orElseThrow();
        String number = String.valueOf(itemId);
        if (version > item.version()) {
            outbox.answer(callback, texts.plain("button.stale"));
            return;
        }
        if (version < item.version()) {
            outbox.alert(callback, reviews.outdated(item, version, texts::plain));
            return;
        }
        Optional<PublicationRecords.Publication> earlier = records.find(itemId);
        if (earlier.filter(p -> p.status() == PublicationRecords.Status.PENDING).isPresent()) {
            outbox.answer(callback, texts.plain("publish.pending", number));
            return;
        }
        if (item.status() != ItemStatus.ACCEPTED) {
            outbox.alert(callback, reviews.refusal(item, texts::plain));
            return;
        }
        if (!channel.ready()) {
            outbox.alert(callback, texts.plain("publish.unavailable"));
            return;
        }
        PublicationRecords.Publication publication = records.request(itemId, item.version(),
                channel.access().chatId(), callback.from().userId(), callback.from().displayName(),
                callback.chatId(), callback.messageId() == 0 ? null : callback.messageId(), clock.instant());
        outbox.post(publication.channelId(), item.media(), posts.html(item), publication.ref());
        outbox.answer(callback, texts.plain("publish.queued", number));
    }
}
