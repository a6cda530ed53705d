package id.humas.hub.telegram;

/**
 * Handles replies to the bot's questions: a message (private, or in the central group from a team member) that
 * replies to a message the bot sent under a ref starting with {@code prefix() + ":"}.
 */
public interface ReplyHandler {

    String prefix();

    /** @param ref the whole ref of the bot message replied to */
    void handle(IncomingMessage reply, String ref);
}
