package id.humas.hub.review;

import java.time.Clock;
import java.util.Optional;

import id.humas.hub.intake.ItemView;
import id.humas.hub.intake.Items;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.ChannelAccess;
import id.humas.hub.telegram.GroupNotice;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.PostDelivered;
import id.humas.hub.telegram.PostRefused;
import id.humas.hub.telegram.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Telegram's answer to a post in the channel. Delivered: the item becomes published with the post's link, as the
 * team member who pressed Terbitkan — its cards show it, the officer is told the link. Refused for good: the
 * central group is told why, and Terbitkan can be pressed again.
 */
@Component
class PublicationOutcomes {

    private static final Logger log = LoggerFactory.getLogger(PublicationOutcomes.class);

    private final PublicationRecords records;
    private final Items items;
    private final Reviews reviews;
    private final PublishChannel channel;
    private final Outbox outbox;
    private final CentralTeam team;
    private final Texts texts;
    private final Clock clock;

    PublicationOutcomes(PublicationRecords records, Items items, Reviews reviews, PublishChannel channel,
                        Outbox outbox, CentralTeam team, Texts texts, Clock clock) {
        this.records = records;
        this.items = items;
        this.reviews = reviews;
        this.channel = channel;
        this.outbox = outbox;
        this.team = team;
        this.texts = texts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PostDelivered delivered) {
        publication(delivered.ref()).ifPresent(publication -> {
            String link = link(delivered);
            if (!records.published(publication.itemId(), publication.attempt(), delivered.messageId(), link,
                    clock.instant())) {
                return;
            }
            ItemView item = items.find(publication.itemId()).orElseThrow();
            Sender actor = new Sender(publication.actorUserId(), publication.actorName(), null, null);
            if (!reviews.actOnPublication(item, actor, link, publication.pressedChatId(),
                    publication.pressedMessageId())) {
                log.warn("Item {} was posted to the channel ({}) but is {} now; its state is left as it is",
                        item.id(), link, items.find(item.id()).orElseThrow().status());
            }
        });
    }

    @ApplicationModuleListener
    void on(PostRefused refused) {
        publication(refused.ref()).ifPresent(publication -> {
            if (records.failed(publication.itemId(), publication.attempt(), refused.error(), clock.instant())) {
                log.warn("Telegram refused to post item {} to the channel: {}", publication.itemId(), refused.error());
                outbox.notice(team.chatId(), GroupNotice.REPORT, texts.html("publish.refused",
                        String.valueOf(publication.itemId()), refused.error()));
            }
        });
    }

    /** The post's link; without the channel's username when the channel could not be asked since a restart. */
    private String link(PostDelivered delivered) {
        ChannelAccess known = channel.access();
        ChannelAccess where = known != null && known.chatId() == delivered.chatId() ? known
                : new ChannelAccess(ChannelAccess.Status.UNKNOWN, delivered.chatId(), null, null);
        return where.link(delivered.messageId());
    }

    /** The waiting publication a post's ref names ({@code publish:<item>:<attempt>}). */
    private Optional<PublicationRecords.Publication> publication(String ref) {
        String[] parts = ref.split(":");
        if (parts.length != 3 || !parts[0].equals("publish") || !parts[1].matches("\\d{1,18}")
                || !parts[2].matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return records.find(Long.parseLong(parts[1]))
                .filter(publication -> publication.attempt() == Integer.parseInt(parts[2]));
    }
}
