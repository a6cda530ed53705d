package id.humas.hub.telegram;

import java.util.List;

/**
 * A message as the modules see it: a text or caption with its media. An album arrives as one
 * IncomingMessage holding all its media.
 *
 * @param unsupported set for content the bot cannot turn into an item (sticker, location, contact, poll, voice…)
 */
public record IncomingMessage(
        long updateId,
        long chatId,
        ChatKind chatKind,
        int messageId,
        Sender from,
        String text,
        List<MediaRef> media,
        String mediaGroupId,
        boolean unsupported,
        Integer replyToMessageId) {

    public IncomingMessage {
        media = List.copyOf(media);
        text = text == null ? "" : text;
    }

    public boolean isPrivate() {
        return chatKind == ChatKind.PRIVATE;
    }
}
