package id.humas.hub.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.humas.hub.system.TransactionScoped;
import org.springframework.stereotype.Component;

/**
 * Everything the bot says goes through here. Calls only write rows, in the caller's transaction, so a message
 * exists exactly when the change that caused it was committed; {@link OutboxSender} delivers them afterwards, by
 * priority: urgent cards (bundled messages), then answers (the default), then {@link #notice notices} and
 * broadcasts, then {@link #digest digests}. Texts and captions longer than Telegram accepts are split, never cut off.
 */
@Component
public class Outbox {

    static final int TEXT_LIMIT = 4096;
    static final int CAPTION_LIMIT = 1024;
    private static final int ALBUM_MAX = 10;
    static final Duration LEAVE_DELAY = Duration.ofSeconds(5);
    /** Refs of {@link #post posts}, whose outcome is announced. */
    static final String POST_PREFIX = "post:";

    private final OutboxMessages messages;
    private final Clock clock;
    private final OutboxSender sender;
    private final CallbackAnswers answers;
    private final ChatMigrations migrations;
    /** Whether the current transaction wrote a message for a group: the sender is woken once, after the commit. */
    private final TransactionScoped<boolean[]> groupWritten = new TransactionScoped<>();

    Outbox(OutboxMessages messages, Clock clock, OutboxSender sender, CallbackAnswers answers,
            ChatMigrations migrations) {
        this.messages = messages;
        this.clock = clock;
        this.answers = answers;
        this.sender = sender;
        this.migrations = migrations;
    }

    public void send(long chatId, String html) {
        send(chatId, html, null, null);
    }

    public void send(long chatId, String html, Keyboard keyboard) {
        send(chatId, html, keyboard, null);
    }

    /**
     * @param ref a key under which the Telegram message id is kept once sent (outbox_message.ref), so a later edit can find the message; the
     *            keyboard goes on the last piece when the text has to be split
     */
    public void send(long chatId, String html, Keyboard keyboard, String ref) {
        send(chatId, html, keyboard, ref, null);
    }

