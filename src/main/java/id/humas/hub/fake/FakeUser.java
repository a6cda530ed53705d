package id.humas.hub.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A simulated Telegram user. Every action enqueues one Update (an album: one per item) for the bot's
 * getUpdates and returns what was sent.
 *
 * <p>By default actions happen in the user's private chat with the bot (chat id == user id);
 * {@link #in(FakeChat)} returns a view of the same user acting in a group.
 */
public final class FakeUser {
    private final FakeTelegram fake;
    private final long id;
    private final String firstName;
    private final String username;
    private final FakeChat chat;

    FakeUser(FakeTelegram fake, long id, String firstName, String username, FakeChat chat) {
        this.fake = fake;
        this.id = id;
        this.firstName = firstName;
        this.username = username;
        this.chat = chat;
    }

    public long id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    public String username() {
        return username;
    }

    /** The chat this view acts in (the private chat unless obtained via {@link #in(FakeChat)}). */
    public FakeChat chat() {
        return chat;
    }

    /** Chat id this view acts in. */
    public long chatId() {
        return chat.id();
    }

    /** The same user acting in the given group. */
    public FakeUser in(FakeChat group) {
        return new FakeUser(fake, id, firstName, username, Objects.requireNonNull(group));
    }

    /** The same user acting in the private chat. */
    public FakeUser inPrivate() {
        return fake.user(id);
    }

    /** The Bot API User object. */
    public ObjectNode json() {
        ObjectNode n = FakeTelegram.JSON.createObjectNode();
        n.put("id", id);
        n.put("is_bot", false);
        n.put("first_name", firstName);
        if (username != null) {
            n.put("username", username);
        }
        n.put("language_code", "id");
        return n;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Sends a text message (a bot_command entity is added for "/commands", like Telegram does). */
    public UserMessage sends(String text) {
        return fake.userMessage(this, chat.id(), m -> putText(m, "text", "entities", text));
    }

    /** Sends a text message in a group. */
    public UserMessage sendsIn(FakeChat group, String text) {
        return in(group).sends(text);
    }

    /** Replies (reply_to_message) to a bot message, in that message's chat. */
    public UserMessage replies(SentMessage to, String text) {
        ObjectNode target = to.json();
        return fake.userMessage(this, to.chatId(), m -> {
            putText(m, "text", "entities", text);
            m.set("reply_to_message", FakeTelegram.withoutReply(target));
        });
    }

    /** Replies (reply_to_message) to a bot message with a photo and caption, in that message's chat. */
    public UserMessage repliesWithPhoto(SentMessage to, String fileId, String caption) {
        ObjectNode target = to.json();
        return fake.userMessage(this, to.chatId(), m -> {
            m.set("photo", photoSizes(fileId));
            putText(m, "caption", "caption_entities", caption);
            m.set("reply_to_message", FakeTelegram.withoutReply(target));
        });
    }

    /** Replies to an earlier message sent by a user, in that message's chat. */
    public UserMessage replies(UserMessage to, String text) {
        ObjectNode target = to.json();
        return fake.userMessage(this, to.chatId(), m -> {
            putText(m, "text", "entities", text);
            m.set("reply_to_message", FakeTelegram.withoutReply(target));
        });
    }

    /**
     * Sends a photo. Like Telegram, "photo" holds several sizes; the largest (last) one has {@code fileId},
     * the smaller ones {@code fileId + "_s"} and {@code fileId + "_m"}.
     */
    public UserMessage sendsPhoto(String fileId, String caption) {
        return fake.userMessage(this, chat.id(), m -> {
            m.set("photo", photoSizes(fileId));
            putText(m, "caption", "caption_entities", caption);
        });
    }

    public UserMessage sendsVideo(String fileId, String caption) {
        return fake.userMessage(this, chat.id(), m -> {
            m.set("video", video(fileId));
            putText(m, "caption", "caption_entities", caption);
        });
    }

    public UserMessage sendsDocument(String fileId, String fileName, String caption) {
        return fake.userMessage(this, chat.id(), m -> {
            ObjectNode d = m.putObject("document");
            d.put("file_id", fileId);
            d.put("file_unique_id", FakeTelegram.uniqueId(fileId));
            d.put("file_name", fileName);
            d.put("mime_type", FakeTelegram.mimeType(fileName));
            d.put("file_size", 24_576);
            fake.knowFile(fileId, "document");
            putText(m, "caption", "caption_entities", caption);
        });
    }

    /** Sends an album: one update per photo, all with the same media_group_id, the caption on the first only. */
    public List<UserMessage> sendsAlbum(List<String> photoFileIds, String caption) {
        if (photoFileIds.size() < 2 || photoFileIds.size() > 10) {
            throw new IllegalArgumentException("an album has 2..10 items");
        }
        List<Consumer<ObjectNode>> items = new ArrayList<>();
        for (int i = 0; i < photoFileIds.size(); i++) {
            String fileId = photoFileIds.get(i);
            boolean first = i == 0;
            items.add(m -> {
                m.set("photo", photoSizes(fileId));
                if (first) {
                    putText(m, "caption", "caption_entities", caption);
                }
            });
        }
        return fake.userAlbum(this, chat.id(), items);
    }

    public UserMessage sendsSticker(String fileId) {
        return fake.userMessage(this, chat.id(), m -> {
            ObjectNode s = m.putObject("sticker");
            s.put("file_id", fileId);
            s.put("file_unique_id", FakeTelegram.uniqueId(fileId));
            s.put("type", "regular");
            s.put("width", 512);
            s.put("height", 512);
            s.put("is_animated", false);
            s.put("is_video", false);
            s.put("emoji", "\uD83D\uDC4D");
            s.put("file_size", 20_480);
            fake.knowFile(fileId, "sticker");
        });
    }

    public UserMessage sendsLocation(double latitude, double longitude) {
        return fake.userMessage(this, chat.id(), m -> {
            ObjectNode l = m.putObject("location");
            l.put("latitude", latitude);
            l.put("longitude", longitude);
        });
    }

    /** Sends somebody's contact card (no user_id). */
    public UserMessage sendsContact(String phoneNumber, String firstName) {
        return fake.userMessage(this, chat.id(), m -> {
            ObjectNode c = m.putObject("contact");
            c.put("phone_number", phoneNumber);
            c.put("first_name", firstName);
        });
    }

    /** Sends a contact card of somebody else. */
    public UserMessage sendsContact() {
        return sendsContact("+6281234567890", "Kontak");
    }

    /** Sends a regular, anonymous poll. */
    public UserMessage sendsPoll(String question, String... options) {
        return sendsPoll(question, List.of(options));
    }

    /** Sends a seven-second voice note. */
    public UserMessage sendsVoice() {
        return sendsVoice("voice-" + id + "-" + System.nanoTime(), 7);
    }

    /** Sends the contact card of another Telegram user: contact {phone_number, first_name, user_id}. */
    public UserMessage sendsContact(String phoneNumber, String firstName, long userId) {
        return fake.userMessage(this, chat.id(), m -> {
            ObjectNode c = m.putObject("contact");
            c.put("phone_number", phoneNumber);
            c.put("first_name", firstName);
            c.put("user_id", userId);
        });
    }

    /**
     * Sends a new regular, anonymous, single-answer poll with no votes yet: poll {id, question, options [{text,
     * voter_count}], total_voter_count, is_closed, is_anonymous, type, allows_multiple_answers}.
     */
    public UserMessage sendsPoll(String question, List<String> options) {
        if (question == null || question.isEmpty() || question.length() > 300) {
            throw new IllegalArgumentException("a poll question has 1..300 characters");
        }
        if (options.size() < 2 || options.size() > 12) {
            throw new IllegalArgumentException("a poll has 2..12 options");
        }
        String pollId = fake.nextPollId();
        return fake.userMessage(this, chat.id(), m -> {
            ObjectNode p = m.putObject("poll");
            p.put("id", pollId);
            p.put("question", question);
            ArrayNode list = p.putArray("options");
            for (String option : options) {
                list.addObject().put("text", option).put("voter_count", 0);
            }
            p.put("total_voter_count", 0);
            p.put("is_closed", false);
            p.put("is_anonymous", true);
            p.put("type", "regular");
            p.put("allows_multiple_answers", false);
        });
    }

    /** Sends a voice note: voice {file_id, file_unique_id, duration, mime_type "audio/ogg", file_size}. */
    public UserMessage sendsVoice(String fileId, int durationSeconds) {
        return fake.userMessage(this, chat.id(), m -> {
            ObjectNode v = m.putObject("voice");
            v.put("file_id", fileId);
            v.put("file_unique_id", FakeTelegram.uniqueId(fileId));
            v.put("duration", durationSeconds);
            v.put("mime_type", "audio/ogg");
            v.put("file_size", 4_000 * Math.max(1, durationSeconds));
            fake.knowFile(fileId, "voice");
        });
    }

    /** Shares the user's own contact (as via a request_contact keyboard button): contact.user_id == from.id. */
    public UserMessage sharesOwnContact(String phoneNumber) {
        return fake.userMessage(this, chat.id(), m -> {
            ObjectNode c = m.putObject("contact");
            c.put("phone_number", phoneNumber);
            c.put("first_name", firstName);
            c.put("user_id", id);
        });
    }

    /**
     * Sends any message: the customizer gets the Message object with message_id, from, chat and date already set
     * and adds whatever content it wants (e.g. "voice", "poll", "forward_origin").
     */
    public UserMessage sendsCustom(Consumer<ObjectNode> customizer) {
        return fake.userMessage(this, chat.id(), customizer);
    }

    /** Edits an earlier text message of this user in this chat → an edited_message update. */
    public UserMessage editsMessage(int messageId, String newText) {
        return fake.userEdit(this, chat.id(), messageId, newText);
    }

    /** Edits the caption of an earlier photo, video, document or album part of this user → an edited_message. */
    public UserMessage editsCaption(int messageId, String newCaption) {
        return fake.userEditCaption(this, chat.id(), messageId, newCaption);
    }

    /**
     * Presses the inline button with this text on a bot message → a callback_query update carrying the button's
     * callback_data. Fails with an AssertionError listing the buttons if the message (in its current, possibly
     * edited state) has no such button.
     */
    public CallbackPress presses(SentMessage botMessage, String buttonText) {
        return fake.userPress(this, botMessage, buttonText, null);
    }

    /** Sends a callback_query with arbitrary (possibly forged) data for a bot message. */
    public CallbackPress pressesData(SentMessage botMessage, String rawData) {
        return fake.userPress(this, botMessage, null, rawData);
    }

    // ------------------------------------------------------------------------------------------------------------

    static void putText(ObjectNode m, String field, String entitiesField, String text) {
        if (text == null) {
            return;
        }
        m.put(field, text);
        ArrayNode entities = FakeTelegram.botCommandEntities(text);
        if (!entities.isEmpty()) {
            m.set(entitiesField, entities);
        }
    }

    private ArrayNode photoSizes(String fileId) {
        fake.knowFile(fileId, "photo");
        ArrayNode sizes = FakeTelegram.JSON.createArrayNode();
        sizes.add(photoSize(fileId + "_s", 90, 68, 1_234));
        sizes.add(photoSize(fileId + "_m", 320, 240, 15_678));
        sizes.add(photoSize(fileId, 1280, 960, 123_456));
        fake.knowFile(fileId + "_s", "photo");
        fake.knowFile(fileId + "_m", "photo");
        return sizes;
    }

    static ObjectNode photoSize(String fileId, int width, int height, int size) {
        ObjectNode p = FakeTelegram.JSON.createObjectNode();
        p.put("file_id", fileId);
        p.put("file_unique_id", FakeTelegram.uniqueId(fileId));
        p.put("width", width);
        p.put("height", height);
        p.put("file_size", size);
        return p;
    }

    private ObjectNode video(String fileId) {
        fake.knowFile(fileId, "video");
        ObjectNode v = FakeTelegram.JSON.createObjectNode();
        v.put("file_id", fileId);
        v.put("file_unique_id", FakeTelegram.uniqueId(fileId));
        v.put("width", 1280);
        v.put("height", 720);
        v.put("duration", 12);
        v.put("mime_type", "video/mp4");
        v.put("file_size", 2_345_678);
        return v;
    }

    @Override
    public String toString() {
        return "FakeUser{" + id + " " + firstName + (username != null ? " @" + username : "")
                + (chat.isPrivate() ? "" : " in " + chat.id()) + "}";
    }
}
