package id.humas.hub.broadcast;

import java.time.Duration;
import java.util.Optional;

import id.humas.hub.intake.OfficerReplied;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.SentMessages;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An officer's reply to a broadcast, or a short "terima kasih" / "siap" within {@link #WINDOW} of one, counts as
 * the officer's acknowledgement; the broadcast's delivery report, once sent, is updated with the count.
 */
@Component
class BroadcastAcknowledgements {

    static final Duration WINDOW = Duration.ofDays(3);
    private static final String PREFIX = "broadcast:";

    private final BroadcastRepository broadcasts;
    private final BroadcastAcks acks;
    private final SentMessages sent;
    private final Outbox outbox;

    BroadcastAcknowledgements(BroadcastRepository broadcasts, BroadcastAcks acks, SentMessages sent, Outbox outbox) {
        this.broadcasts = broadcasts;
        this.acks = acks;
        this.sent = sent;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(OfficerReplied reply) {
        Optional<String> batch = reply.replyToMessageId() != null
                ? sent.batch(reply.chatId(), reply.replyToMessageId())
                : reply.acknowledgement() ? sent.latestBatch(reply.chatId(), PREFIX, reply.at().minus(WINDOW))
                : Optional.empty();
        batch.filter(name -> name.startsWith(PREFIX) && name.substring(PREFIX.length()).matches("\\d{1,18}"))
                .flatMap(name -> broadcasts.findById(Long.parseLong(name.substring(PREFIX.length()))))
                .filter(broadcast -> acks.record(broadcast.id(), reply.officerUserId(), reply.at()))
                .filter(broadcast -> broadcast.reportText() != null)
                .ifPresent(broadcast -> sent.messageId(broadcast.replyChatId(), broadcast.reportRef())
                        .ifPresent(messageId -> outbox.edit(broadcast.replyChatId(), messageId,
                                broadcast.reportText() + acks.line(broadcast), null)));
    }
}
