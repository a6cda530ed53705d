package id.humas.hub.telegram;

/** Telegram refused a chat for good; its messages are recorded as failed until the chat writes again. */
public record ChatBecameUnreachable(long chatId, UnreachableReason reason) {
}
