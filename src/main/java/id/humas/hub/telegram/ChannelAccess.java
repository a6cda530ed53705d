package id.humas.hub.telegram;

/**
 * What the bot may do in a channel, as Telegram answered getChat and getChatMember for the bot.
 *
 * @param chatId   the channel's id (-100…); 0 when Telegram does not know the channel
 * @param username the public channel's username without "@"; null for a private channel
 * @param title    the channel's title; may be null
 */
public record ChannelAccess(Status status, long chatId, String username, String title) {

    public enum Status {
        /** the bot is an administrator that may post messages */
        READY,
        /** Telegram does not know the chat, or the bot is not in it */
        NOT_FOUND,
        /** the chat is a group or a private chat, not a channel */
        NOT_A_CHANNEL,
        /** the bot is in the channel but not an administrator */
        NOT_ADMIN,
        /** the bot is an administrator without the right to post messages */
        CANNOT_POST,
        /** Telegram could not be asked (network, 5xx, 429); worth asking again later */
        UNKNOWN
    }

    public boolean ready() {
        return status == Status.READY;
    }

    /** The public link of a post in the channel: https://t.me/USERNAME/N, or https://t.me/c/ID/N for a private one. */
    public String link(int messageId) {
        if (username != null && !username.isBlank()) {
            return "https://t.me/" + username + "/" + messageId;
        }
        String id = String.valueOf(chatId);
        return "https://t.me/c/" + (id.startsWith("-100") ? id.substring(4) : id.replaceFirst("^-", "")) + "/"
                + messageId;
    }
}
