package id.humas.hub.telegram;

/**
 * Telegram accepted the first message of a {@link Outbox#post post}.
 *
 * @param ref       the ref the post was written under (as given to {@link Outbox#post})
 * @param messageId the id Telegram gave the message in the chat
 */
public record PostDelivered(String ref, long chatId, int messageId) {
}
