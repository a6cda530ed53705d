package id.humas.hub.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.methods.send.SendAnimation;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaGroup;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendVideo;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.media.InputMedia;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaDocument;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaVideo;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * One Bot API call waiting in the outbox, stored as JSON. Each row is exactly one call to Telegram, and each kind
 * knows how to make its call.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Outgoing.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Outgoing.ForcedReply.class, name = "forced-reply"),
        @JsonSubTypes.Type(value = Outgoing.Media.class, name = "media"),
        @JsonSubTypes.Type(value = Outgoing.Album.class, name = "album"),
        @JsonSubTypes.Type(value = Outgoing.EditText.class, name = "edit"),
        @JsonSubTypes.Type(value = Outgoing.CallbackAnswer.class, name = "answer"),
        @JsonSubTypes.Type(value = Outgoing.Menu.class, name = "menu"),
        @JsonSubTypes.Type(value = Outgoing.Leave.class, name = "leave")})
sealed interface Outgoing {

    Duration ANSWER_TIMEOUT = Duration.ofSeconds(40);

    /** The chat the call concerns; 0 for calls not bound to a chat (callback answers, menus). */
    long chatId();

    /** @return the id of the (first) message Telegram created, or null when the call creates none */
    Integer execute(TelegramClient client) throws TelegramApiException;

    /** How many messages the call creates, which is what Telegram's limits count. */
    default int messages() {
        return 1;
    }

    /**
     * How many messages the call counts against Telegram's limits: what it creates, and an edit as one (in a group
     * edits share the limit with sends).
     */
    default int counted() {
        return messages();
    }

    /** The same call for a chat that has a new id (a group that became a supergroup). */
    Outgoing withChatId(long newChatId);

    record Text(long chatId, String html, Keyboard keyboard) implements Outgoing {
        @Override
        public Outgoing withChatId(long newChatId) {
            return new Text(newChatId, html, keyboard);
        }

        @Override
        public Integer execute(TelegramClient client) throws TelegramApiException {
            return awaited(client.executeAsync(SendMessage.builder()
                    .chatId(chatId)
                    .text(html)
                    .parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .replyMarkup(markup(keyboard))
                    .build())).getMessageId();
        }
    }

    /**
     * A question the user answers by replying: Telegram opens the reply box at once. Selective, so in a group it
     * opens only for the users mentioned in the text and the author of the message it replies to.
     *
     * @param replyTo the message it replies to, or null; it is sent even when that message is gone
     */
    record ForcedReply(long chatId, String html, Integer replyTo, String placeholder) implements Outgoing {
        @Override
        public Outgoing withChatId(long newChatId) {
            return new ForcedReply(newChatId, html, replyTo, placeholder);
        }

        @Override
        public Integer execute(TelegramClient client) throws TelegramApiException {
            return awaited(client.executeAsync(SendMessage.builder()
                    .chatId(chatId)
                    .text(html)
                    .parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .replyParameters(replyTo == null ? null : ReplyParameters.builder().messageId(replyTo)
                            .allowSendingWithoutReply(true).build())
                    .replyMarkup(ForceReplyKeyboard.builder().forceReply(true).selective(true)
                            .inputFieldPlaceholder(placeholder).build())
                    .build())).getMessageId();
        }
    }

    record Media(long chatId, MediaRef media, String captionHtml) implements Outgoing {
        @Override
        public Outgoing withChatId(long newChatId) {
            return new Media(newChatId, media, captionHtml);
        }

        @Override
        public Integer execute(TelegramClient client) throws TelegramApiException {
            String chat = String.valueOf(chatId);
            InputFile file = new InputFile(media.fileId());
            String parseMode = captionHtml == null ? null : ParseMode.HTML;
            Message sent = switch (media.kind()) {
                case PHOTO -> awaited(client.executeAsync(SendPhoto.builder().chatId(chat).photo(file)
                        .caption(captionHtml).parseMode(parseMode).build()));
                case VIDEO -> awaited(client.executeAsync(SendVideo.builder().chatId(chat).video(file)
                        .caption(captionHtml).parseMode(parseMode).build()));
                case DOCUMENT -> awaited(client.executeAsync(SendDocument.builder().chatId(chat).document(file)
                        .caption(captionHtml).parseMode(parseMode).build()));
                case ANIMATION -> awaited(client.executeAsync(SendAnimation.builder().chatId(chat).animation(file)
                        .caption(captionHtml).parseMode(parseMode).build()));
            };
            return sent.getMessageId();
        }
    }

    /** @param captionHtml shown under the album (on its first item), or null */
    record Album(long chatId, List<MediaRef> media, String captionHtml) implements Outgoing {
        @Override
        public int messages() {
            return media.size();
        }