    /** @param bundle what the message belongs to, so a burst of them can be combined; may be null */
    public void send(long chatId, String html, Keyboard keyboard, String ref, Bundle bundle) {
        List<String> pieces = TextChunks.split(html, TEXT_LIMIT);
        SendPriority priority = bundle == null ? SendPriority.ANSWER : SendPriority.URGENT;
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = i == pieces.size() - 1;
            enqueue(new Outgoing.Text(chatId, pieces.get(i), last ? keyboard : null),
                    new OutboxMessages.Extras(last ? ref : null, bundle, null, null, priority, null));
        }
    }

    /**
     * A notice nobody asked for, e.g. to the team's group: it goes after urgent cards and answers, and notices of
     * one kind that wait together go as one message.
     */
    public void notice(long chatId, GroupNotice kind, String html) {
        notice(chatId, kind, html, null);
    }

    /** A notice, as above, written under {@code ref} so that {@link #hasWritten} tells it was already given. */
    public void notice(long chatId, GroupNotice kind, String html, String ref) {
        String key = kind == GroupNotice.REPORT ? null : "notice:" + kind.name();
        List<String> pieces = TextChunks.split(html, TEXT_LIMIT);
        for (int i = 0; i < pieces.size(); i++) {
            enqueue(new Outgoing.Text(chatId, pieces.get(i), null),
                    new OutboxMessages.Extras(i == 0 ? ref : null, null, null, null, SendPriority.NOTICE, key));
        }
    }

    /**
     * A digest: it goes last, and leaves part of a group's minute for urgent cards.
     *
     * @param keyboard goes on the last piece when the text has to be split; may be null
     */
    public void digest(long chatId, String html, Keyboard keyboard) {
        List<String> pieces = TextChunks.split(html, TEXT_LIMIT);
        for (int i = 0; i < pieces.size(); i++) {
            enqueue(new Outgoing.Text(chatId, pieces.get(i), i == pieces.size() - 1 ? keyboard : null),
                    new OutboxMessages.Extras(null, null, null, null, SendPriority.DIGEST, null));
        }
    }

    /**
     * A question answered by replying to it (Telegram's forced reply, selective): the reply finds its
     * {@link ReplyHandler} by {@code ref}. Mention the user who should answer in the text when asking in a group.
     *
     * @param replyTo the message the question is about, or null
     * @param placeholder shown in the empty reply box, at most 64 characters; may be null
     */
    public void ask(long chatId, String html, Integer replyTo, String placeholder, String ref) {
        enqueue(new Outgoing.ForcedReply(chatId, html, replyTo, placeholder),
                new OutboxMessages.Extras(ref, null, null, null, SendPriority.ANSWER, null));
    }

    /**
     * Whether a message was already written under this ref. An event listener may run twice for one event (after
     * a crash between its commit and the event's completion), so one that must speak once asks first.
     */
    public boolean hasWritten(String ref) {
        return messages.hasRef(ref);
    }

    /**
     * Deletes the messages that are done with (sent, or refused for good) and were written before {@code before};
     * for the retention job. Waiting messages are kept.
     *
     * @return how many were deleted
     */
    public int deleteSentBefore(Instant before) {
        return messages.deleteSentBefore(before);
    }

    /** Sends media by file_id: runs of compatible media as albums of up to ten, the rest one by one. */
    public void sendMedia(long chatId, List<MediaRef> media, String captionHtml) {
        sendMedia(chatId, media, captionHtml, null);
    }

    /** @param bundle what the media belong to, so a burst of them can be combined; may be null */
    public void sendMedia(long chatId, List<MediaRef> media, String captionHtml, Bundle bundle) {
        String caption = captionHtml == null ? "" : captionHtml;
        if (caption.length() > CAPTION_LIMIT) {
            send(chatId, caption, null, null, bundle);
            caption = "";
        }
        SendPriority priority = bundle == null ? SendPriority.ANSWER : SendPriority.URGENT;
        for (List<MediaRef> group : albumGroups(media)) {
            String groupCaption = caption.isEmpty() ? null : caption;
            enqueue(group.size() == 1
                    ? new Outgoing.Media(chatId, group.get(0), groupCaption)
                    : new Outgoing.Album(chatId, group, groupCaption),
                    new OutboxMessages.Extras(null, bundle, null, null, priority, null));
            caption = "";
        }
    }

    /**
     * A post whose outcome the caller needs (e.g. an item published to a channel): the text, or the media with the
     * text as caption, as {@link #sendMedia} sends them (albums stay albums; a text too long for a caption goes
     * first, as a message of its own). The first message is written under {@code ref} and, once Telegram has
     * answered it, announced as {@link PostDelivered} with its message id, or as {@link PostRefused} when Telegram
     * refuses it for good. Written once: a second call with the same ref writes nothing.
     *
     * @return false when a post under {@code ref} was written before
     */
    public boolean post(long chatId, List<MediaRef> media, String html, String ref) {
        String tracked = POST_PREFIX + ref;
        if (messages.hasRef(tracked)) {
            return false;
        }
        String caption = html == null ? "" : html;
        String firstRef = tracked;
        if (media.isEmpty() || caption.length() > CAPTION_LIMIT) {
            for (String piece : TextChunks.split(caption, TEXT_LIMIT)) {
                enqueue(new Outgoing.Text(chatId, piece, null),
                        new OutboxMessages.Extras(firstRef, null, null, null, SendPriority.ANSWER, null));
                firstRef = null;
            }
            caption = "";
        }
        for (List<MediaRef> group : albumGroups(media)) {
            String groupCaption = caption.isEmpty() ? null : caption;
            enqueue(group.size() == 1
                    ? new Outgoing.Media(chatId, group.get(0), groupCaption)
                    : new Outgoing.Album(chatId, group, groupCaption),
                    new OutboxMessages.Extras(firstRef, null, null, null, SendPriority.ANSWER, null));
            caption = "";
            firstRef = null;
        }
        return true;
    }

    /**
     * The same text to many chats, as fast as the global limit allows; when every one is delivered or refused, a
     * {@link BatchDelivered} event reports the outcome.
     *
     * @param batch names the batch in the event, e.g. {@code broadcast:7}; at most 100 characters
     */
    public void sendBatch(String batch, Collection<Long> chatIds, String html) {
        messages.newBatch(batch, clock.instant());
        List<String> pieces = TextChunks.split(html, TEXT_LIMIT);
        for (long chatId : chatIds) {
            for (String piece : pieces) {
                enqueue(new Outgoing.Text(chatId, piece, null),
                        new OutboxMessages.Extras(null, null, batch, null, SendPriority.NOTICE, null));
            }
        }
        if (chatIds.isEmpty()) {
            sender.reportIfDone(batch);
        }
    }

    /**
     * One photo or document with its caption to many chats, as {@link #sendBatch} sends a text: at the global rate,
     * reported by {@link BatchDelivered}. A caption too long for Telegram goes after the file as a text of its own.
     */
    public void sendBatchMedia(String batch, Collection<Long> chatIds, MediaRef media, String captionHtml) {
        messages.newBatch(batch, clock.instant());
        String caption = captionHtml == null ? "" : captionHtml;
        boolean fits = caption.length() <= CAPTION_LIMIT;
        List<String> pieces = fits || caption.isEmpty() ? List.of() : TextChunks.split(caption, TEXT_LIMIT);
        for (long chatId : chatIds) {
            enqueue(new Outgoing.Media(chatId, media, fits && !caption.isEmpty() ? caption : null),
                    new OutboxMessages.Extras(null, null, batch, null, SendPriority.NOTICE, null));
            for (String piece : pieces) {
                enqueue(new Outgoing.Text(chatId, piece, null),
                        new OutboxMessages.Extras(null, null, batch, null, SendPriority.NOTICE, null));
            }
        }
        if (chatIds.isEmpty()) {
            sender.reportIfDone(batch);
        }
    }

    /** Edits of one message that wait together collapse to the last one. */
    public void edit(long chatId, int messageId, String html, Keyboard keyboard) {
        String text = html.length() > TEXT_LIMIT ? TextChunks.split(html, TEXT_LIMIT).get(0) : html;
        enqueue(new Outgoing.EditText(chatId, messageId, text, keyboard),
                new OutboxMessages.Extras(null, null, null, null, SendPriority.ANSWER, "edit:" + messageId));
    }

    /**
     * A short notice at the top of the chat for the user who pressed a button. Answers go at once, by their own
     * sender: Telegram does not count them, and a pause or a full budget must not hold them back.
     */
    public void answer(IncomingCallback callback, String text) {
        enqueue(new Outgoing.CallbackAnswer(callback.callbackId(), text, false));
    }

    /** A dialog the user who pressed a button has to dismiss; used for refusals. */
    public void alert(IncomingCallback callback, String text) {
        enqueue(new Outgoing.CallbackAnswer(callback.callbackId(), text, true));
    }

    /**
     * Leaves a group, after {@link #LEAVE_DELAY}: when a group becomes a supergroup Telegram may announce the bot's
     * membership of the new chat before it says the chat is the old one under a new id, and the central group must
     * not be left by mistake. The sender does not leave the central group.
     */
    public void leave(long chatId) {
        enqueue(new Outgoing.Leave(chatId), new OutboxMessages.Extras(null, null, null,
                Instant.now().plus(LEAVE_DELAY), SendPriority.ANSWER, null));
    }

    void menu(Long scopeChatId, List<Outgoing.MenuEntry> commands) {
        enqueue(new Outgoing.Menu(scopeChatId, commands));
    }

    private static List<List<MediaRef>> albumGroups(List<MediaRef> media) {
        List<List<MediaRef>> groups = new ArrayList<>();
        List<MediaRef> current = new ArrayList<>();
        for (MediaRef item : media) {
            boolean fits = current.isEmpty()
                    || current.size() < ALBUM_MAX && current.get(0).kind().albumCompatibleWith(item.kind());
            if (!fits) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(item);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private void enqueue(Outgoing outgoing) {
        enqueue(outgoing, OutboxMessages.Extras.none());
    }

    private void enqueue(Outgoing requested, OutboxMessages.Extras extras) {
        long chatId = migrations.current(requested.chatId());
        Outgoing outgoing = chatId == requested.chatId() ? requested : requested.withChatId(chatId);
        messages.add(outgoing, extras, clock.instant());
        if (outgoing instanceof Outgoing.CallbackAnswer) {
            AfterCommit.run(answers::wake);
        } else {
            wakeSenderAfterCommit(outgoing.chatId() < 0);
        }
    }

    /**
     * Once per transaction, however many rows it writes: the sender looks at the outbox after the commit. A message
     * for a group (the central group) also tells the sender to look at once rather than finish its current round.
     */
    private void wakeSenderAfterCommit(boolean forGroup) {
        Optional<boolean[]> written = groupWritten.get();
        if (written.isPresent()) {
            written.get()[0] |= forGroup;
            return;
        }
        boolean[] first = {forGroup};
        if (groupWritten.set(first)) {
            AfterCommit.run(() -> sender.wake(first[0]));
        } else {
            sender.wake(forGroup);
        }
    }
}
