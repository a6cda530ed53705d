package id.humas.hub.telegram;

/** Receives the edits users make to their earlier private messages (Telegram's edited_message). */
public interface EditedMessageHandler {

    /**
     * @param edited  the message as it reads now
     * @param content its text without a leading command: what "/isu TEXT" contributes to an item
     * @param command whether the message starts with a command for this bot
     */
    void handle(IncomingMessage edited, String content, boolean command);
}
