package id.humas.hub.telegram;

import java.util.List;

/**
 * A message as the modules see it: a text or caption with its media. An album arrives as one
 * IncomingMessage holding all its media.
 *
 * @param messageId   the message's id in its chat; for an album, the part that carries the caption, which is the
 *                    one an edit of the caption refers to
 * @param unsupported content the bot cannot turn into an item (sticker, location, contact, poll, voice…), even
 *                    when it came with a caption; {@link UnsupportedContent#NONE} otherwise
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
        UnsupportedContent unsupported,
        Integer replyToMessageId) {

    public IncomingMessage {
        media = List.copyOf(media);
        text = text == null ? "" : text;
        unsupported = unsupported == null ? UnsupportedContent.NONE : unsupported;
    }

    public boolean isUnsupported() {
        return unsupported != UnsupportedContent.NONE;
    }

    public boolean isPrivate() {
        return chatKind == ChatKind.PRIVATE;
    }
}