        @Override
        public Outgoing withChatId(long newChatId) {
            return new Album(newChatId, media, captionHtml);
        }

        @Override
        public Integer execute(TelegramClient client) throws TelegramApiException {
            List<InputMedia> items = media.stream().map(Outgoing::inputMedia).toList();
            if (captionHtml != null) {
                items.get(0).setCaption(captionHtml);
                items.get(0).setParseMode(ParseMode.HTML);
            }
            List<Message> sent = awaited(client.executeAsync(SendMediaGroup.builder()
                    .chatId(chatId)
                    .medias(items)
                    .build()));
            return sent.isEmpty() ? null : sent.get(0).getMessageId();
        }
    }

    record EditText(long chatId, int messageId, String html, Keyboard keyboard) implements Outgoing {
        @Override
        public int messages() {
            return 0;
        }

        @Override
        public int counted() {
            return 1;
        }

        @Override
        public Outgoing withChatId(long newChatId) {
            return new EditText(newChatId, messageId, html, keyboard);
        }

        @Override
        public Integer execute(TelegramClient client) throws TelegramApiException {
            awaited(client.executeAsync(EditMessageText.builder()
                    .chatId(chatId)
                    .messageId(messageId)
                    .text(html)
                    .parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .replyMarkup(markup(keyboard))
                    .build()));
            return messageId;
        }
    }

    /** A call that concerns no chat and creates no message: Telegram's limits and chat moves do not apply. */
    sealed interface Chatless extends Outgoing permits CallbackAnswer, Menu {
        @Override
        default long chatId() {
            return 0;
        }

        @Override
        default int messages() {
            return 0;
        }

        @Override
        default Outgoing withChatId(long newChatId) {
            return this;
        }
    }

    record CallbackAnswer(String callbackId, String text, boolean alert) implements Chatless {
        @Override
        public Integer execute(TelegramClient client) throws TelegramApiException {
            awaited(client.executeAsync(AnswerCallbackQuery.builder()
                    .callbackQueryId(callbackId)
                    .text(text)
                    .showAlert(alert)
                    .build()));
            return null;
        }
    }

    /** @param scopeChatId the chat the menu is for, or null for all private chats */
    record Menu(Long scopeChatId, List<MenuEntry> commands) implements Chatless {
        @Override
        public Integer execute(TelegramClient client) throws TelegramApiException {
            awaited(client.executeAsync(SetMyCommands.builder()
                    .commands(commands.stream()
                            .map(entry -> new BotCommand(entry.command(), entry.description()))
                            .toList())
                    .scope(scopeChatId == null
                            ? new BotCommandScopeAllPrivateChats()
                            : new BotCommandScopeChat(String.valueOf(scopeChatId)))
                    .build()));
            return null;
        }
    }

    record MenuEntry(String command, String description) {
    }

    record Leave(long chatId) implements Outgoing {
        @Override
        public int messages() {
            return 0;
        }

        @Override
        public Outgoing withChatId(long newChatId) {
            return new Leave(newChatId);
        }

        @Override
        public Integer execute(TelegramClient client) throws TelegramApiException {
            awaited(client.executeAsync(LeaveChat.builder().chatId(chatId).build()));
            return null;
        }
    }

    /**
     * Waits for Telegram's answer, at most {@link #ANSWER_TIMEOUT}. TelegramBots' blocking execute never returns
     * when a connection breaks while the answer's body is read; a call that is not answered in time counts as a
     * network failure (its outcome unknown) and is retried.
     */
    private static <T> T awaited(CompletableFuture<T> answer) throws TelegramApiException {
        try {
            return answer.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof TelegramApiException) {
                throw (TelegramApiException) failed.getCause();
            }
            throw new TelegramApiException("call failed: " + failed.getCause(), failed.getCause());
        } catch (TimeoutException noAnswer) {
            answer.cancel(true);
            throw new TelegramApiException("no answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TelegramApiException("interrupted while waiting for Telegram", interrupted);
        }
    }

    private static InputMedia inputMedia(MediaRef media) {
        return switch (media.kind()) {
            case VIDEO -> new InputMediaVideo(media.fileId());
            case DOCUMENT -> new InputMediaDocument(media.fileId());
            default -> new InputMediaPhoto(media.fileId());
        };
    }

    private static InlineKeyboardMarkup markup(Keyboard keyboard) {
        if (keyboard == null) {
            return null;
        }
        return InlineKeyboardMarkup.builder()
                .keyboard(keyboard.rows().stream()
                        .map(row -> new InlineKeyboardRow(row.stream()
                                .map(button -> InlineKeyboardButton.builder()
                                        .text(button.text())
                                        .callbackData(button.callbackData())
                                        .build())
                                .toList()))
                        .toList())
                .build();
    }
}
