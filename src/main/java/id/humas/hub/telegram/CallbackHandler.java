package id.humas.hub.telegram;

/**
 * Handles presses on inline buttons whose callback data starts with {@code prefix() + ":"}.
 * Callback data is limited to 64 bytes, so prefixes are short.
 */
public interface CallbackHandler {

    String prefix();

    void handle(IncomingCallback callback);

    default String data(String payload) {
        return prefix() + ":" + payload;
    }
}
