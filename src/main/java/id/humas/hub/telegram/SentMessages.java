package id.humas.hub.telegram;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Finds the Telegram message a message sent with a ref became, so that it can be edited later. */
@Component
public class SentMessages {

    private final OutboxMessages messages;
    private final OutboxSender sender;

    SentMessages(OutboxMessages messages, OutboxSender sender) {
        this.messages = messages;
        this.sender = sender;
    }

    /** The id of the latest message that went out to the chat under {@code ref}; empty while none has (yet). */
    public Optional<Integer> messageId(long chatId, String ref) {
        return messages.messageId(chatId, ref);
    }

    /**
     * The ref a message that went out to the chat was sent under; empty when it had none or is unknown. A message
     * Telegram has accepted is known even while the sender is still recording it.
     */
    public Optional<String> ref(long chatId, int messageId) {
        return sender.refInFlight(chatId, messageId).or(() -> messages.ref(chatId, messageId));
    }

    /** The batch (e.g. {@code broadcast:7}) a message that went out to the chat belonged to; empty if none. */
    public Optional<String> batch(long chatId, int messageId) {
        return messages.batch(chatId, messageId);
    }

    /** The latest batch whose name starts with {@code prefix} that reached the chat since {@code since}. */
    public Optional<String> latestBatch(long chatId, String prefix, Instant since) {
        return messages.latestBatch(chatId, prefix, since);
    }
}
