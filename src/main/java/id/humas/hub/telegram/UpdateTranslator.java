package id.humas.hub.telegram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/** Turns TelegramBots' Message into the small IncomingMessage the modules work with. */
final class UpdateTranslator {

    private UpdateTranslator() {
    }

    /** @return null for a message without a sender (channel posts, anonymous admins) */
    static Sender sender(User user) {
        return user == null ? null
                : new Sender(user.getId(), user.getFirstName(), user.getLastName(), user.getUserName());
    }

    static IncomingMessage message(long updateId, Message message) {
        List<MediaRef> media = new ArrayList<>();
        if (message.hasPhoto()) {
            PhotoSize largest = message.getPhoto().stream()
                    .max(Comparator.comparingInt(size -> size.getWidth() * size.getHeight())).orElseThrow();
            media.add(new MediaRef(MediaKind.PHOTO, largest.getFileId()));
        }
        if (message.hasVideo()) {
            media.add(new MediaRef(MediaKind.VIDEO, message.getVideo().getFileId()));
        }
        if (message.hasAnimation()) {
            media.add(new MediaRef(MediaKind.ANIMATION, message.getAnimation().getFileId()));
        } else if (message.hasDocument()) {
            // Telegram also fills "document" for animations; the animation is the more precise kind.
            media.add(new MediaRef(MediaKind.DOCUMENT, message.getDocument().getFileId()));
        }
        String text = message.hasText() ? message.getText() : message.getCaption();
        return new IncomingMessage(
                updateId,
                message.getChatId(),
                message.isUserMessage() ? ChatKind.PRIVATE : ChatKind.GROUP,
                message.getMessageId(),
                sender(message.getFrom()),
                text,
                media,
                message.getMediaGroupId(),
                unsupported(message, media, text),
                message.getReplyToMessage() == null ? null : message.getReplyToMessage().getMessageId());
    }

    /** The parts of one album as a single message: all media, the caption that was given and its part's id. */
    static IncomingMessage album(List<IncomingMessage> parts) {
        IncomingMessage first = parts.get(0);
        List<MediaRef> media = parts.stream().flatMap(part -> part.media().stream()).toList();
        IncomingMessage captioned = parts.stream().filter(part -> !part.text().isBlank()).findFirst().orElse(first);
        UnsupportedContent unsupported = parts.stream().map(IncomingMessage::unsupported)
                .filter(content -> content != UnsupportedContent.NONE).findFirst()
                .orElse(media.isEmpty() && captioned.text().isBlank() ? UnsupportedContent.OTHER
                        : UnsupportedContent.NONE);
        return new IncomingMessage(first.updateId(), first.chatId(), first.chatKind(), captioned.messageId(),
                first.from(), captioned.text(), media, first.mediaGroupId(), unsupported, first.replyToMessageId());
    }

    /**
     * Spoken content and the kinds nobody can publish as news are refused even with a caption, so that the officer
     * knows they were not kept.
     */
    private static UnsupportedContent unsupported(Message message, List<MediaRef> media, String text) {
        if (message.hasVoice() || message.hasAudio() || message.hasVideoNote()) {
            return UnsupportedContent.SPOKEN;
        }
        boolean other = message.hasSticker() || message.hasLocation() || message.getVenue() != null
                || message.hasContact() || message.hasPoll() || message.hasDice() || message.hasGame()
                || message.hasStory();
        if (other || media.isEmpty() && (text == null || text.isBlank())) {
            return UnsupportedContent.OTHER;
        }
        return UnsupportedContent.NONE;
    }
}
