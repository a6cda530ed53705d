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

    static Sender sender(User user) {
        return new Sender(user.getId(), user.getFirstName(), user.getLastName(), user.getUserName());
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
        boolean unsupported = media.isEmpty() && (text == null || text.isBlank());
        return new IncomingMessage(
                updateId,
                message.getChatId(),
                message.isUserMessage() ? ChatKind.PRIVATE : ChatKind.GROUP,
                message.getMessageId(),
                sender(message.getFrom()),
                text,
                media,
                message.getMediaGroupId(),
                unsupported,
                message.getReplyToMessage() == null ? null : message.getReplyToMessage().getMessageId());
    }

    /** The parts of one album as a single message: all media, the caption that was given, the first id. */
    static IncomingMessage album(List<IncomingMessage> parts) {
        IncomingMessage first = parts.get(0);
        List<MediaRef> media = parts.stream().flatMap(part -> part.media().stream()).toList();
        String caption = parts.stream().map(IncomingMessage::text).filter(text -> !text.isBlank())
                .findFirst().orElse("");
        return new IncomingMessage(first.updateId(), first.chatId(), first.chatKind(), first.messageId(),
                first.from(), caption, media, first.mediaGroupId(), media.isEmpty() && caption.isBlank(),
                first.replyToMessageId());
    }
}
