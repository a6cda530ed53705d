package id.humas.hub.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A message the bot produced: sendMessage, sendPhoto/Video/Document/Animation/Audio/Voice/Sticker/VideoNote,
 * each item of sendMediaGroup, forwardMessage and copyMessage. editMessageText / editMessageCaption /
 * editMessageReplyMarkup update it in place (the previous versions stay in {@link #editHistory()});
 * deleteMessage marks it {@link #deleted()}.
 *
 * <p>{@link #text()} is the text or caption exactly as the bot sent it (e.g. with HTML tags and {@code &amp;});
 * {@link #plainText()} is what the user sees (after entity parsing, as Telegram returns it).
 */
public final class SentMessage {

    /** An inline keyboard button. */
    public record Button(String text, String callbackData, String url) {
        @Override
        public String toString() {
            return "[" + text + (callbackData != null ? " -> " + callbackData : "") + (url != null ? " -> " + url : "")
                    + "]";
        }
    }

    /** One version of the message content. */
    public record Content(String text, String plainText, String parseMode, List<List<Button>> keyboard,
                          JsonNode replyMarkup, boolean forceReply, ObjectNode json, Instant at) {
    }

    private final long seq;
    private final long chatId;
    private final int messageId;
    private final String method;
    private final List<String> fileIds;
    private final String mediaGroupId;
    private final Integer replyToMessageId;
    private final Long sourceChatId;
    private final Integer sourceMessageId;
    private final Instant date;
    private volatile Content current;
    private final List<Content> history = new CopyOnWriteArrayList<>();
    private volatile boolean deleted;
    private volatile long lastChangeSeq;

    SentMessage(long seq, long chatId, int messageId, String method, List<String> fileIds, String mediaGroupId,
                Integer replyToMessageId, Long sourceChatId, Integer sourceMessageId, Content content) {
        this.seq = seq;
        this.chatId = chatId;
        this.messageId = messageId;
        this.method = method;
        this.fileIds = List.copyOf(fileIds);
        this.mediaGroupId = mediaGroupId;
        this.replyToMessageId = replyToMessageId;
        this.sourceChatId = sourceChatId;
        this.sourceMessageId = sourceMessageId;
        this.date = content.at();
        this.current = content;
        this.lastChangeSeq = seq;
    }

    void touch(long changeSeq) {
        this.lastChangeSeq = changeSeq;
    }

    void edit(Content newContent) {
        history.add(current);
        current = newContent;
    }

    void markDeleted() {
        deleted = true;
    }

    Content content() {
        return current;
    }

    /** Global order in which the fake recorded the message. */
    public long seq() {
        return seq;
    }

    /** Sequence number of the last change (creation, edit or deletion); compare with {@link FakeTelegram#checkpoint()}. */
    public long lastChangeSeq() {
        return lastChangeSeq;
    }

    public long chatId() {
        return chatId;
    }

    public int messageId() {
        return messageId;
    }

    /** The method that created it, e.g. "sendMessage", "sendPhoto", "sendMediaGroup", "copyMessage". */
    public String method() {
        return method;
    }

    /** Current text (or caption) as the bot sent it, null for media without caption. */
    public String text() {
        return current.text();
    }

    /** Current visible text (or caption) after entity parsing. */
    public String plainText() {
        return current.plainText();
    }

    /** Alias of {@link #text()} for media messages. */
    public String caption() {
        return current.text();
    }

    public String parseMode() {
        return current.parseMode();
    }

    /** Current inline keyboard (rows of buttons); empty when there is none. */
    public List<List<Button>> keyboard() {
        return current.keyboard();
    }

    /** All inline buttons, row by row. */
    public List<Button> buttons() {
        return current.keyboard().stream().flatMap(List::stream).collect(Collectors.toList());
    }

    public Optional<Button> button(String text) {
        return buttons().stream().filter(b -> b.text().equals(text)).findFirst();
    }

    public boolean hasButton(String text) {
        return button(text).isPresent();
    }

    public List<String> buttonTexts() {
        return buttons().stream().map(Button::text).collect(Collectors.toList());
    }

    /** The reply_markup exactly as sent (inline keyboard, reply keyboard, force_reply, remove_keyboard), or null. */
    public JsonNode replyMarkup() {
        return current.replyMarkup() == null ? null : current.replyMarkup().deepCopy();
    }

    public boolean forceReply() {
        return current.forceReply();
    }

    /** File ids of the media (photo/video/document/...); generated ids for uploads. Empty for text. */
    public List<String> fileIds() {
        return fileIds;
    }

    /** The first file id or null. */
    public String fileId() {
        return fileIds.isEmpty() ? null : fileIds.get(0);
    }

    public String mediaGroupId() {
        return mediaGroupId;
    }

    public Integer replyToMessageId() {
        return replyToMessageId;
    }

    /** For forwardMessage/copyMessage: the source chat, else null. */
    public Long sourceChatId() {
        return sourceChatId;
    }

    /** For forwardMessage/copyMessage: the source message id, else null. */
    public Integer sourceMessageId() {
        return sourceMessageId;
    }

    /**
     * When the fake received the call that created it (the same instant as that call's {@link RecordedCall#at()});
     * compare with {@link UserMessage#enqueuedAt()} for the bot's latency. Each edit's instant is in
     * {@link Content#at()}.
     */
    public Instant date() {
        return date;
    }

    public boolean isEdited() {
        return !history.isEmpty();
    }

    /** Previous versions, oldest first (the current one is not included). */
    public List<Content> editHistory() {
        return List.copyOf(history);
    }

    public boolean deleted() {
        return deleted;
    }

    /** The current Message object as Telegram would return it (a copy). */
    public ObjectNode json() {
        return current.json().deepCopy();
    }

    /** True if the raw text or the visible text contains the given string. */
    public boolean contains(String s) {
        Content c = current;
        return (c.text() != null && c.text().contains(s)) || (c.plainText() != null && c.plainText().contains(s));
    }

    @Override
    public String toString() {
        Content c = current;
        List<String> parts = new ArrayList<>();
        parts.add(method + " #" + messageId + " to " + chatId);
        if (c.text() != null) {
            parts.add("text=\"" + abbreviate(c.text()) + "\"");
        }
        if (c.parseMode() != null) {
            parts.add("parse_mode=" + c.parseMode());
        }
        if (!fileIds.isEmpty()) {
            parts.add("files=" + fileIds);
        }
        if (!c.keyboard().isEmpty()) {
            parts.add("keyboard=" + c.keyboard());
        }
        if (c.forceReply()) {
            parts.add("force_reply");
        }
        if (mediaGroupId != null) {
            parts.add("media_group=" + mediaGroupId);
        }
        if (!history.isEmpty()) {
            parts.add("edited x" + history.size());
        }
        if (deleted) {
            parts.add("DELETED");
        }
        return String.join(" ", parts);
    }

    private static String abbreviate(String s) {
        String oneLine = s.replace("\n", "\\n");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…(" + s.length() + " chars)" : oneLine;
    }
}
