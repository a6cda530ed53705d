package id.humas.hub.telegram;

/** Receives every private message that is not a command: officers' content. */
public interface PrivateMessageHandler {

    void handle(IncomingMessage message);
}
