package id.humas.hub.telegram;

/**
 * A press on an inline button.
 *
 * @param data the button's callback data without the handler prefix
 */
public record IncomingCallback(String callbackId, Sender from, long chatId, int messageId, String data) {
}
