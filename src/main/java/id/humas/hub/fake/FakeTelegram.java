package id.humas.hub.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A faithful Telegram Bot API test double on top of OkHttp's MockWebServer.
 *
 * <p>Point the bot at {@link #apiUrl()}; requests arrive at {@code /bot{token}/{method}} exactly as the real
 * TelegramBots client ({@code OkHttpTelegramClient}, long-polling {@code BotSession}) sends them: JSON bodies for
 * plain methods, multipart/form-data for media methods. Simulated users ({@link #user(long, String)}) enqueue
 * Updates that the bot fetches with getUpdates (long polling, woken immediately when an update arrives); everything
 * the bot sends is validated like Telegram does (HTML/MarkdownV2 parsing, length limits, callback_data size,
 * album size, edit rules, ...) and recorded as {@link SentMessage}s and {@link RecordedCall}s.
 *
 * <p>Telegram under load and faults: {@link #enforceFloodLimits flood limits} as sliding windows with 429 answers,
 * bans and counters ({@link #tooManyRequestsAnswers()}, {@link #prematureRetries()},
 * {@link #messagesDeliveredTo}); forced floods ({@link #rateLimit}, {@link #floodGlobally}); API errors
 * ({@link #failNext}); connection faults ({@link #dropNextResponse}, {@link #disconnectNext}, {@link #delayNext},
 * {@link #truncateNextResponse}); and a basic group's {@link #migrateToSupergroup upgrade}.
 *
 * <p>All state is guarded by one lock, so the bot may call from many threads at once.
 */
public class FakeTelegram implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    /** User id of the bot itself. */
    public static final long BOT_ID = 1000L;

    private static final Logger log = LoggerFactory.getLogger(FakeTelegram.class);

    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply "
            + "markup are exactly the same as a current content and reply markup of the message";

    /** Multipart/form fields whose value is JSON. */
    private static final Set<String> JSON_FIELDS = Set.of("reply_markup", "media", "entities", "caption_entities",
            "reply_parameters", "link_preview_options", "commands", "scope", "allowed_updates", "message_ids",
            "menu_button", "rights", "reaction");

    /** Media-sending method -> its file field. */
    private static final Map<String, String> MEDIA_METHODS = Map.of(
            "sendPhoto", "photo", "sendVideo", "video", "sendDocument", "document", "sendAnimation", "animation",
            "sendAudio", "audio", "sendVoice", "voice", "sendSticker", "sticker", "sendVideoNote", "video_note");

    /** Methods answered with plain {@code true} and nothing else. */
    private static final Set<String> TRIVIAL_TRUE = Set.of("setMyDescription", "setMyShortDescription", "setMyName",
            "setChatMenuButton", "setMyDefaultAdministratorRights", "pinChatMessage", "unpinChatMessage",
            "unpinAllChatMessages", "setMessageReaction");

    private static final Set<String> SUPPORTED = new LinkedHashSet<>(List.of("getMe", "getUpdates", "deleteWebhook",
            "getWebhookInfo", "setWebhook", "sendMessage", "sendPhoto", "sendVideo", "sendDocument", "sendAnimation", "sendAudio",
            "sendVoice", "sendSticker", "sendVideoNote", "sendMediaGroup", "sendChatAction", "forwardMessage",
            "copyMessage", "editMessageText", "editMessageCaption", "editMessageReplyMarkup", "deleteMessage",
            "answerCallbackQuery", "setMyCommands", "deleteMyCommands", "getMyCommands", "leaveChat", "getChat",
            "getChatMember", "getChatAdministrators", "getChatMemberCount", "getFile"));

    static {
        SUPPORTED.addAll(TRIVIAL_TRUE);
    }

    private static final Map<String, String> METHODS_BY_LOWER_NAME = SUPPORTED.stream()
            .collect(Collectors.toMap(m -> m.toLowerCase(Locale.ROOT), m -> m));

    /** Methods that write into a chat: blocked/left chats answer 403 for them. */
    private static final Set<String> CHAT_WRITE_METHODS = new HashSet<>(List.of("sendMessage", "sendMediaGroup",
            "sendChatAction", "forwardMessage", "copyMessage", "editMessageText", "editMessageCaption",
            "editMessageReplyMarkup"));

    static {
        CHAT_WRITE_METHODS.addAll(MEDIA_METHODS.keySet());
    }

    /** Update types Telegram does not deliver unless explicitly listed in allowed_updates. */
    private static final Set<String> NOT_DELIVERED_BY_DEFAULT =
            Set.of("chat_member", "message_reaction", "message_reaction_count");

    private static final Set<String> CONTENT_FIELDS = Set.of("text", "entities", "caption", "caption_entities",
            "photo", "video", "document", "animation", "audio", "voice", "sticker", "video_note", "location",
            "contact", "venue", "poll", "dice");

    private static final Pattern CD_NAME = Pattern.compile(";\\s*name=\"([^\"]*)\"");
    private static final Pattern CD_FILENAME = Pattern.compile(";\\s*filename=\"([^\"]*)\"");
    private static final Pattern BOT_COMMAND = Pattern.compile("[a-z0-9_]{1,32}");

    // ------------------------------------------------------------------------------------------------------------

    private final String token;
    private final MockWebServer server = new MockWebServer();
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when an update is enqueued, a new getUpdates arrives, or the fake closes. */
    private final Condition changed = lock.newCondition();
    private final Map<String, Long> callCounts = new ConcurrentHashMap<>();

    private volatile Duration maxLongPollWait = Duration.ofSeconds(1);
    private volatile Duration awaitTimeout = Duration.ofSeconds(10);
    private volatile String botUsername = "humas_test_bot";
    private volatile String botFirstName = "Humas Test Bot";
    private volatile boolean strictHtmlEntities = true;
    private volatile boolean requireKnownChats = false;
    private volatile boolean privacyMode = false;
    private volatile boolean strictFileIds = false;
    private volatile boolean emulateGetUpdatesConflict = true;
    private volatile boolean recording = true;
    private volatile LongSupplier nanoClock = System::nanoTime;

    // ---- guarded by lock ----
    private boolean started;
    private boolean closed;
    private int nextUpdateId = 1;
    private final Deque<PendingUpdate> pending = new ArrayDeque<>();
    private int confirmedUpTo;
    private int lastDeliveredUpdateId;
    private Set<String> allowedUpdates = Set.of();
    private long getUpdatesCalls;
    private Instant lastPollAt;
    private int activePolls;
    private Object currentPoll;
    private long getUpdatesConflicts;
    private final Map<Long, Integer> lastMessageIds = new HashMap<>();
    /** Webhook mode: set by setWebhook, delivering {@link #pending} updates by HTTP POST. */
    private final FakeWebhook webhook = new FakeWebhook(new WebhookQueue());
    private final Map<Long, FakeUser> users = new LinkedHashMap<>();
    private final Map<Long, FakeChat> chats = new HashMap<>();
    private final Map<MsgKey, ObjectNode> userMessages = bounded();
    private final Map<MsgKey, SentMessage> botMessages = bounded();
    private final Set<Long> startedPrivateChats = new HashSet<>();
    private final List<SentMessage> recordedMessages = new ArrayList<>();
    private final List<RecordedCall> recordedCalls = new ArrayList<>();
    private final Map<String, CallbackInfo> callbackQueries = bounded();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final FloodControl flood = new FloodControl();
    private final Map<String, Deque<NetworkFault>> networkFaults = new HashMap<>();
    private final Map<Long, Long> migratedTo = new HashMap<>();
    /** When the call being handled arrived; the instant of the messages it creates or edits. */
    private Instant callReceivedAt;
    private final Set<Long> blocked = new HashSet<>();
    private final Set<Long> leftChats = new HashSet<>();
    private final Map<MsgKey, String> memberStatuses = new HashMap<>();
    /** Channels where the bot is an administrator allowed to post messages. */
    private final Set<Long> channelsBotMayPostIn = new HashSet<>();
    private final Map<String, KnownFile> files = bounded();
    private final Map<String, JsonNode> commands = new TreeMap<>();
    private long seq;
    private long fileCounter;
    private long callbackCounter;
    private long mediaGroupCounter;
    private long pollCounter;

    /** Messages, callback queries and files kept for lookups; the oldest are forgotten beyond this. */
    private static final int MAX_STORED = 50_000;

    private static <K, V> Map<K, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > MAX_STORED;
            }
        };
    }

    private record MsgKey(long chatId, long id) {
    }

    private record PendingUpdate(int id, String type, ObjectNode json) {
    }

    private record Fault(int status, String description) {
    }

    /** What happens to the connection of one call: see {@link #dropNextResponse} and its siblings. */
    private record NetworkFault(Kind kind, Duration delay) {
        enum Kind { DROP_RESPONSE, DISCONNECT, DELAY, TRUNCATE }
    }

    private record KnownFile(String type, String fileName, byte[] bytes) {
    }

    private static final class CallbackInfo {
        final long chatId;
        final int messageId;
        boolean answered;

        CallbackInfo(long chatId, int messageId) {
            this.chatId = chatId;
            this.messageId = messageId;
        }
    }

    private record Params(ObjectNode fields, Map<String, byte[]> uploads) {
    }

    private record Markup(JsonNode raw, JsonNode inlineKeyboard, List<List<SentMessage.Button>> keyboard,
                          boolean forceReply) {
        static final Markup NONE = new Markup(null, null, List.of(), false);
    }

    /** An API error answered to the bot. */
    private static final class ApiError extends RuntimeException {
        final int status;
        final ObjectNode parameters;

        ApiError(int status, String description, Integer retryAfter) {
            this(retryAfter == null ? null : JSON.createObjectNode().put("retry_after", retryAfter), status,
                    description);
        }

        private ApiError(ObjectNode parameters, int status, String description) {
            super(description, null, false, false);
            this.status = status;
            this.parameters = parameters;
        }

        static ApiError migrated(long newChatId) {
            return new ApiError(JSON.createObjectNode().put("migrate_to_chat_id", newChatId), 400,
                    "Bad Request: group chat was upgraded to a supergroup chat");
        }

        ObjectNode json() {
            ObjectNode n = errorJson(status, getMessage(), null);
            if (parameters != null) {
                n.set("parameters", parameters.deepCopy());
            }
            return n;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // lifecycle
    // ------------------------------------------------------------------------------------------------------------

    public FakeTelegram(String token) {
        this.token = Objects.requireNonNull(token);
    }

    /** Starts on a free port of 127.0.0.1. */
    public FakeTelegram start() {
        return start(0);
    }

    /** Starts on the given port of 127.0.0.1 (0 = any free port). */
    public FakeTelegram start(int port) {
        lock.lock();
        try {
            if (started) {
                throw new IllegalStateException("already started");
            }
            started = true;
        } finally {
            lock.unlock();
        }
        server.setDispatcher(new Handler());
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        try {
            server.start(InetAddress.getByName("127.0.0.1"), port);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start FakeTelegram on port " + port, e);
        }
        log.debug("FakeTelegram listening on {}", apiUrl());
        return this;
    }

    /** Stops the server; pending long polls return at once. Idempotent. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        webhook.close();
        try {
            server.shutdown();
        } catch (IOException e) {
            log.warn("FakeTelegram shutdown: {}", e.toString());
        }
    }

    /** E.g. {@code http://127.0.0.1:PORT}; the bot calls {@code apiUrl() + "/bot" + token + "/" + method}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public int port() {
        return server.getPort();
    }

    public String token() {
        return token;
    }

    /**
     * Accepts connections with TCP_NODELAY: MockWebServer writes a response in several small writes, and Nagle's
     * algorithm against the client's delayed ACK would otherwise hold every answer back for about 40 ms.
     */
    private static final class NoDelayServerSocketFactory extends javax.net.ServerSocketFactory {
        @Override
        public java.net.ServerSocket createServerSocket() throws IOException {
            return new java.net.ServerSocket() {
                @Override
                public java.net.Socket accept() throws IOException {
                    java.net.Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port, int backlog) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port, int backlog, InetAddress address)
                throws IOException {
            throw new UnsupportedOperationException();
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // configuration
    // ------------------------------------------------------------------------------------------------------------

    /** Longest time a getUpdates with timeout>0 is held open when no update is available (default 1 s). */
    public void setMaxLongPollWait(Duration maxLongPollWait) {
        this.maxLongPollWait = Objects.requireNonNull(maxLongPollWait);
    }

    /** Default timeout of the await* methods (default 10 s). */
    public void setDefaultAwaitTimeout(Duration timeout) {
        this.awaitTimeout = Objects.requireNonNull(timeout);
    }

    /** Username of the bot returned by getMe (default "humas_test_bot"). */
    public void setBotUsername(String botUsername) {
        this.botUsername = Objects.requireNonNull(botUsername);
    }

    public String botUsername() {
        return botUsername;
    }

    public void setBotFirstName(String botFirstName) {
        this.botFirstName = Objects.requireNonNull(botFirstName);
    }

    /**
     * true (default): in parse_mode HTML a bare '&amp;' that starts no valid entity is rejected with
     * "can't parse entities". false: like real Telegram, which keeps such an '&amp;' literally.
     */
    public void setStrictHtmlEntities(boolean strict) {
        this.strictHtmlEntities = strict;
    }

    /**
     * true: like Telegram, sending to a chat id the fake does not know (no {@link #user}/{@link #group}) answers
     * 400 "Bad Request: chat not found", and sending to a known user who never wrote to the bot in private answers
     * 403 "Forbidden: bot can't initiate conversation with a user". Default false (any chat id works).
     */
    public void setRequireKnownChats(boolean require) {
        this.requireKnownChats = require;
    }

    /**
     * true: sending a file_id the fake has never seen (not sent by a simulated user, not uploaded, not
     * {@link #registerFile registered}) answers 400 "wrong file identifier/HTTP URL specified". Default false.
     */
    public void setStrictFileIds(boolean strict) {
        this.strictFileIds = strict;
    }

    /**
     * true (default): like Telegram, a getUpdates arriving while another one is waiting terminates the older one
     * with 409 "Conflict: terminated by other getUpdates request". This exposes two bot instances polling at once.
     */
    public void setEmulateGetUpdatesConflict(boolean emulate) {
        this.emulateGetUpdatesConflict = emulate;
    }

    /**
     * true: emulate the bot's group privacy mode (BotFather default): in groups the bot only receives commands,
     * replies to its own messages and messages mentioning it; other group messages are not delivered
     * ({@link UserMessage#updateId()} is -1). Default false (as if privacy mode were disabled). getMe reports
     * can_read_all_group_messages accordingly.
     */
    public void setPrivacyMode(boolean privacyMode) {
        this.privacyMode = privacyMode;
    }

    /** false: stop keeping RecordedCalls and the SentMessage list (for long benchmark runs). Default true. */
    public void setRecording(boolean recording) {
        this.recording = recording;
    }

    // ------------------------------------------------------------------------------------------------------------
    // users and chats
    // ------------------------------------------------------------------------------------------------------------

    /** A user (created on first use; its private chat id equals its id). */
    public FakeUser user(long id, String firstName) {
        return user(id, firstName, null);
    }

    public FakeUser user(long id, String firstName, String username) {
        lock.lock();
        try {
            FakeUser existing = users.get(id);
            if (existing != null) {
                return existing;
            }
            if (id <= 0) {
                throw new IllegalArgumentException("user ids are positive");
            }
            FakeChat chat = new FakeChat(id, "private", null, firstName, username);
            chats.put(id, chat);
            FakeUser user = new FakeUser(this, id, firstName, username, chat);
            users.put(id, user);
            return user;
        } finally {
            lock.unlock();
        }
    }

    /** An existing user. */
    public FakeUser user(long id) {
        lock.lock();
        try {
            FakeUser u = users.get(id);
            if (u == null) {
                throw new IllegalArgumentException("unknown user " + id);
            }
            return u;
        } finally {
            lock.unlock();
        }
    }

    /** A supergroup (e.g. id -100123). */
    public FakeChat group(long chatId, String title) {
        return newGroup(chatId, title, "supergroup");
    }

    /** A basic (non-super) group. */
    public FakeChat basicGroup(long chatId, String title) {
        return newGroup(chatId, title, "group");
    }

    private FakeChat newGroup(long chatId, String title, String type) {
        if (chatId >= 0) {
            throw new IllegalArgumentException("group ids are negative");
        }
        lock.lock();
        try {
            return chats.computeIfAbsent(chatId, id -> new FakeChat(id, type, title, null, null));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Upgrades a basic group to a supergroup, as Telegram does when e.g. its history is made visible to new
     * members; {@code by} is the user who did it (the 2-argument form picks the group's creator or administrator,
     * else GroupAnonymousBot). Returns the new chat: a supergroup {@code newChatId} (e.g. -100…) with the old
     * title and member statuses; the bot's membership carries over.
     *
     * <p>Afterwards every call with the old chat_id (sendMessage and the other sends, copy/forward into it,
     * sendChatAction, edits, deleteMessage, getChatMember of a user, ...) fails like Telegram:
     * {@code {"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup
     * chat","parameters":{"migrate_to_chat_id":newChatId}}}. Like the real server, getChat, leaveChat and
     * getChatMember of the bot itself, which need no write access, still work. Users can no longer act in the old
     * chat.
     *
     * <p>If the bot was in the group, the updates Telegram sends are enqueued, in this order: a message in the old
     * group with {@code migrate_to_chat_id} (from {@code by}); a message in the new supergroup with
     * {@code migrate_from_chat_id} (from GroupAnonymousBot, sender_chat the supergroup, message_id 1); and the
     * my_chat_member update that makes the bot a member of the supergroup (the real order is not documented, so a
     * bot must not rely on it).
     */
    public FakeChat migrateToSupergroup(FakeChat group, long newChatId) {
        return migrateToSupergroup(group, newChatId, null);
    }

    /** {@link #migrateToSupergroup(FakeChat, long)} done by the given user. */
    public FakeChat migrateToSupergroup(FakeChat group, long newChatId, FakeUser by) {
        lock.lock();
        try {
            long oldId = group.id();
            if (!group.type().equals("group") || !chats.containsKey(oldId)) {
                throw new IllegalArgumentException("only a known basic group can be upgraded: " + group);
            }
            if (migratedTo.containsKey(oldId)) {
                throw new IllegalStateException("group " + oldId + " was already upgraded");
            }
            if (newChatId >= 0 || chats.containsKey(newChatId)) {
                throw new IllegalArgumentException("the new chat id must be negative and unused: " + newChatId);
            }
            FakeChat supergroup = new FakeChat(newChatId, "supergroup", group.title(), null, null);
            chats.put(newChatId, supergroup);
            migratedTo.put(oldId, newChatId);
            Map<MsgKey, String> copied = new HashMap<>();
            memberStatuses.forEach((key, status) -> {
                if (key.chatId() == oldId) {
                    copied.put(new MsgKey(newChatId, key.id()), status);
                }
            });
            memberStatuses.putAll(copied);
            if (blocked.contains(oldId) || leftChats.contains(oldId)) {
                leftChats.add(newChatId);
                return supergroup;
            }
            ObjectNode actor = by != null ? by.json() : upgrader(oldId);

            ObjectNode to = JSON.createObjectNode();
            to.put("message_id", nextMessageId(oldId));
            to.set("from", actor);
            to.set("chat", group.json());
            to.put("date", now());
            to.put("migrate_to_chat_id", newChatId);
            userMessages.put(new MsgKey(oldId, to.get("message_id").asLong()), to);
            enqueue("message", to.deepCopy());

            ObjectNode from = JSON.createObjectNode();
            from.put("message_id", nextMessageId(newChatId));
            from.set("from", groupAnonymousBot());
            from.set("sender_chat", supergroup.json());
            from.set("chat", supergroup.json());
            from.put("date", now());
            from.put("migrate_from_chat_id", oldId);
            userMessages.put(new MsgKey(newChatId, from.get("message_id").asLong()), from);
            enqueue("message", from.deepCopy());

            String botStatus = memberStatuses.getOrDefault(new MsgKey(oldId, BOT_ID), "member");
            ObjectNode joined = JSON.createObjectNode();
            joined.set("chat", supergroup.json());
            joined.set("from", actor);
            joined.put("date", now());
            joined.set("old_chat_member", member("left"));
            joined.set("new_chat_member", member(botStatus));
            enqueue("my_chat_member", joined);
            return supergroup;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A channel (id -100…); public when it has a {@code username} (without "@"), then also known to getChat and
     * sends as {@code @username}. The bot is not in it until {@link #setBotChannelRights} says so: like Telegram,
     * posting there needs the bot to be an administrator allowed to post messages (else 403 when it is not in the
     * channel, 400 "need administrator rights in the channel chat" when it is but may not post).
     */
    public FakeChat channel(long chatId, String title, String username) {
        if (chatId >= 0) {
            throw new IllegalArgumentException("channel ids are negative");
        }
        lock.lock();
        try {
            return chats.computeIfAbsent(chatId, id -> new FakeChat(id, "channel", title, null, username));
        } finally {
            lock.unlock();
        }
    }

    /**
     * The bot's status in a channel, as getChatMember reports it and posting obeys: "administrator" (with or
     * without the right to post messages), "creator", "left" or "kicked".
     */
    public void setBotChannelRights(FakeChat channel, String status, boolean canPostMessages) {
        lock.lock();
        try {
            memberStatuses.put(new MsgKey(channel.id(), BOT_ID), status);
            if (canPostMessages && ("administrator".equals(status) || "creator".equals(status))) {
                channelsBotMayPostIn.add(channel.id());
            } else {
                channelsBotMayPostIn.remove(channel.id());
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The link Telegram shows for a message in a channel or supergroup: {@code https://t.me/USERNAME/N} for a public
     * chat, {@code https://t.me/c/ID/N} (the id without -100) for a private one.
     */
    public String messageLink(long chatId, int messageId) {
        lock.lock();
        try {
            FakeChat chat = chats.get(chatId);
            if (chat != null && chat.username() != null) {
                return "https://t.me/" + chat.username() + "/" + messageId;
            }
            String id = Long.toString(chatId);
            return "https://t.me/c/" + (id.startsWith("-100") ? id.substring(4) : id.substring(1)) + "/" + messageId;
        } finally {
            lock.unlock();
        }
    }

    /** The creator (else an administrator, else a member) of a group, for service messages without an actor. */
    private ObjectNode upgrader(long chatId) {
        for (String wanted : List.of("creator", "administrator", "member")) {
            for (Map.Entry<MsgKey, String> e : memberStatuses.entrySet()) {
                FakeUser u = users.get(e.getKey().id());
                if (e.getKey().chatId() == chatId && e.getValue().equals(wanted) && u != null) {
                    return u.json();
                }
            }
        }
        return groupAnonymousBot();
    }

    private static ObjectNode groupAnonymousBot() {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", 1087968824L);
        n.put("is_bot", true);
        n.put("first_name", "Group");
        n.put("username", "GroupAnonymousBot");
        return n;
    }

    /** A known chat. */
    public Optional<FakeChat> chat(long chatId) {
        lock.lock();
        try {
            return Optional.ofNullable(chats.get(chatId));
        } finally {
            lock.unlock();
        }
    }

    /** Status getChatMember reports for a user in a chat: "creator", "administrator", "member", "left", ... */
    public void setChatMemberStatus(FakeChat chat, FakeUser user, String status) {
        lock.lock();
        try {
            memberStatuses.put(new MsgKey(chat.id(), user.id()), status);
        } finally {
            lock.unlock();
        }
    }

    /** Makes a file id known (for strict file ids / getFile). type: photo, video, document, ... */
    public void registerFile(String fileId, String type, String fileName, byte[] bytes) {
        lock.lock();
        try {
            files.put(fileId, new KnownFile(type, fileName, bytes));
        } finally {
            lock.unlock();
        }
    }

    /** The bytes of a file registered with {@link #registerFile}, e.g. for a page that shows the chats. */
    public Optional<byte[]> fileBytes(String fileId) {
        return locked(() -> Optional.ofNullable(files.get(fileId)).map(KnownFile::bytes));
    }

    /** The bot's User object as returned by getMe. */
    public ObjectNode botUserJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", BOT_ID);
        n.put("is_bot", true);
        n.put("first_name", botFirstName);
        n.put("username", botUsername);
        return n;
    }

    // ------------------------------------------------------------------------------------------------------------
    // updates not tied to a user action
    // ------------------------------------------------------------------------------------------------------------

    /** my_chat_member update: {@code by} added the bot to {@code group}; it becomes "member". */
    public int botAddedTo(FakeChat group, FakeUser by) {
        lock.lock();
        try {
            leftChats.remove(group.id());
            blocked.remove(group.id());
            return enqueue("my_chat_member", chatMemberUpdate(group, by, "left", "member"));
        } finally {
            lock.unlock();
        }
    }

    /** my_chat_member update: {@code by} removed (kicked) the bot from {@code group}; sends there then fail 403. */
    public int botRemovedFrom(FakeChat group, FakeUser by) {
        lock.lock();
        try {
            blocked.add(group.id());
            return enqueue("my_chat_member", chatMemberUpdate(group, by, "member", "kicked"));
        } finally {
            lock.unlock();
        }
    }

    /** my_chat_member update in the private chat: the user blocked the bot; sends to them then fail 403. */
    public int userBlocksBot(FakeUser user) {
        lock.lock();
        try {
            blocked.add(user.id());
            return enqueue("my_chat_member", chatMemberUpdate(user.inPrivate().chat(), user, "member", "kicked"));
        } finally {
            lock.unlock();
        }
    }

    /** my_chat_member update in the private chat: the user unblocked (restarted) the bot. */
    public int userUnblocksBot(FakeUser user) {
        lock.lock();
        try {
            blocked.remove(user.id());
            startedPrivateChats.add(user.id());
            return enqueue("my_chat_member", chatMemberUpdate(user.inPrivate().chat(), user, "kicked", "member"));
        } finally {
            lock.unlock();
        }
    }

    /** Enqueues any update; {@code update} must not contain update_id. Returns the assigned update_id. */
    public int enqueueUpdate(ObjectNode update) {
        lock.lock();
        try {
            Iterator<String> names = update.fieldNames();
            if (!names.hasNext()) {
                throw new IllegalArgumentException("empty update");
            }
            String type = names.next();
            return enqueue(type, update.get(type).deepCopy());
        } finally {
            lock.unlock();
        }
    }

    private ObjectNode chatMemberUpdate(FakeChat chat, FakeUser by, String oldStatus, String newStatus) {
        ObjectNode u = JSON.createObjectNode();
        u.set("chat", chat.json());
        u.set("from", by.json());
        u.put("date", now());
        u.set("old_chat_member", member(oldStatus));
        u.set("new_chat_member", member(newStatus));
        return u;
    }

    private ObjectNode member(String status) {
        ObjectNode m = JSON.createObjectNode();
        m.put("status", status);
        m.set("user", botUserJson());
        if (status.equals("kicked")) {
            m.put("until_date", 0);
        }
        return m;
    }

    // ------------------------------------------------------------------------------------------------------------
    // polling observability
    // ------------------------------------------------------------------------------------------------------------

    public long getUpdatesCalls() {
        return locked(() -> getUpdatesCalls);
    }

    /** When the last getUpdates arrived, or null. */
    public Instant lastPollAt() {
        return locked(() -> lastPollAt);
    }

    /** Highest update id the bot confirmed (by calling getUpdates with a higher offset). */
    public int confirmedUpTo() {
        return locked(() -> confirmedUpTo);
    }

    /** Highest update id handed out by getUpdates so far. */
    public int lastDeliveredUpdateId() {
        return locked(() -> lastDeliveredUpdateId);
    }

    /** Updates enqueued but not yet confirmed. */
    public int pendingUpdateCount() {
        return locked(pending::size);
    }

    /** True while a getUpdates is being held open. */
    public boolean isPolling() {
        return locked(() -> activePolls > 0);
    }

    /** How many getUpdates were terminated with 409 because another one arrived. */
    public long getUpdatesConflicts() {
        return locked(() -> getUpdatesConflicts);
    }

    /** Waits until the bot has called getUpdates at least once. */
    public void awaitPolling() {
        awaitOrFail(() -> getUpdatesCalls() > 0, () -> "The bot never called getUpdates");
    }

    /** Waits until the bot confirmed the update (i.e. fetched it and asked for the next ones). */
    public void awaitConfirmed(int updateId) {
        awaitOrFail(() -> confirmedUpTo() >= updateId, () -> "Update " + updateId + " was not confirmed; confirmed up to "
                + confirmedUpTo() + ", delivered up to " + lastDeliveredUpdateId() + ", getUpdates calls "
                + getUpdatesCalls());
    }

    /** Waits until every update enqueued so far is confirmed. */
    public void awaitAllUpdatesConfirmed() {
        awaitConfirmed(locked(() -> nextUpdateId - 1));
    }

    // ------------------------------------------------------------------------------------------------------------
    // recordings
    // ------------------------------------------------------------------------------------------------------------

    /** Messages the bot produced in a chat, in order (edited ones show their current content). */
    public List<SentMessage> messagesTo(long chatId) {
        lock.lock();
        try {
            return recordedMessages.stream().filter(m -> m.chatId() == chatId).collect(Collectors.toList());
        } finally {
            lock.unlock();
        }
    }

    public List<SentMessage> allMessages() {
        return locked(() -> List.copyOf(recordedMessages));
    }

    /** The last message to a chat, if any. */
    public Optional<SentMessage> lastMessageTo(long chatId) {
        List<SentMessage> list = messagesTo(chatId);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    /** A bot message by chat and message id (also ones sent before {@link #reset()}). */
    public Optional<SentMessage> message(long chatId, int messageId) {
        return locked(() -> Optional.ofNullable(botMessages.get(new MsgKey(chatId, messageId))));
    }

    /** A mark for {@link #awaitMessageToSince}: only messages sent or edited after it count. */
    public long checkpoint() {
        return locked(() -> seq);
    }

    public SentMessage awaitMessageTo(long chatId, String containsText) {
        return awaitMessageTo(chatId, "containing \"" + containsText + "\"", m -> m.contains(containsText));
    }

    public SentMessage awaitMessageTo(long chatId, Predicate<SentMessage> predicate) {
        return awaitMessageTo(chatId, "matching the predicate", predicate);
    }

    /** Waits (default 10 s) for a message to the chat matching the predicate (exceptions count as no match). */
    public SentMessage awaitMessageTo(long chatId, String description, Predicate<SentMessage> predicate) {
        return awaitMessage(chatId, description, predicate, Long.MIN_VALUE);
    }

    /** Like awaitMessageTo, but only messages sent or edited after the {@link #checkpoint()} count. */
    public SentMessage awaitMessageToSince(long checkpoint, long chatId, Predicate<SentMessage> predicate) {
        return awaitMessage(chatId, "matching the predicate after checkpoint " + checkpoint, predicate, checkpoint);
    }

    /** Waits until at least {@code count} messages went to the chat; returns them all. */
    public List<SentMessage> awaitMessagesTo(long chatId, int count) {
        awaitOrFail(() -> messagesTo(chatId).size() >= count,
                () -> "Expected at least " + count + " messages to chat " + chatId + ".\n" + describeChat(chatId));
        return messagesTo(chatId);
    }

    private SentMessage awaitMessage(long chatId, String description, Predicate<SentMessage> predicate, long after) {
        AtomicReference<SentMessage> found = new AtomicReference<>();
        Predicate<SentMessage> safe = safe(predicate);
        awaitOrFail(() -> {
            Optional<SentMessage> m = messagesTo(chatId).stream()
                    .filter(x -> after == Long.MIN_VALUE || x.lastChangeSeq() > after)
                    .filter(safe).findFirst();
            m.ifPresent(found::set);
            return m.isPresent();
        }, () -> "No message to chat " + chatId + " " + description + " within " + awaitTimeout.toMillis()
                + " ms.\n" + describeChat(chatId));
        return found.get();
    }

    /** Asserts that during the given time no message matching the predicate is (or was) sent to the chat. */
    public void assertNoMessageTo(long chatId, Duration during, Predicate<SentMessage> predicate) {
        Predicate<SentMessage> safe = safe(predicate);
        try {
            Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).during(during)
                    .atMost(during.plusSeconds(2))
                    .failFast("unexpected message", () -> messagesTo(chatId).stream().anyMatch(safe))
                    .until(() -> messagesTo(chatId).stream().noneMatch(safe));
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            List<SentMessage> offending = messagesTo(chatId).stream().filter(safe).collect(Collectors.toList());
            throw new AssertionError("Unexpected message(s) to chat " + chatId + ": " + offending + "\n"
                    + describeChat(chatId), e);
        }
    }

    /** Asserts that nothing at all is sent to the chat during the given time. */
    public void assertNoMessageTo(long chatId, Duration during) {
        assertNoMessageTo(chatId, during, m -> true);
    }

    /** All recorded calls (except getUpdates), in order. */
    public List<RecordedCall> calls() {
        return locked(() -> List.copyOf(recordedCalls));
    }

    /** Recorded calls of one method (canonical name, e.g. "answerCallbackQuery"). */
    public List<RecordedCall> calls(String method) {
        lock.lock();
        try {
            return recordedCalls.stream().filter(c -> c.method().equals(method)).collect(Collectors.toList());
        } finally {
            lock.unlock();
        }
    }

    /** Recorded calls whose chat_id is the given chat (including failed ones). */
    public List<RecordedCall> callsTo(long chatId) {
        lock.lock();
        try {
            return recordedCalls.stream().filter(c -> c.chatId() != null && c.chatId() == chatId)
                    .collect(Collectors.toList());
        } finally {
            lock.unlock();
        }
    }

    /** How many times a method was called since start (not cleared by reset, counted even without recording). */
    public long callCount(String method) {
        return callCounts.getOrDefault(method, 0L);
    }

    public RecordedCall awaitCall(String method, Predicate<RecordedCall> predicate) {
        AtomicReference<RecordedCall> found = new AtomicReference<>();
        Predicate<RecordedCall> safe = c -> {
            try {
                return predicate.test(c);
            } catch (RuntimeException e) {
                return false;
            }
        };
        awaitOrFail(() -> {
            Optional<RecordedCall> c = calls(method).stream().filter(safe).findFirst();
            c.ifPresent(found::set);
            return c.isPresent();
        }, () -> "No matching " + method + " call within " + awaitTimeout.toMillis() + " ms. " + method + " calls: "
                + calls(method));
        return found.get();
    }

    /** Waits for the answerCallbackQuery of a press. */
    public RecordedCall awaitCallbackAnswer(CallbackPress press) {
        return awaitCall("answerCallbackQuery", c -> press.callbackQueryId().equals(c.param("callback_query_id")));
    }

    /** Currently set commands for a scope JSON (null = default scope) and language ("" = all). */
    public JsonNode currentCommands(JsonNode scope, String languageCode) {
        return locked(() -> {
            JsonNode c = commands.get(commandsKey(scope, languageCode));
            return c == null ? JSON.createArrayNode() : c.deepCopy();
        });
    }

    /** Clears recorded calls and messages (not users, chats, message ids, pending updates or faults). */
    public void reset() {
        lock.lock();
        try {
            recordedCalls.clear();
            recordedMessages.clear();
        } finally {
            lock.unlock();
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // fault injection
    // ------------------------------------------------------------------------------------------------------------

    /** The next call of {@code method} (canonical name) fails with this HTTP status and description (one-shot). */
    public void failNext(String method, int httpStatus, String description) {
        lock.lock();
        try {
            faults.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Fault(httpStatus, description));
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next call that creates a message in the chat (see {@link #enforceFloodLimits}) answers 429 "Too Many
     * Requests: retry after N" with parameters.retry_after = N, and bans the chat like Telegram: until N seconds
     * have passed, every further message-creating call to the chat is refused with 429 (retry_after = the seconds
     * left) and counted as a {@link #prematureRetries() premature retry}. Several calls queue several floods,
     * each starting after the previous ban. Edits, answers and other calls are not affected.
     */
    public void rateLimit(long chatId, int retryAfterSeconds) {
        lock.lock();
        try {
            flood.forceChatFlood(chatId, retryAfterSeconds);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A global flood for the given time: every message-creating call to any chat answers 429 with retry_after =
     * the seconds left (rounded up). The first refused call announces it; calls after that before it ends count
     * as {@link #prematureRetries() premature retries}.
     */
    public void floodGlobally(Duration duration) {
        lock.lock();
        try {
            flood.forceGlobalFlood(nanoClock.getAsLong() + duration.toNanos());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Enforces Telegram's flood limits (off by default), modelled as sliding windows: see {@link FloodLimits}, e.g.
     * {@code enforceFloodLimits(FloodLimits.telegramDefaults())}. Calls that create messages count:
     * sendMessage, sendPhoto/Video/Document/Animation/Audio/Voice/Sticker/VideoNote, copyMessage, forwardMessage
     * (one each) and sendMediaGroup (one per item); and edits of a message in a group (one each: in groups edits
     * share the limit with sends). Edits in private chats, answerCallbackQuery, sendChatAction, deleteMessage,
     * setMyCommands, leaveChat, getUpdates, getMe etc. never count.
     *
     * <p>A call that would put more into the global window or its chat's window than the limit allows is refused
     * like Telegram does: HTTP 429, {@code {"ok":false,"error_code":429,"description":"Too Many Requests: retry after
     * N","parameters":{"retry_after":N}}} with N the whole seconds (rounded up, at least 1) until it could succeed;
     * nothing is sent and nothing counted. The 429 bans the short scope (the chat, or globally) for N seconds:
     * any counted call into it before then is refused again and counted as a premature retry (the ban does not
     * grow). Calling this again replaces the limits and empties all windows.
     */
    public void enforceFloodLimits(FloodLimits limits) {
        lock.lock();
        try {
            flood.limits(Objects.requireNonNull(limits));
        } finally {
            lock.unlock();
        }
    }

    /** Stops enforcing flood limits (forced floods from rateLimit/floodGlobally still apply). */
    public void disableFloodLimits() {
        lock.lock();
        try {
            flood.limits(null);
        } finally {
            lock.unlock();
        }
    }

    /** The flood limits being enforced, if any. */
    public Optional<FloodLimits> floodLimits() {
        return locked(() -> Optional.ofNullable(flood.limits()));
    }

    /** How many 429 answers the bot got since start (any cause; not cleared by reset or clearFaults). */
    public long tooManyRequestsAnswers() {
        return locked(flood::tooManyRequests);
    }

    /**
     * How many message-creating calls arrived in a scope (a chat, or globally) that a 429 had banned and whose
     * retry_after had not yet elapsed, since start.
     */
    public long prematureRetries() {
        return locked(flood::prematureRetries);
    }

    /**
     * Messages the bot created in the chat since start (an album counts per item), also when recording is off;
     * not cleared by reset.
     */
    public long messagesDeliveredTo(long chatId) {
        return locked(() -> flood.deliveredTo(chatId));
    }

    /** {@link #messagesDeliveredTo} for every chat that got at least one message, by chat id. */
    public Map<Long, Long> messagesDeliveredPerChat() {
        return locked(flood::deliveredPerChat);
    }

    /**
     * The next call of {@code method} is executed and recorded like any other (the message exists), but the
     * connection is closed right after the request, before any byte of the response: the bot cannot know the
     * outcome. Note that OkHttp (retryOnConnectionFailure, on by default) silently sends the request once more
     * when this happens on a reused keep-alive connection, so the fake then executes it twice; with a fresh
     * connection or {@code retryOnConnectionFailure(false)} the bot gets an IOException.
     */
    public void dropNextResponse(String method) {
        addNetworkFault(method, new NetworkFault(NetworkFault.Kind.DROP_RESPONSE, Duration.ZERO));
    }

    /**
     * The next call of {@code method} is not executed and not recorded: the connection is closed after the
     * request arrived (a reused connection makes OkHttp retry it, see {@link #dropNextResponse}).
     */
    public void disconnectNext(String method) {
        addNetworkFault(method, new NetworkFault(NetworkFault.Kind.DISCONNECT, Duration.ZERO));
    }

    /** The next call of {@code method} is executed at once, but its response is sent only after {@code delay}. */
    public void delayNext(String method, Duration delay) {
        addNetworkFault(method, new NetworkFault(NetworkFault.Kind.DELAY, Objects.requireNonNull(delay)));
    }

    /**
     * The next call of {@code method} is executed and recorded; the status line, the headers and half of the body
     * arrive, then the connection closes. Beware: TelegramBots 9.6.0's OkHttpTelegramClient then never completes
     * the call ({@code execute} blocks forever, {@code executeAsync} never finishes), so a bot has to bound its
     * waits itself.
     */
    public void truncateNextResponse(String method) {
        addNetworkFault(method, new NetworkFault(NetworkFault.Kind.TRUNCATE, Duration.ZERO));
    }

    private void addNetworkFault(String method, NetworkFault fault) {
        if (!SUPPORTED.contains(method)) {
            throw new IllegalArgumentException("unknown method " + method);
        }
        lock.lock();
        try {
            networkFaults.computeIfAbsent(method, m -> new ArrayDeque<>()).add(fault);
        } finally {
            lock.unlock();
        }
    }

    /** From now on sends to the chat answer 403 "Forbidden: bot was blocked by the user" (kicked, for groups). */
    public void block(long chatId) {
        lock.lock();
        try {
            blocked.add(chatId);
        } finally {
            lock.unlock();
        }
    }

    public void unblock(long chatId) {
        lock.lock();
        try {
            blocked.remove(chatId);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes pending failNext/rateLimit/network faults, blocks, a global flood and 429 bans, and empties the flood
     * windows. Keeps the flood limits themselves and the counters.
     */
    public void clearFaults() {
        lock.lock();
        try {
            faults.clear();
            networkFaults.clear();
            flood.clearFaults();
            blocked.clear();
        } finally {
            lock.unlock();
        }
    }

    /** Replaces the fake's monotonic clock (nanos) used by flood limits and bans; for tests of the fake. */
    void useNanoClock(LongSupplier clock) {
        this.nanoClock = Objects.requireNonNull(clock);
    }

    // ------------------------------------------------------------------------------------------------------------
    // user actions (called by FakeUser)
    // ------------------------------------------------------------------------------------------------------------

    UserMessage userMessage(FakeUser from, long chatId, Consumer<ObjectNode> content) {
        lock.lock();
        try {
            ObjectNode m = newUserMessage(from, chatId, content);
            int updateId = visibleToBot(m) ? enqueue("message", m.deepCopy()) : -1;
            return new UserMessage(updateId, chatId, m.get("message_id").asInt(), m.deepCopy(), Instant.now());
        } finally {
            lock.unlock();
        }
    }

    List<UserMessage> userAlbum(FakeUser from, long chatId, List<Consumer<ObjectNode>> items) {
        lock.lock();
        try {
            String mediaGroupId = Long.toString(13_800_000_000_000_000L + ++mediaGroupCounter);
            List<UserMessage> result = new ArrayList<>();
            for (Consumer<ObjectNode> item : items) {
                ObjectNode m = newUserMessage(from, chatId, x -> {
                    x.put("media_group_id", mediaGroupId);
                    item.accept(x);
                });
                int updateId = visibleToBot(m) ? enqueue("message", m.deepCopy()) : -1;
                result.add(new UserMessage(updateId, chatId, m.get("message_id").asInt(), m.deepCopy(),
                        Instant.now()));
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    private ObjectNode newUserMessage(FakeUser from, long chatId, Consumer<ObjectNode> content) {
        FakeChat chat = chats.get(chatId);
        if (chat == null) {
            throw new IllegalArgumentException("unknown chat " + chatId + "; create it with group(...)");
        }
        if (migratedTo.containsKey(chatId)) {
            throw new IllegalStateException("group " + chatId + " was upgraded to supergroup "
                    + migratedTo.get(chatId) + "; act in the new chat");
        }
        int messageId = nextMessageId(chatId);
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", messageId);
        m.set("from", from.json());
        m.set("chat", chat.json());
        m.put("date", now());
        content.accept(m);
        userMessages.put(new MsgKey(chatId, messageId), m);
        if (chat.isPrivate()) {
            startedPrivateChats.add(chatId);
        }
        return m;
    }

    /** Group privacy mode: which group messages a bot receives. */
    private boolean visibleToBot(ObjectNode m) {
        if (!privacyMode || m.path("chat").path("type").asText().equals("private")) {
            return true;
        }
        if (m.path("reply_to_message").path("from").path("id").asLong() == BOT_ID) {
            return true;
        }
        String text = m.has("text") ? m.get("text").asText() : m.path("caption").asText("");
        String mention = "@" + botUsername.toLowerCase(Locale.ROOT);
        for (JsonNode e : m.has("entities") ? m.get("entities") : m.path("caption_entities")) {
            if (e.path("type").asText().equals("bot_command")) {
                String command = text.substring(e.path("offset").asInt(),
                        e.path("offset").asInt() + e.path("length").asInt()).toLowerCase(Locale.ROOT);
                if (!command.contains("@") || command.endsWith(mention)) {
                    return true;
                }
            }
        }
        return text.toLowerCase(Locale.ROOT).contains(mention);
    }

    UserMessage userEdit(FakeUser from, long chatId, int messageId, String newText) {
        return userEdit(from, chatId, messageId, newText, "text", "entities");
    }

    UserMessage userEditCaption(FakeUser from, long chatId, int messageId, String newCaption) {
        return userEdit(from, chatId, messageId, newCaption, "caption", "caption_entities");
    }

    private UserMessage userEdit(FakeUser from, long chatId, int messageId, String newText, String field,
                                 String entitiesField) {
        lock.lock();
        try {
            ObjectNode original = userMessages.get(new MsgKey(chatId, messageId));
            if (original == null) {
                throw new AssertionError("User " + from.id() + " cannot edit message " + messageId + " in chat "
                        + chatId + ": no such user message");
            }
            if (original.path("from").path("id").asLong() != from.id()) {
                throw new AssertionError("Message " + messageId + " in chat " + chatId + " was not sent by user "
                        + from.id());
            }
            // like Telegram: a text message has its text edited, a media message its caption
            if (original.has("text") != field.equals("text")) {
                throw new AssertionError("Message " + messageId + " in chat " + chatId + " has no " + field
                        + " to edit");
            }
            ObjectNode edited = original.deepCopy();
            edited.remove(List.of(field, entitiesField));
            FakeUser.putText(edited, field, entitiesField, newText);
            edited.put("edit_date", now());
            userMessages.put(new MsgKey(chatId, messageId), edited);
            int updateId = enqueue("edited_message", edited.deepCopy());
            return new UserMessage(updateId, chatId, messageId, edited.deepCopy(), Instant.now());
        } finally {
            lock.unlock();
        }
    }

    CallbackPress userPress(FakeUser from, SentMessage botMessage, String buttonText, String rawData) {
        lock.lock();
        try {
            SentMessage current = botMessages.getOrDefault(new MsgKey(botMessage.chatId(), botMessage.messageId()),
                    botMessage);
            if (current.deleted()) {
                throw new AssertionError("Cannot press a button on deleted message " + current);
            }
            String data = rawData;
            if (buttonText != null) {
                SentMessage.Button button = current.button(buttonText).orElseThrow(() -> new AssertionError(
                        "No inline button \"" + buttonText + "\" on message " + current.messageId() + " in chat "
                                + current.chatId() + " (text: \"" + current.text() + "\"). Its buttons: "
                                + current.keyboard()));
                if (button.callbackData() == null) {
                    throw new AssertionError("Button \"" + buttonText + "\" has no callback_data: " + button);
                }
                data = button.callbackData();
            }
            String id = Long.toString(4_600_000_000_000_000_000L + ++callbackCounter);
            ObjectNode q = JSON.createObjectNode();
            q.put("id", id);
            q.set("from", from.json());
            q.set("message", current.json());
            q.put("chat_instance", Long.toString(-7_000_000_000_000_000_000L + Math.abs(current.chatId())));
            q.put("data", data);
            callbackQueries.put(id, new CallbackInfo(current.chatId(), current.messageId()));
            int updateId = enqueue("callback_query", q);
            return new CallbackPress(updateId, id, current.chatId(), current.messageId(), data, Instant.now());
        } finally {
            lock.unlock();
        }
    }

    void knowFile(String fileId, String type) {
        lock.lock();
        try {
            files.putIfAbsent(fileId, new KnownFile(type, null, null));
        } finally {
            lock.unlock();
        }
    }

    String nextPollId() {
        return locked(() -> Long.toString(5_300_000_000_000_000_000L + ++pollCounter));
    }

    private int enqueue(String type, ObjectNode body) {
        int id = nextUpdateId++;
        ObjectNode u = JSON.createObjectNode();
        u.put("update_id", id);
        u.set(type, body);
        pending.addLast(new PendingUpdate(id, type, u));
        changed.signalAll();
        return id;
    }

    private int nextMessageId(long chatId) {
        return lastMessageIds.merge(chatId, 1, Integer::sum);
    }

    // ------------------------------------------------------------------------------------------------------------
    // HTTP
    // ------------------------------------------------------------------------------------------------------------

    private final class Handler extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            // MockWebServer keeps every request in a queue; drain it so long runs don't accumulate memory
            server.takeRequest(0, TimeUnit.NANOSECONDS);
            try {
                return handle(request);
            } catch (ApiError e) {
                return respond(e.status, e.json());
            } catch (RuntimeException e) {
                log.error("FakeTelegram failed to handle {}", request.getPath(), e);
                return respond(500, errorJson(500, "Internal Server Error: " + e, null));
            }
        }

        @Override
        public void shutdown() {
            lock.lock();
            try {
                closed = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private MockResponse handle(RecordedRequest request) throws InterruptedException {
        Instant receivedAt = Instant.now();
        HttpUrl url = request.getRequestUrl();
        List<String> segments = url == null ? List.of() : url.pathSegments();
        if (!segments.isEmpty() && segments.get(0).equals("_fake")) {
            return FakeTelegramControl.handle(this, request, segments);
        }
        if (segments.size() >= 2 && segments.get(0).equals("file")) {
            return fileDownload(segments);
        }
        if (segments.isEmpty() || !segments.get(0).startsWith("bot")) {
            return respond(404, errorJson(404, "Not Found", null));
        }
        if (!segments.get(0).substring(3).equals(token)) {
            return respond(401, errorJson(401, "Unauthorized", null));
        }
        int index = segments.size() > 2 && segments.get(1).equals("test") ? 2 : 1;
        String raw = segments.size() > index ? segments.get(index) : "";
        String method = METHODS_BY_LOWER_NAME.get(raw.toLowerCase(Locale.ROOT));
        if (method == null) {
            return respond(404, errorJson(404, "Not Found: method not found", null));
        }
        callCounts.merge(method, 1L, Long::sum);
        NetworkFault networkFault = locked(() -> {
            Deque<NetworkFault> q = networkFaults.get(method);
            return q == null ? null : q.poll();
        });
        if (networkFault != null && networkFault.kind() == NetworkFault.Kind.DISCONNECT) {
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        }
        Params params = parseParams(request);
        MockResponse response = method.equals("getUpdates") ? getUpdates(params.fields())
                : execute(method, params, receivedAt);
        if (networkFault != null) {
            switch (networkFault.kind()) {
                case DROP_RESPONSE -> response.setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
                case TRUNCATE -> response.setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
                case DELAY -> response.setHeadersDelay(networkFault.delay().toNanos(), TimeUnit.NANOSECONDS);
                default -> throw new IllegalStateException(networkFault.toString());
            }
        }
        return response;
    }

    private MockResponse execute(String method, Params params, Instant receivedAt) {
        lock.lock();
        try {
            Long chatId = numericChatId(params.fields());
            int status;
            JsonNode response;
            callReceivedAt = receivedAt;
            try {
                Fault fault = pollFault(method);
                if (fault != null) {
                    throw new ApiError(fault.status(), fault.description(), null);
                }
                if (chatId != null && migratedTo.containsKey(chatId) && needsWriteAccess(method, params.fields())) {
                    throw ApiError.migrated(migratedTo.get(chatId));
                }
                JsonNode result = invoke(method, params);
                status = 200;
                response = okJson(result);
            } catch (ApiError e) {
                status = e.status;
                response = e.json();
            } finally {
                callReceivedAt = null;
            }
            if (status == 429) {
                flood.countTooManyRequests();
            }
            if (recording) {
                recordedCalls.add(new RecordedCall(++seq, method, chatId, params.fields().deepCopy(),
                        Map.copyOf(params.uploads()), status, response, receivedAt));
            }
            if (status != 200) {
                log.debug("FakeTelegram {} -> {} {}", method, status, response.path("description").asText());
            }
            return respond(status, response);
        } finally {
            lock.unlock();
        }
    }

    /** Whether Telegram checks write access to the chat (read-only calls still work in an upgraded group). */
    private static boolean needsWriteAccess(String method, ObjectNode p) {
        return switch (method) {
            case "getChat", "leaveChat" -> false;
            case "getChatMember" -> p.path("user_id").asLong(0) != BOT_ID;
            default -> true;
        };
    }

    private static Long numericChatId(ObjectNode p) {
        JsonNode chatIdNode = p.get("chat_id");
        if (chatIdNode == null) {
            return null;
        }
        try {
            return Long.parseLong(chatIdNode.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Fault pollFault(String method) {
        Deque<Fault> q = faults.get(method);
        return q == null ? null : q.poll();
    }

    private JsonNode invoke(String method, Params params) {
        ObjectNode p = params.fields();
        if (MEDIA_METHODS.containsKey(method)) {
            return sendMedia(method, params);
        }
        if (TRIVIAL_TRUE.contains(method)) {
            return BooleanNode.TRUE;
        }
        return switch (method) {
            case "getMe" -> getMe();
            case "deleteWebhook" -> deleteWebhook(p);
            case "getWebhookInfo" -> getWebhookInfo();
            case "setWebhook" -> setWebhook(p);
            case "sendMessage" -> sendMessage(p);
            case "sendMediaGroup" -> sendMediaGroup(params);
            case "sendChatAction" -> sendChatAction(p);
            case "forwardMessage" -> forwardOrCopy(p, true);
            case "copyMessage" -> forwardOrCopy(p, false);
            case "editMessageText" -> editMessageText(p);
            case "editMessageCaption" -> editMessageCaption(p);
            case "editMessageReplyMarkup" -> editMessageReplyMarkup(p);
            case "deleteMessage" -> deleteMessage(p);
            case "answerCallbackQuery" -> answerCallbackQuery(p);
            case "setMyCommands" -> setMyCommands(p);
            case "deleteMyCommands" -> deleteMyCommands(p);
            case "getMyCommands" -> getMyCommands(p);
            case "leaveChat" -> leaveChat(p);
            case "getChat" -> getChat(p);
            case "getChatMember" -> getChatMember(p);
            case "getChatAdministrators" -> getChatAdministrators(p);
            case "getChatMemberCount" -> getChatMemberCount(p);
            case "getFile" -> getFile(p);
            default -> throw new ApiError(404, "Not Found: method not found", null);
        };
    }

    private Params parseParams(RecordedRequest request) {
        ObjectNode fields = JSON.createObjectNode();
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        HttpUrl url = request.getRequestUrl();
        if (url != null) {
            for (String name : url.queryParameterNames()) {
                fields.put(name, url.queryParameter(name));
            }
        }
        Buffer body = request.getBody();
        String contentType = request.getHeader("Content-Type");
        MediaType mediaType = contentType == null ? null : MediaType.parse(contentType);
        if (body.size() > 0 && mediaType != null) {
            String type = mediaType.type() + "/" + mediaType.subtype();
            switch (type.toLowerCase(Locale.ROOT)) {
                case "application/json" -> {
                    JsonNode json;
                    try {
                        json = JSON.readTree(body.readUtf8());
                    } catch (JsonProcessingException e) {
                        throw bad("can't parse JSON request body: " + e.getOriginalMessage());
                    }
                    if (json != null && json.isObject()) {
                        fields.setAll((ObjectNode) json);
                        // TelegramBots serializes its own "method" property into every JSON body; not a parameter
                        fields.remove("method");
                    }
                }
                case "multipart/form-data" -> {
                    String boundary = mediaType.parameter("boundary");
                    try (MultipartReader reader = new MultipartReader(body, Objects.requireNonNull(boundary))) {
                        MultipartReader.Part part;
                        while ((part = reader.nextPart()) != null) {
                            try (MultipartReader.Part current = part) {
                                String disposition = Objects.requireNonNullElse(
                                        current.headers().get("Content-Disposition"), "");
                                String name = dispositionParam(CD_NAME, disposition);
                                String fileName = dispositionParam(CD_FILENAME, disposition);
                                byte[] data = current.body().readByteArray();
                                if (name == null) {
                                    continue;
                                }
                                if (fileName != null) {
                                    uploads.put(name, data);
                                } else {
                                    fields.put(name, new String(data, StandardCharsets.UTF_8));
                                }
                            }
                        }
                    } catch (IOException e) {
                        throw bad("can't parse multipart request: " + e.getMessage());
                    }
                }
                case "application/x-www-form-urlencoded" -> {
                    for (String pair : body.readUtf8().split("&")) {
                        if (pair.isEmpty()) {
                            continue;
                        }
                        int eq = pair.indexOf('=');
                        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                        fields.put(k, v);
                    }
                }
                default -> {
                    // Telegram ignores bodies it does not understand
                }
            }
        }
        for (String name : JSON_FIELDS) {
            JsonNode n = fields.get(name);
            if (n != null && n.isTextual()) {
                try {
                    JsonNode parsed = JSON.readTree(n.asText());
                    if (parsed != null && (parsed.isObject() || parsed.isArray())) {
                        fields.set(name, parsed);
                    }
                } catch (JsonProcessingException e) {
                    // left as text; the method's validation complains
                }
            }
        }
        return new Params(fields, uploads);
    }

    private static String dispositionParam(Pattern pattern, String disposition) {
        Matcher m = pattern.matcher(disposition);
        return m.find() ? m.group(1).replace("%22", "\"").replace("%0A", "\n").replace("%0D", "\r") : null;
    }

    private MockResponse fileDownload(List<String> segments) {
        if (segments.size() < 3 || !segments.get(1).equals("bot" + token)) {
            return respond(404, errorJson(404, "Not Found", null));
        }
        String path = String.join("/", segments.subList(2, segments.size()));
        String fileId = path.startsWith("files/") ? path.substring(6) : path;
        KnownFile f = locked(() -> files.get(fileId));
        byte[] bytes = f != null && f.bytes() != null ? f.bytes()
                : ("fake content of " + fileId).getBytes(StandardCharsets.UTF_8);
        if (f == null && strictFileIds) {
            return respond(404, errorJson(404, "Not Found", null));
        }
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/octet-stream")
                .setBody(new Buffer().write(bytes));
    }

    static MockResponse respond(int status, JsonNode body) {
        try {
            return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                    .setBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode okJson(JsonNode result) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ok", true);
        n.set("result", result);
        return n;
    }

    static ObjectNode errorJson(int status, String description, Integer retryAfter) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ok", false);
        n.put("error_code", status);
        n.put("description", description);
        if (retryAfter != null) {
            n.putObject("parameters").put("retry_after", retryAfter);
        }
        return n;
    }

    private static ApiError bad(String description) {
        return new ApiError(400, "Bad Request: " + description, null);
    }

    // ------------------------------------------------------------------------------------------------------------
    // webhook
    // ------------------------------------------------------------------------------------------------------------

    /**
     * The reverse proxy behind the webhook's public HTTPS URL: where the double delivers what Telegram would POST to
     * it, round robin, with the URL's path (e.g. {@code http://127.0.0.1:8081}). Until one is given, deliveries fail
     * like an unreachable URL and are tried again.
     */
    public void routeWebhookTo(java.net.URI... backends) {
        webhook.routeTo(List.of(backends));
    }

    /** How long a failed webhook delivery waits before it is tried again (Telegram: a while; default 500 ms). */
    public void setWebhookRetryDelay(Duration delay) {
        webhook.setRetryDelay(delay);
    }

    /** The URL given to setWebhook, or "" when no webhook is set. */
    public String webhookUrl() {
        return locked(webhook::url);
    }

    /** POSTs made to the webhook so far, answered or not. */
    public long webhookDeliveries() {
        return webhook.deliveries();
    }

    /** POSTs made for one update so far: more than one when an answer other than 2xx (or none) came. */
    public int webhookDeliveriesOf(int updateId) {
        return webhook.deliveriesOf(updateId);
    }

    private JsonNode setWebhook(ObjectNode p) {
        String url = textParam(p, "url");
        if (url == null || url.isEmpty()) {
            webhook.clear();
            return BooleanNode.TRUE;
        }
        java.net.URI uri;
        try {
            uri = java.net.URI.create(url);
        } catch (IllegalArgumentException e) {
            throw bad("bad webhook: invalid URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw bad("bad webhook: An HTTPS URL must be provided for webhook");
        }
        if (!Set.of(-1, 443, 80, 88, 8443).contains(uri.getPort())) {
            throw bad("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443");
        }
        String secret = textParam(p, "secret_token");
        if (secret != null && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw bad("secret token contains unallowed characters");
        }
        int maxConnections = p.path("max_connections").asInt(40);
        if (maxConnections < 1 || maxConnections > 100) {
            throw bad("bad webhook: max_connections must be between 1 and 100");
        }
        JsonNode allowed = p.get("allowed_updates");
        webhook.set(url, secret, maxConnections);
        if (allowed != null && allowed.isArray()) {
            Set<String> set = new HashSet<>();
            allowed.forEach(a -> set.add(a.asText()));
            allowedUpdates = Set.copyOf(set);
        }
        if (p.path("drop_pending_updates").asBoolean(false)) {
            while (!pending.isEmpty()) {
                confirmedUpTo = Math.max(confirmedUpTo, pending.pollFirst().id());
            }
        }
        changed.signalAll();
        return BooleanNode.TRUE;
    }

    /** The pending updates as the webhook delivers them, under the double's lock. */
    final class WebhookQueue {

        /** The next update to POST: not in flight, due, wanted; waits up to {@code maxWaitNanos} for one. */
        ObjectNode take(Set<Integer> inFlight, Map<Integer, Long> retryAt, long maxWaitNanos)
                throws InterruptedException {
            lock.lock();
            try {
                if (!closed && webhook.isSet()) {
                    long now = System.nanoTime();
                    Iterator<PendingUpdate> it = pending.iterator();
                    while (it.hasNext()) {
                        PendingUpdate u = it.next();
                        boolean wanted = allowedUpdates.isEmpty() ? !NOT_DELIVERED_BY_DEFAULT.contains(u.type())
                                : allowedUpdates.contains(u.type());
                        if (!wanted) {
                            it.remove();
                            continue;
                        }
                        if (inFlight.contains(u.id()) || retryAt.getOrDefault(u.id(), 0L) - now > 0) {
                            continue;
                        }
                        inFlight.add(u.id());
                        lastDeliveredUpdateId = Math.max(lastDeliveredUpdateId, u.id());
                        return u.json().deepCopy();
                    }
                }
                if (!closed) {
                    changed.awaitNanos(maxWaitNanos);
                }
                return null;
            } finally {
                lock.unlock();
            }
        }

        /** The bot answered 2xx: the update is delivered and not kept any more. */
        void delivered(int updateId) {
            lock.lock();
            try {
                pending.removeIf(u -> u.id() == updateId);
                confirmedUpTo = Math.max(confirmedUpTo, updateId);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        void signal() {
            lock.lock();
            try {
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        boolean closed() {
            return locked(() -> closed);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // getUpdates
    // ------------------------------------------------------------------------------------------------------------

    private MockResponse getUpdates(ObjectNode p) throws InterruptedException {
        lock.lock();
        try {
            getUpdatesCalls++;
            lastPollAt = Instant.now();
            if (webhook.isSet()) {
                return respond(409, errorJson(409, "Conflict: can't use getUpdates method while webhook is active;"
                        + " use deleteWebhook to delete the webhook first", null));
            }
            Fault fault = pollFault("getUpdates");
            if (fault != null) {
                if (fault.status() == 429) {
                    flood.countTooManyRequests();
                }
                return respond(fault.status(), errorJson(fault.status(), fault.description(), null));
            }
            int offset = p.path("offset").asInt(0);
            int limit = p.path("limit").asInt(100);
            if (limit <= 0 || limit > 100) {
                limit = 100;
            }
            int timeout = Math.max(0, p.path("timeout").asInt(0));
            JsonNode allowed = p.get("allowed_updates");
            if (allowed != null && allowed.isArray()) {
                Set<String> set = new HashSet<>();
                allowed.forEach(a -> set.add(a.asText()));
                allowedUpdates = Set.copyOf(set);
            }
            confirm(offset);

            Object me = new Object();
            currentPoll = me;
            changed.signalAll(); // an older poll still waiting gets terminated with 409, like Telegram

            long waitNanos = Math.min(TimeUnit.SECONDS.toNanos(timeout), maxLongPollWait.toNanos());
            long deadline = System.nanoTime() + waitNanos;
            activePolls++;
            try {
                while (true) {
                    ArrayNode batch = JSON.createArrayNode();
                    if (closed) {
                        return respond(200, okJson(batch));
                    }
                    if (emulateGetUpdatesConflict && currentPoll != me) {
                        getUpdatesConflicts++;
                        return respond(409, errorJson(409, "Conflict: terminated by other getUpdates request; "
                                + "make sure that only one bot instance is running", null));
                    }
                    collect(offset, limit, batch);
                    if (!batch.isEmpty()) {
                        return respond(200, okJson(batch));
                    }
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0) {
                        return respond(200, okJson(batch));
                    }
                    changed.awaitNanos(remaining);
                }
            } finally {
                activePolls--;
            }
        } finally {
            lock.unlock();
        }
    }

    private void confirm(int offset) {
        if (offset > 0) {
            while (!pending.isEmpty() && pending.peekFirst().id() < offset) {
                pending.pollFirst();
            }
            confirmedUpTo = Math.max(confirmedUpTo, Math.min(offset - 1, nextUpdateId - 1));
        } else if (offset < 0) {
            int keep = -offset;
            while (pending.size() > keep) {
                confirmedUpTo = Math.max(confirmedUpTo, pending.pollFirst().id());
            }
        }
    }

    private void collect(int offset, int limit, ArrayNode batch) {
        Iterator<PendingUpdate> it = pending.iterator();
        while (it.hasNext() && batch.size() < limit) {
            PendingUpdate u = it.next();
            if (u.id() < offset) {
                continue;
            }
            boolean wanted = allowedUpdates.isEmpty() ? !NOT_DELIVERED_BY_DEFAULT.contains(u.type())
                    : allowedUpdates.contains(u.type());
            if (!wanted) {
                it.remove(); // Telegram drops updates the bot did not ask for
                continue;
            }
            batch.add(u.json().deepCopy());
            lastDeliveredUpdateId = Math.max(lastDeliveredUpdateId, u.id());
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // methods
    // ------------------------------------------------------------------------------------------------------------

    private JsonNode getMe() {
        ObjectNode me = botUserJson();
        me.put("can_join_groups", true);
        me.put("can_read_all_group_messages", !privacyMode);
        me.put("supports_inline_queries", false);
        return me;
    }

    private JsonNode deleteWebhook(ObjectNode p) {
        webhook.clear();
        if (p.path("drop_pending_updates").asBoolean(false)) {
            while (!pending.isEmpty()) {
                confirmedUpTo = Math.max(confirmedUpTo, pending.pollFirst().id());
            }
        }
        return BooleanNode.TRUE;
    }

    private JsonNode getWebhookInfo() {
        ObjectNode n = JSON.createObjectNode();
        n.put("url", webhook.url());
        n.put("has_custom_certificate", false);
        n.put("pending_update_count", pending.size());
        webhook.describe(n, allowedUpdates);
        return n;
    }

    private JsonNode sendMessage(ObjectNode p) {
        FakeChat chat = writableChat(p, 1);
        String text = textParam(p, "text");
        if (text == null || text.isEmpty()) {
            throw bad("message text is empty");
        }
        String parseMode = textParam(p, "parse_mode");
        TelegramText.Parsed parsed = parse(text, parseMode, p.get("entities"));
        if (parsed.text().isEmpty()) {
            throw bad("message text is empty");
        }
        if (parsed.length() > 4096) {
            throw bad("message is too long");
        }
        Markup markup = markup(p.get("reply_markup"));
        ObjectNode replyTo = replyTarget(p, chat.id());

        int messageId = nextMessageId(chat.id());
        ObjectNode m = botMessage(chat, messageId);
        putParsed(m, "text", "entities", parsed);
        if (replyTo != null) {
            m.set("reply_to_message", withoutReply(replyTo));
        }
        putMarkup(m, markup);
        store(chat.id(), messageId, "sendMessage", List.of(), null, replyTo, null, null,
                content(text, parsed, parseMode, markup, m));
        return m;
    }

    private JsonNode sendMedia(String method, Params params) {
        ObjectNode p = params.fields();
        FakeChat chat = writableChat(p, 1);
        String field = MEDIA_METHODS.get(method);
        String ref = textParam(p, field);
        if (ref == null || ref.isEmpty()) {
            throw bad("there is no " + field + " in the request");
        }
        String[] fileName = new String[1];
        String fileId = resolveFile(ref, params.uploads(), field, fileName);
        String caption = method.equals("sendSticker") || method.equals("sendVideoNote") ? null
                : textParam(p, "caption");
        String parseMode = textParam(p, "parse_mode");
        TelegramText.Parsed parsedCaption = caption == null ? null : parse(caption, parseMode,
                p.get("caption_entities"));
        if (parsedCaption != null && parsedCaption.length() > 1024) {
            throw bad("message caption is too long");
        }
        Markup markup = markup(p.get("reply_markup"));
        ObjectNode replyTo = replyTarget(p, chat.id());

        int messageId = nextMessageId(chat.id());
        ObjectNode m = botMessage(chat, messageId);
        putMedia(m, field, fileId, fileName[0]);
        if (parsedCaption != null && !parsedCaption.text().isEmpty()) {
            putParsed(m, "caption", "caption_entities", parsedCaption);
        }
        if (replyTo != null) {
            m.set("reply_to_message", withoutReply(replyTo));
        }
        putMarkup(m, markup);
        store(chat.id(), messageId, method, List.of(fileId), null, replyTo, null, null,
                content(caption, parsedCaption, parseMode, markup, m));
        return m;
    }

    private JsonNode sendMediaGroup(Params params) {
        ObjectNode p = params.fields();
        JsonNode media = p.get("media");
        FakeChat chat = writableChat(p, media != null && media.isArray() ? Math.max(1, media.size()) : 1);
        if (media == null || media.isNull()) {
            throw bad("parameter \"media\" is required");
        }
        if (!media.isArray()) {
            throw bad("can't parse media JSON object");
        }
        if (media.size() > 10) {
            throw bad("too many messages to send as an album");
        }
        if (media.size() < 2) {
            throw bad("not enough messages to send as an album");
        }
        Set<String> types = new HashSet<>();
        media.forEach(item -> types.add(item.path("type").asText()));
        for (String exclusive : List.of("document", "audio")) {
            if (types.contains(exclusive) && types.size() > 1) {
                throw bad(exclusive + " can't be mixed with other media types");
            }
        }
        record Item(String type, String fileId, String fileName, String caption, String parseMode,
                    TelegramText.Parsed parsed) {
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode item : media) {
            String type = item.path("type").asText();
            if (!Set.of("photo", "video", "document", "audio").contains(type)) {
                throw bad("unsupported media type \"" + type + "\" in the album");
            }
            String ref = item.path("media").asText("");
            if (ref.isEmpty()) {
                throw bad("there is no media in the request");
            }
            String[] fileName = new String[1];
            String fileId = resolveFile(ref, params.uploads(), type, fileName);
            String caption = item.hasNonNull("caption") ? item.get("caption").asText() : null;
            String parseMode = item.hasNonNull("parse_mode") ? item.get("parse_mode").asText() : null;
            TelegramText.Parsed parsed = caption == null ? null : parse(caption, parseMode,
                    item.get("caption_entities"));
            if (parsed != null && parsed.length() > 1024) {
                throw bad("message caption is too long");
            }
            items.add(new Item(type, fileId, fileName[0], caption, parseMode, parsed));
        }
        ObjectNode replyTo = replyTarget(p, chat.id());
        String mediaGroupId = Long.toString(13_900_000_000_000_000L + ++mediaGroupCounter);
        ArrayNode result = JSON.createArrayNode();
        for (Item item : items) {
            int messageId = nextMessageId(chat.id());
            ObjectNode m = botMessage(chat, messageId);
            m.put("media_group_id", mediaGroupId);
            putMedia(m, item.type(), item.fileId(), item.fileName());
            if (item.parsed() != null && !item.parsed().text().isEmpty()) {
                putParsed(m, "caption", "caption_entities", item.parsed());
            }
            if (replyTo != null) {
                m.set("reply_to_message", withoutReply(replyTo));
            }
            store(chat.id(), messageId, "sendMediaGroup", List.of(item.fileId()), mediaGroupId, replyTo, null, null,
                    content(item.caption(), item.parsed(), item.parseMode(), Markup.NONE, m));
            result.add(m);
        }
        return result;
    }

    private JsonNode sendChatAction(ObjectNode p) {
        writableChat(p, 0);
        if (textParam(p, "action") == null) {
            throw bad("parameter \"action\" is required");
        }
        return BooleanNode.TRUE;
    }

    private JsonNode forwardOrCopy(ObjectNode p, boolean forward) {
        FakeChat chat = writableChat(p, 1);
        JsonNode fromChatNode = p.get("from_chat_id");
        if (fromChatNode == null || fromChatNode.asText().isEmpty()) {
            throw bad("chat_id is empty");
        }
        long fromChatId = parseChatId(fromChatNode);
        int sourceId = p.path("message_id").asInt(0);
        ObjectNode source = messageJson(fromChatId, sourceId);
        if (source == null) {
            throw bad(forward ? "message to forward not found" : "message to copy not found");
        }
        ObjectNode content = JSON.createObjectNode();
        source.fields().forEachRemaining(e -> {
            if (CONTENT_FIELDS.contains(e.getKey())) {
                content.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        Markup markup = Markup.NONE;
        String parseMode = null;
        String rawText = content.has("text") ? content.get("text").asText()
                : content.has("caption") ? content.get("caption").asText() : null;
        TelegramText.Parsed parsed = rawText == null ? null : TelegramText.plain(rawText);
        ObjectNode replyTo = null;
        if (!forward) {
            if (p.has("caption") && !content.has("text")) {
                rawText = textParam(p, "caption");
                parseMode = textParam(p, "parse_mode");
                parsed = rawText == null ? null : parse(rawText, parseMode, p.get("caption_entities"));
                if (parsed != null && parsed.length() > 1024) {
                    throw bad("message caption is too long");
                }
                content.remove(List.of("caption", "caption_entities"));
                if (parsed != null && !parsed.text().isEmpty()) {
                    putParsed(content, "caption", "caption_entities", parsed);
                }
            }
            markup = markup(p.get("reply_markup"));
            replyTo = replyTarget(p, chat.id());
        }
        int messageId = nextMessageId(chat.id());
        ObjectNode m = botMessage(chat, messageId);
        if (forward) {
            ObjectNode origin = m.putObject("forward_origin");
            origin.put("type", "user");
            origin.put("date", source.path("date").asInt());
            origin.set("sender_user", source.path("from").deepCopy());
        }
        m.setAll(content);
        if (replyTo != null) {
            m.set("reply_to_message", withoutReply(replyTo));
        }
        putMarkup(m, markup);
        store(chat.id(), messageId, forward ? "forwardMessage" : "copyMessage", fileIdsOf(m), null, replyTo,
                fromChatId, sourceId, content(rawText, parsed, parseMode, markup, m));
        if (forward) {
            return m;
        }
        ObjectNode id = JSON.createObjectNode();
        id.put("message_id", messageId);
        return id;
    }

    private JsonNode editMessageText(ObjectNode p) {
        SentMessage sm = editableMessage(p);
        if (!sm.content().json().has("text")) {
            throw bad("there is no text in the message to edit");
        }
        String text = textParam(p, "text");
        if (text == null || text.isEmpty()) {
            throw bad("message text is empty");
        }
        String parseMode = textParam(p, "parse_mode");
        TelegramText.Parsed parsed = parse(text, parseMode, p.get("entities"));
        if (parsed.text().isEmpty()) {
            throw bad("message text is empty");
        }
        if (parsed.length() > 4096) {
            throw bad("message is too long");
        }
        Markup markup = inlineOnly(markup(p.get("reply_markup")));
        ObjectNode m = sm.content().json().deepCopy();
        m.remove(List.of("text", "entities"));
        putParsed(m, "text", "entities", parsed);
        return applyEdit(sm, m, text, parsed, parseMode, markup);
    }

    private JsonNode editMessageCaption(ObjectNode p) {
        SentMessage sm = editableMessage(p);
        if (sm.content().json().has("text")) {
            throw bad("there is no caption in the message to edit");
        }
        String caption = textParam(p, "caption");
        String parseMode = textParam(p, "parse_mode");
        TelegramText.Parsed parsed = caption == null ? null : parse(caption, parseMode, p.get("caption_entities"));
        if (parsed != null && parsed.length() > 1024) {
            throw bad("message caption is too long");
        }
        Markup markup = inlineOnly(markup(p.get("reply_markup")));
        ObjectNode m = sm.content().json().deepCopy();
        m.remove(List.of("caption", "caption_entities"));
        if (parsed != null && !parsed.text().isEmpty()) {
            putParsed(m, "caption", "caption_entities", parsed);
        }
        return applyEdit(sm, m, caption, parsed, parseMode, markup);
    }

    private JsonNode editMessageReplyMarkup(ObjectNode p) {
        SentMessage sm = editableMessage(p);
        Markup markup = inlineOnly(markup(p.get("reply_markup")));
        SentMessage.Content c = sm.content();
        ObjectNode m = c.json().deepCopy();
        TelegramText.Parsed parsed = c.plainText() == null ? null
                : new TelegramText.Parsed(c.plainText(), List.of());
        return applyEdit(sm, m, c.text(), parsed, c.parseMode(), markup);
    }

    private JsonNode applyEdit(SentMessage sm, ObjectNode newJson, String rawText, TelegramText.Parsed parsed,
                               String parseMode, Markup markup) {
        ObjectNode old = sm.content().json();
        newJson.remove("reply_markup");
        newJson.remove("edit_date");
        putMarkup(newJson, markup);
        ObjectNode oldComparable = old.deepCopy();
        oldComparable.remove("edit_date");
        if (oldComparable.equals(newJson)) {
            throw bad(NOT_MODIFIED);
        }
        newJson.put("edit_date", now());
        if (sm.chatId() < 0) {
            flood.counted(sm.chatId(), nanoClock.getAsLong());
        }
        // an edited message keeps its raw text history; an unchanged text keeps the old raw text
        sm.edit(content(rawText, parsed, parseMode, markup, newJson));
        sm.touch(++seq);
        return newJson;
    }

    private SentMessage editableMessage(ObjectNode p) {
        if (p.hasNonNull("inline_message_id")) {
            throw bad("message to edit not found");
        }
        FakeChat chat = writableChat(p, chatIdParam(p) < 0 ? 1 : 0);
        if (!p.hasNonNull("message_id")) {
            throw bad("message identifier is not specified");
        }
        int messageId = p.path("message_id").asInt(0);
        SentMessage sm = botMessages.get(new MsgKey(chat.id(), messageId));
        if (sm == null || sm.deleted()) {
            if (userMessages.containsKey(new MsgKey(chat.id(), messageId))) {
                throw bad("message can't be edited");
            }
            throw bad("message to edit not found");
        }
        return sm;
    }

    private JsonNode deleteMessage(ObjectNode p) {
        long chatId = chatIdParam(p);
        int messageId = p.path("message_id").asInt(0);
        MsgKey key = new MsgKey(chatId, messageId);
        SentMessage sm = botMessages.get(key);
        if (sm != null && !sm.deleted()) {
            sm.markDeleted();
            sm.touch(++seq);
            return BooleanNode.TRUE;
        }
        if (userMessages.remove(key) != null) {
            return BooleanNode.TRUE;
        }
        throw bad("message to delete not found");
    }

    private JsonNode answerCallbackQuery(ObjectNode p) {
        String id = textParam(p, "callback_query_id");
        CallbackInfo info = id == null ? null : callbackQueries.get(id);
        if (info == null || info.answered) {
            throw bad("query is too old and response timeout expired or query ID is invalid");
        }
        String text = textParam(p, "text");
        if (text != null && text.length() > 200) {
            throw bad("MESSAGE_TOO_LONG");
        }
        info.answered = true;
        return BooleanNode.TRUE;
    }

    private JsonNode setMyCommands(ObjectNode p) {
        JsonNode list = p.get("commands");
        if (list == null || list.isNull()) {
            throw bad("parameter \"commands\" is required");
        }
        if (!list.isArray()) {
            throw bad("can't parse commands JSON object");
        }
        if (list.size() > 100) {
            throw bad("too many commands specified");
        }
        for (JsonNode c : list) {
            String command = c.path("command").asText("");
            String description = c.path("description").asText("");
            if (command.startsWith("/")) {
                command = command.substring(1);
            }
            if (!BOT_COMMAND.matcher(command).matches()) {
                throw bad("BOT_COMMAND_INVALID");
            }
            if (description.isBlank() || description.length() > 256) {
                throw bad("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }
        commands.put(commandsKey(p.get("scope"), textParam(p, "language_code")), list.deepCopy());
        return BooleanNode.TRUE;
    }

    private JsonNode deleteMyCommands(ObjectNode p) {
        commands.remove(commandsKey(p.get("scope"), textParam(p, "language_code")));
        return BooleanNode.TRUE;
    }

    private JsonNode getMyCommands(ObjectNode p) {
        JsonNode c = commands.get(commandsKey(p.get("scope"), textParam(p, "language_code")));
        return c == null ? JSON.createArrayNode() : c.deepCopy();
    }

    private static String commandsKey(JsonNode scope, String languageCode) {
        String s = scope == null || scope.isNull() || scope.path("type").asText().equals("default") ? "default"
                : scope.toString();
        return s + "|" + (languageCode == null ? "" : languageCode);
    }

    private JsonNode leaveChat(ObjectNode p) {
        long chatId = chatIdParam(p);
        FakeChat chat = knownOrImplicitChat(chatId);
        if (chat.isPrivate()) {
            throw bad("chat member status can't be changed in private chats");
        }
        if (leftChats.contains(chatId) || blocked.contains(chatId)) {
            throw new ApiError(403, "Forbidden: bot is not a member of the " + chat.type() + " chat", null);
        }
        leftChats.add(chatId);
        return BooleanNode.TRUE;
    }

    private JsonNode getChat(ObjectNode p) {
        long chatId = chatIdParam(p);
        FakeChat chat = chats.get(chatId);
        if (chat == null) {
            throw bad("chat not found");
        }
        if ("channel".equals(chat.type()) && chat.username() == null && Set.of("left", "kicked")
                .contains(memberStatuses.getOrDefault(new MsgKey(chatId, BOT_ID), "left"))) {
            // a private channel is invisible to a bot that is not in it
            throw bad("chat not found");
        }
        ObjectNode n = chat.json();
        n.put("accent_color_id", 0);
        n.put("max_reaction_count", 11);
        return n;
    }

    private JsonNode getChatMember(ObjectNode p) {
        long chatId = chatIdParam(p);
        long userId = p.path("user_id").asLong(0);
        FakeChat chat = knownOrImplicitChat(chatId);
        ObjectNode userJson;
        if (userId == BOT_ID) {
            userJson = botUserJson();
        } else if (users.containsKey(userId)) {
            userJson = users.get(userId).json();
        } else {
            throw bad("user not found");
        }
        return memberJson(chat, userId, userJson);
    }

    private ObjectNode memberJson(FakeChat chat, long userId, ObjectNode userJson) {
        String status = memberStatuses.get(new MsgKey(chat.id(), userId));
        if (status == null) {
            if (userId == BOT_ID && "channel".equals(chat.type())) {
                status = "left";
            } else if (userId == BOT_ID) {
                status = blocked.contains(chat.id()) ? "kicked" : leftChats.contains(chat.id()) ? "left" : "member";
            } else {
                status = "member";
            }
        }
        ObjectNode m = JSON.createObjectNode();
        m.put("status", status);
        m.set("user", userJson);
        switch (status) {
            case "creator" -> m.put("is_anonymous", false);
            case "administrator" -> {
                m.put("can_be_edited", false);
                m.put("is_anonymous", false);
                m.put("can_manage_chat", true);
                m.put("can_delete_messages", true);
                m.put("can_restrict_members", true);
                m.put("can_promote_members", false);
                m.put("can_change_info", true);
                m.put("can_invite_users", true);
                m.put("can_pin_messages", true);
                if ("channel".equals(chat.type())) {
                    boolean posts = userId != BOT_ID || channelsBotMayPostIn.contains(chat.id());
                    m.put("can_post_messages", posts);
                    m.put("can_edit_messages", posts);
                    m.remove("can_pin_messages");
                    m.remove("can_restrict_members");
                }
            }
            case "kicked" -> m.put("until_date", 0);
            default -> {
            }
        }
        return m;
    }

    private JsonNode getChatAdministrators(ObjectNode p) {
        long chatId = chatIdParam(p);
        FakeChat chat = knownOrImplicitChat(chatId);
        if (chat.isPrivate()) {
            throw bad("there are no administrators in the private chat");
        }
        ArrayNode admins = JSON.createArrayNode();
        memberStatuses.forEach((key, status) -> {
            if (key.chatId() == chatId && (status.equals("creator") || status.equals("administrator"))) {
                FakeUser u = users.get(key.id());
                if (u != null) {
                    admins.add(memberJson(chat, u.id(), u.json()));
                }
            }
        });
        return admins;
    }

    private JsonNode getChatMemberCount(ObjectNode p) {
        long chatId = chatIdParam(p);
        FakeChat chat = knownOrImplicitChat(chatId);
        if (chat.isPrivate()) {
            return JSON.getNodeFactory().numberNode(2);
        }
        long members = memberStatuses.entrySet().stream()
                .filter(e -> e.getKey().chatId() == chatId && !Set.of("left", "kicked").contains(e.getValue()))
                .count();
        return JSON.getNodeFactory().numberNode(Math.max(2, members + 1));
    }

    private JsonNode getFile(ObjectNode p) {
        String fileId = textParam(p, "file_id");
        if (fileId == null || fileId.isEmpty()) {
            throw bad("file_id is empty");
        }
        KnownFile f = files.get(fileId);
        if (f == null && strictFileIds) {
            throw bad("invalid file_id");
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("file_id", fileId);
        n.put("file_unique_id", uniqueId(fileId));
        n.put("file_size", f != null && f.bytes() != null ? f.bytes().length : 12_345);
        n.put("file_path", "files/" + fileId);
        return n;
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers for methods
    // ------------------------------------------------------------------------------------------------------------

    private long chatIdParam(ObjectNode p) {
        JsonNode n = p.get("chat_id");
        if (n == null || n.isNull() || n.asText().isEmpty()) {
            throw bad("chat_id is empty");
        }
        if (n.isTextual() && n.asText().startsWith("@")) {
            return byUsername(n.asText().substring(1)).map(FakeChat::id).orElseThrow(() -> bad("chat not found"));
        }
        return parseChatId(n);
    }

    /** A public channel or supergroup by its username (case-insensitive, as Telegram matches them). */
    private Optional<FakeChat> byUsername(String username) {
        return chats.values().stream()
                .filter(chat -> !chat.isPrivate() && chat.username() != null
                        && chat.username().equalsIgnoreCase(username))
                .findFirst();
    }

    private long parseChatId(JsonNode n) {
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        try {
            return Long.parseLong(n.asText().trim());
        } catch (NumberFormatException e) {
            throw bad("chat not found");
        }
    }

    private FakeChat knownOrImplicitChat(long chatId) {
        FakeChat chat = chats.get(chatId);
        if (chat != null) {
            if (requireKnownChats && chat.isPrivate() && !startedPrivateChats.contains(chatId)) {
                throw new ApiError(403, "Forbidden: bot can't initiate conversation with a user", null);
            }
            return chat;
        }
        if (requireKnownChats || chatId == 0) {
            throw bad("chat not found");
        }
        return chatId > 0 ? new FakeChat(chatId, "private", null, "User " + chatId, null)
                : new FakeChat(chatId, "supergroup", "Group " + chatId, null, null);
    }

    /**
     * Resolves chat_id and applies block / left rules, and for a call that creates {@code newMessages} messages
     * (0 for other calls) the flood rules.
     */
    private FakeChat writableChat(ObjectNode p, int newMessages) {
        long chatId = chatIdParam(p);
        FakeChat chat = knownOrImplicitChat(chatId);
        if (blocked.contains(chatId)) {
            throw new ApiError(403, chat.isPrivate() ? "Forbidden: bot was blocked by the user"
                    : "Forbidden: bot was kicked from the " + chat.type() + " chat", null);
        }
        if (leftChats.contains(chatId)) {
            throw new ApiError(403, "Forbidden: bot is not a member of the " + chat.type() + " chat", null);
        }
        if ("channel".equals(chat.type()) && !channelsBotMayPostIn.contains(chat.id())) {
            String status = memberStatuses.getOrDefault(new MsgKey(chat.id(), BOT_ID), "left");
            if (Set.of("left", "kicked").contains(status)) {
                throw new ApiError(403, "Forbidden: bot is not a member of the channel chat", null);
            }
            throw new ApiError(400, "Bad Request: need administrator rights in the channel chat", null);
        }
        if (newMessages > 0) {
            Integer retryAfter = flood.refusal(chatId, newMessages, nanoClock.getAsLong());
            if (retryAfter != null) {
                throw new ApiError(429, "Too Many Requests: retry after " + retryAfter, retryAfter);
            }
        }
        return chat;
    }

    private static String textParam(ObjectNode p, String name) {
        JsonNode n = p.get(name);
        return n == null || n.isNull() ? null : n.isValueNode() ? n.asText() : n.toString();
    }

    private TelegramText.Parsed parse(String text, String parseMode, JsonNode entities) {
        try {
            if ((parseMode == null || parseMode.isEmpty()) && entities != null && entities.isArray()) {
                List<TelegramText.Entity> list = new ArrayList<>();
                for (JsonNode e : entities) {
                    list.add(new TelegramText.Entity(e.path("type").asText(), e.path("offset").asInt(),
                            e.path("length").asInt(), e.path("url").asText(null), e.path("language").asText(null),
                            e.path("custom_emoji_id").asText(null)));
                }
                return new TelegramText.Parsed(text, List.copyOf(list)).trimmed();
            }
            return TelegramText.parse(text, parseMode, strictHtmlEntities).trimmed();
        } catch (IllegalArgumentException e) {
            throw bad("unsupported parse_mode");
        } catch (TelegramText.ParseException e) {
            throw bad("can't parse entities: " + e.getMessage());
        }
    }

    private static void putParsed(ObjectNode m, String field, String entitiesField, TelegramText.Parsed parsed) {
        m.put(field, parsed.text());
        if (!parsed.entities().isEmpty()) {
            ArrayNode arr = m.putArray(entitiesField);
            for (TelegramText.Entity e : parsed.entities()) {
                ObjectNode n = arr.addObject();
                n.put("offset", e.offset());
                n.put("length", e.length());
                n.put("type", e.type());
                if (e.url() != null) {
                    n.put("url", e.url());
                }
                if (e.language() != null) {
                    n.put("language", e.language());
                }
                if (e.customEmojiId() != null) {
                    n.put("custom_emoji_id", e.customEmojiId());
                }
            }
        }
    }

    private Markup markup(JsonNode rm) {
        if (rm == null || rm.isNull()) {
            return Markup.NONE;
        }
        if (!rm.isObject()) {
            throw bad("can't parse reply keyboard markup JSON object");
        }
        if (rm.has("inline_keyboard")) {
            JsonNode kb = rm.get("inline_keyboard");
            if (!kb.isArray()) {
                throw bad("can't parse inline keyboard markup: field \"inline_keyboard\" must be of type Array");
            }
            List<List<SentMessage.Button>> rows = new ArrayList<>();
            for (JsonNode row : kb) {
                if (!row.isArray()) {
                    throw bad("can't parse inline keyboard markup: field \"inline_keyboard\" must be an Array of "
                            + "Arrays");
                }
                List<SentMessage.Button> buttons = new ArrayList<>();
                for (JsonNode b : row) {
                    buttons.add(inlineButton(b));
                }
                rows.add(List.copyOf(buttons));
            }
            return new Markup(rm.deepCopy(), kb.deepCopy(), List.copyOf(rows), false);
        }
        if (rm.has("force_reply")) {
            return new Markup(rm.deepCopy(), null, List.of(), rm.get("force_reply").asBoolean(false));
        }
        if (rm.has("keyboard")) {
            JsonNode kb = rm.get("keyboard");
            if (!kb.isArray()) {
                throw bad("can't parse keyboard markup: field \"keyboard\" must be of type Array");
            }
            for (JsonNode row : kb) {
                if (!row.isArray()) {
                    throw bad("can't parse keyboard markup: field \"keyboard\" must be an Array of Arrays");
                }
                for (JsonNode b : row) {
                    String text = b.isTextual() ? b.asText() : b.path("text").asText("");
                    if (text.isEmpty()) {
                        throw bad("can't parse keyboard button: field \"text\" must be of type String");
                    }
                }
            }
            return new Markup(rm.deepCopy(), null, List.of(), false);
        }
        if (rm.has("remove_keyboard")) {
            return new Markup(rm.deepCopy(), null, List.of(), false);
        }
        throw bad("can't parse reply keyboard markup JSON object");
    }

    private static SentMessage.Button inlineButton(JsonNode b) {
        if (!b.isObject()) {
            throw bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
        }
        JsonNode text = b.get("text");
        if (text == null || !text.isTextual()) {
            throw bad("can't parse inline keyboard button: Field \"text\" must be of type String");
        }
        boolean hasAction = false;
        for (String action : List.of("url", "callback_data", "switch_inline_query",
                "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "callback_game", "pay",
                "login_url", "web_app", "copy_text")) {
            hasAction |= b.hasNonNull(action);
        }
        if (!hasAction) {
            throw bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        String callbackData = b.hasNonNull("callback_data") ? b.get("callback_data").asText() : null;
        if (callbackData != null) {
            int bytes = callbackData.getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > 64) {
                throw bad("BUTTON_DATA_INVALID");
            }
        }
        String url = b.hasNonNull("url") ? b.get("url").asText() : null;
        if (url != null && !isValidButtonUrl(url)) {
            throw bad("inline keyboard button URL '" + url + "' is invalid: Wrong HTTP URL");
        }
        return new SentMessage.Button(text.asText(), callbackData, url);
    }

    private static boolean isValidButtonUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tg://")) {
            return url.length() > 5;
        }
        HttpUrl parsed = HttpUrl.parse(lower.startsWith("http://") || lower.startsWith("https://") ? url
                : "http://" + url);
        return parsed != null && parsed.host().contains(".");
    }

    private static Markup inlineOnly(Markup markup) {
        if (markup.raw() != null && markup.inlineKeyboard() == null) {
            throw bad("inline keyboard expected");
        }
        return markup;
    }

    private static void putMarkup(ObjectNode m, Markup markup) {
        // Telegram only echoes inline keyboards in Message.reply_markup
        if (markup.inlineKeyboard() != null && !markup.inlineKeyboard().isEmpty()) {
            m.putObject("reply_markup").set("inline_keyboard", markup.inlineKeyboard().deepCopy());
        }
    }

    private ObjectNode replyTarget(ObjectNode p, long chatId) {
        JsonNode rp = p.get("reply_parameters");
        Integer replyId = null;
        long targetChat = chatId;
        boolean allowWithout = p.path("allow_sending_without_reply").asBoolean(false);
        if (p.hasNonNull("reply_to_message_id")) {
            replyId = p.get("reply_to_message_id").asInt();
        } else if (rp != null && rp.isObject() && rp.hasNonNull("message_id")) {
            replyId = rp.get("message_id").asInt();
            if (rp.hasNonNull("chat_id")) {
                targetChat = parseChatId(rp.get("chat_id"));
            }
            allowWithout |= rp.path("allow_sending_without_reply").asBoolean(false);
        }
        if (replyId == null) {
            return null;
        }
        ObjectNode target = messageJson(targetChat, replyId);
        if (target == null && !allowWithout) {
            throw bad("message to be replied not found");
        }
        return target;
    }

    private ObjectNode messageJson(long chatId, int messageId) {
        MsgKey key = new MsgKey(chatId, messageId);
        SentMessage sm = botMessages.get(key);
        if (sm != null) {
            return sm.deleted() ? null : sm.content().json();
        }
        return userMessages.get(key);
    }

    private String resolveFile(String ref, Map<String, byte[]> uploads, String type, String[] fileNameOut) {
        if (ref.startsWith("attach://")) {
            String name = ref.substring("attach://".length());
            byte[] data = uploads.get(name);
            if (data == null) {
                throw bad("wrong file identifier/HTTP URL specified");
            }
            String fileId = "fake-" + type + "-" + ++fileCounter;
            files.put(fileId, new KnownFile(type, name, data));
            fileNameOut[0] = name;
            return fileId;
        }
        if (ref.startsWith("http://") || ref.startsWith("https://")) {
            String fileId = "fake-" + type + "-" + ++fileCounter;
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            files.put(fileId, new KnownFile(type, name, null));
            fileNameOut[0] = name;
            return fileId;
        }
        KnownFile known = files.get(ref);
        if (known == null && strictFileIds) {
            throw bad("wrong file identifier/HTTP URL specified");
        }
        fileNameOut[0] = known == null ? null : known.fileName();
        return ref;
    }

    private static void putMedia(ObjectNode m, String field, String fileId, String fileName) {
        String unique = uniqueId(fileId);
        switch (field) {
            case "photo" -> m.putArray("photo").add(FakeUser.photoSize(fileId, 1280, 960, 123_456));
            case "video", "animation" -> {
                ObjectNode v = m.putObject(field);
                v.put("file_id", fileId);
                v.put("file_unique_id", unique);
                v.put("width", 1280);
                v.put("height", 720);
                v.put("duration", 12);
                v.put("mime_type", "video/mp4");
                if (fileName != null) {
                    v.put("file_name", fileName);
                }
                v.put("file_size", 2_345_678);
                if (field.equals("animation")) {
                    ObjectNode d = m.putObject("document");
                    d.put("file_id", fileId);
                    d.put("file_unique_id", unique);
                    d.put("mime_type", "video/mp4");
                }
            }
            case "document" -> {
                ObjectNode d = m.putObject("document");
                d.put("file_id", fileId);
                d.put("file_unique_id", unique);
                String name = fileName == null ? "document" : fileName;
                d.put("file_name", name);
                d.put("mime_type", mimeType(name));
                d.put("file_size", 24_576);
            }
            case "audio", "voice" -> {
                ObjectNode a = m.putObject(field);
                a.put("file_id", fileId);
                a.put("file_unique_id", unique);
                a.put("duration", 7);
                a.put("mime_type", field.equals("voice") ? "audio/ogg" : "audio/mpeg");
                a.put("file_size", 54_321);
            }
            case "sticker" -> {
                ObjectNode s = m.putObject("sticker");
                s.put("file_id", fileId);
                s.put("file_unique_id", unique);
                s.put("type", "regular");
                s.put("width", 512);
                s.put("height", 512);
                s.put("is_animated", false);
                s.put("is_video", false);
            }
            case "video_note" -> {
                ObjectNode v = m.putObject("video_note");
                v.put("file_id", fileId);
                v.put("file_unique_id", unique);
                v.put("length", 240);
                v.put("duration", 5);
            }
            default -> throw new IllegalArgumentException(field);
        }
    }

    private static List<String> fileIdsOf(ObjectNode m) {
        List<String> ids = new ArrayList<>();
        JsonNode photo = m.get("photo");
        if (photo != null && photo.isArray() && !photo.isEmpty()) {
            ids.add(photo.get(photo.size() - 1).path("file_id").asText());
        }
        for (String f : List.of("video", "animation", "audio", "voice", "sticker", "video_note")) {
            if (m.has(f)) {
                ids.add(m.get(f).path("file_id").asText());
            }
        }
        if (m.has("document") && !m.has("animation")) {
            ids.add(m.get("document").path("file_id").asText());
        }
        return ids;
    }

    private ObjectNode botMessage(FakeChat chat, int messageId) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", messageId);
        if ("channel".equals(chat.type())) {
            m.set("sender_chat", chat.json());
        } else {
            m.set("from", botUserJson());
        }
        m.set("chat", chat.json());
        m.put("date", now());
        return m;
    }

    private SentMessage.Content content(String raw, TelegramText.Parsed parsed, String parseMode, Markup markup,
                                        ObjectNode json) {
        return new SentMessage.Content(raw, parsed == null ? null : parsed.text(), parseMode, markup.keyboard(),
                markup.raw(), markup.forceReply(), json.deepCopy(),
                callReceivedAt != null ? callReceivedAt : Instant.now());
    }

    private void store(long chatId, int messageId, String method, List<String> fileIds, String mediaGroupId,
                       ObjectNode replyTo, Long sourceChatId, Integer sourceMessageId, SentMessage.Content content) {
        Integer replyToId = replyTo == null ? null : replyTo.path("message_id").asInt();
        SentMessage sm = new SentMessage(++seq, chatId, messageId, method, fileIds, mediaGroupId, replyToId,
                sourceChatId, sourceMessageId, content);
        botMessages.put(new MsgKey(chatId, messageId), sm);
        flood.delivered(chatId, nanoClock.getAsLong());
        if (recording) {
            recordedMessages.add(sm);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // misc
    // ------------------------------------------------------------------------------------------------------------

    /** Stats for FakeTelegramMain's control endpoint. */
    ObjectNode stats() {
        lock.lock();
        try {
            ObjectNode n = JSON.createObjectNode();
            n.put("get_updates_calls", getUpdatesCalls);
            n.put("get_updates_conflicts", getUpdatesConflicts);
            n.put("pending_updates", pending.size());
            n.put("next_update_id", nextUpdateId);
            n.put("confirmed_up_to", confirmedUpTo);
            n.put("bot_messages", botMessages.size());
            n.put("recorded_calls", recordedCalls.size());
            ObjectNode counts = n.putObject("calls");
            new TreeMap<>(callCounts).forEach(counts::put);
            n.put("too_many_requests", flood.tooManyRequests());
            n.put("premature_retries", flood.prematureRetries());
            ObjectNode perChat = n.putObject("messages_per_chat");
            flood.deliveredPerChat().forEach((chatId, count) -> perChat.put(Long.toString(chatId), count));
            n.set("flood_limits", flood.limits() == null ? null : FakeTelegramControl.json(flood.limits()));
            return n;
        } finally {
            lock.unlock();
        }
    }

    private String describeChat(long chatId) {
        StringBuilder sb = new StringBuilder();
        List<SentMessage> messages = messagesTo(chatId);
        sb.append("Messages sent to chat ").append(chatId).append(" (").append(messages.size()).append("):");
        for (SentMessage m : messages) {
            sb.append("\n  - ").append(m);
        }
        List<RecordedCall> failed = callsTo(chatId).stream().filter(c -> !c.ok()).collect(Collectors.toList());
        if (!failed.isEmpty()) {
            sb.append("\nFailed calls for chat ").append(chatId).append(':');
            for (RecordedCall c : failed) {
                sb.append("\n  - ").append(c.method()).append(" -> ").append(c.status()).append(' ')
                        .append(c.description()).append(" params=").append(abbreviate(c.params().toString()));
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }

    private void awaitOrFail(java.util.concurrent.Callable<Boolean> condition,
                             java.util.function.Supplier<String> failure) {
        try {
            Awaitility.await().atMost(awaitTimeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(failure.get(), e);
        }
    }

    private static <T> Predicate<T> safe(Predicate<T> predicate) {
        return x -> {
            try {
                return predicate.test(x);
            } catch (RuntimeException e) {
                return false;
            }
        };
    }

    private <T> T locked(java.util.function.Supplier<T> supplier) {
        lock.lock();
        try {
            return supplier.get();
        } finally {
            lock.unlock();
        }
    }

    static ObjectNode withoutReply(ObjectNode message) {
        ObjectNode copy = message.deepCopy();
        copy.remove("reply_to_message");
        return copy;
    }

    static int now() {
        return (int) Instant.now().getEpochSecond();
    }

    static String uniqueId(String fileId) {
        return "AgAD" + Integer.toHexString(fileId.hashCode());
    }

    static String mimeType(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String ext = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "pdf" -> "application/pdf";
            case "doc" -> "application/msword";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xls" -> "application/vnd.ms-excel";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "ppt" -> "application/vnd.ms-powerpoint";
            case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "mp4" -> "video/mp4";
            case "txt" -> "text/plain";
            case "zip" -> "application/zip";
            default -> "application/octet-stream";
        };
    }

    /** bot_command entities the way Telegram detects them (TDLib's match_bot_commands). */
    static ArrayNode botCommandEntities(String text) {
        ArrayNode out = JSON.createArrayNode();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.charAt(i) != '/') {
                i++;
                continue;
            }
            if (i > 0) {
                char prev = text.charAt(i - 1);
                if (isWordChar(prev) || prev == '/' || prev == '<' || prev == '>') {
                    i++;
                    continue;
                }
            }
            int j = i + 1;
            while (j < n && isAsciiWordChar(text.charAt(j))) {
                j++;
            }
            int size = j - i - 1;
            if (size < 1 || size > 64) {
                i = Math.max(j, i + 1);
                continue;
            }
            int end = j;
            if (j < n && text.charAt(j) == '@') {
                int k = j + 1;
                while (k < n && isAsciiWordChar(text.charAt(k))) {
                    k++;
                }
                int mentionSize = k - j - 1;
                if (mentionSize < 3 || mentionSize > 32) {
                    i = k;
                    continue;
                }
                end = k;
                j = k;
            }
            char next = j < n ? text.charAt(j) : 0;
            if (isWordChar(next) || next == '/' || next == '<' || next == '>') {
                i = j;
                continue;
            }
            ObjectNode e = out.addObject();
            e.put("offset", i);
            e.put("length", end - i);
            e.put("type", "bot_command");
            i = end;
        }
        return out;
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isWordChar(char c) {
        return c != 0 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
