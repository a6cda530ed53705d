package id.humas.hub.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaGroup;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.media.InputMedia;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Flood control: sliding windows, edits in groups counted, 429 answers, bans, premature retries, the control API. */
class FakeTelegramLimitsTest {

    private static final String TOKEN = "123456:TEST-token";
    private static final long BUDI = 42L;
    private static final long SARI = 43L;
    private static final long GROUP = -100555L;

    private FakeTelegram fake;
    private OkHttpTelegramClient client;
    private final AtomicLong clock = new AtomicLong();
    private final OkHttpClient raw = new OkHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void setUp() {
        fake = new FakeTelegram(TOKEN).start();
        fake.useNanoClock(clock::get);
        client = new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1", fake.port(), false));
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    private void at(Duration sinceStart) {
        clock.set(sinceStart.toNanos());
    }

    private Message send(long chatId, String text) throws TelegramApiException {
        return client.execute(SendMessage.builder().chatId(chatId).text(text).build());
    }

    /** The retry_after of the 429 that sending gets. */
    private int refusedRetryAfter(long chatId) {
        try {
            send(chatId, "ditolak");
        } catch (TelegramApiRequestException e) {
            assertThat(e.getErrorCode()).isEqualTo(429);
            assertThat(e.getApiResponse()).isEqualTo("Too Many Requests: retry after "
                    + e.getParameters().getRetryAfter());
            return e.getParameters().getRetryAfter();
        } catch (TelegramApiException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a 429");
    }

    private JsonNode rawCall(String path, String json, int expectedStatus) throws IOException {
        Request request = new Request.Builder().url(fake.apiUrl() + path)
                .post(RequestBody.create(json, MediaType.parse("application/json"))).build();
        try (Response response = raw.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(expectedStatus);
            return mapper.readTree(response.body().string());
        }
    }

    private JsonNode control(String httpMethod, String path, String json) throws IOException {
        Request.Builder builder = new Request.Builder().url(fake.apiUrl() + "/_fake/" + path);
        switch (httpMethod) {
            case "GET" -> builder.get();
            case "DELETE" -> builder.delete();
            default -> builder.post(RequestBody.create(json, MediaType.parse("application/json")));
        }
        try (Response response = raw.newCall(builder.build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
            return mapper.readTree(response.body().string()).get("result");
        }
    }

    @Test
    void withoutFloodLimitsEverySendGoesThrough() throws Exception {
        for (int i = 0; i < 40; i++) {
            send(BUDI, "pesan " + i);
        }
        assertThat(fake.floodLimits()).isEmpty();
        assertThat(fake.messagesDeliveredTo(BUDI)).isEqualTo(40);
        assertThat(fake.tooManyRequestsAnswers()).isZero();
    }

    @Test
    void aPrivateChatTakesOneInAnyRollingSecond() throws Exception {
        fake.enforceFloodLimits(FloodLimits.telegramDefaults());
        send(BUDI, "pesan 0");
        JsonNode refused = rawCall("/bot" + TOKEN + "/sendMessage", "{\"chat_id\":42,\"text\":\"kedua\"}", 429);
        assertThat(refused).isEqualTo(mapper.readTree("{\"ok\":false,\"error_code\":429,"
                + "\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}"));
        assertThat(fake.messagesTo(BUDI)).hasSize(1);
        assertThat(fake.calls("sendMessage")).extracting(RecordedCall::status).containsExactly(200, 429);
        // another private chat has its own window
        send(SARI, "halo Sari");

        at(Duration.ofMillis(999));
        assertThat(refusedRetryAfter(BUDI)).isEqualTo(1);
        assertThat(fake.prematureRetries()).isEqualTo(1);

        at(Duration.ofSeconds(1));
        send(BUDI, "kedua");
        assertThat(refusedRetryAfter(BUDI)).as("the window is full again").isEqualTo(1);
        assertThat(fake.prematureRetries()).as("a new 429, not a premature retry").isEqualTo(1);
        assertThat(fake.tooManyRequestsAnswers()).isEqualTo(3);
        assertThat(fake.messagesDeliveredPerChat()).isEqualTo(Map.of(BUDI, 2L, SARI, 1L));
    }

    @Test
    void aGroupTakesTwentyInAnyRollingMinuteWhateverCameBefore() throws Exception {
        fake.enforceFloodLimits(FloodLimits.telegramDefaults());
        for (int i = 0; i < 10; i++) {
            send(GROUP, "pagi " + i);
        }
        at(Duration.ofSeconds(30));
        for (int i = 0; i < 10; i++) {
            send(GROUP, "siang " + i);
        }
        assertThat(refusedRetryAfter(GROUP)).as("until the first ten leave the window").isEqualTo(30);

        at(Duration.ofSeconds(45));
        assertThat(refusedRetryAfter(GROUP)).as("a bucket would have refilled five by now").isEqualTo(15);
        assertThat(fake.prematureRetries()).isEqualTo(1);
        at(Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            send(GROUP, "sore " + i);
        }
        assertThat(refusedRetryAfter(GROUP)).as("the ten of 0:30 are still within the minute").isEqualTo(30);
        assertThat(fake.messagesDeliveredTo(GROUP)).isEqualTo(30);
    }

    @Test
    void editsInAGroupCountWithSendsAndEditsInAPrivateChatDoNot() throws Exception {
        fake.enforceFloodLimits(FloodLimits.telegramDefaults());
        Message card = send(GROUP, "kartu");
        for (int i = 0; i < 18; i++) {
            send(GROUP, "pesan " + i);
        }
        client.execute(EditMessageText.builder().chatId(GROUP).messageId(card.getMessageId()).text("diterima").build());
        assertThat(refusedRetryAfter(GROUP)).as("19 sends and an edit fill the minute").isEqualTo(60);
        try {
            client.execute(EditMessageText.builder().chatId(GROUP).messageId(card.getMessageId()).text("terbit")
                    .build());
            throw new AssertionError("an edit beyond the limit went through");
        } catch (TelegramApiRequestException e) {
            assertThat(e.getErrorCode()).isEqualTo(429);
        }
        assertThat(fake.messagesTo(GROUP)).hasSize(19).anyMatch(m -> "diterima".equals(m.plainText()))
                .noneMatch(m -> "terbit".equals(m.plainText()));

        Message toBudi = send(BUDI, "satu");
        client.execute(EditMessageText.builder().chatId(BUDI).messageId(toBudi.getMessageId()).text("dua").build());
        client.execute(EditMessageText.builder().chatId(BUDI).messageId(toBudi.getMessageId()).text("tiga").build());
        assertThat(fake.lastMessageTo(BUDI).orElseThrow().plainText()).isEqualTo("tiga");
    }

    @Test
    void theGlobalWindowIsSharedByAllChatsAndItsBanCoversThemAll() throws Exception {
        fake.enforceFloodLimits(FloodLimits.telegramDefaults());
        for (long chat = 1; chat <= 30; chat++) {
            send(chat, "siaran");
        }
        assertThat(refusedRetryAfter(31)).isEqualTo(1);
        assertThat(refusedRetryAfter(32)).as("a chat not sent to yet is banned globally as well").isEqualTo(1);
        assertThat(fake.prematureRetries()).isEqualTo(1);

        at(Duration.ofSeconds(1));
        for (long chat = 31; chat <= 60; chat++) {
            send(chat, "siaran");
        }
        assertThat(fake.messagesDeliveredPerChat()).hasSize(60);
    }

    @Test
    void onlyCallsThatCreateMessagesOrEditInGroupsCount() throws Exception {
        fake.enforceFloodLimits(FloodLimits.telegramDefaults().withGlobal(FloodLimits.Window.perMinute(1)));
        FakeUser budi = fake.user(BUDI, "Budi");
        FakeChat group = fake.group(GROUP, "Humas");
        Message sent = send(BUDI, "satu-satunya");
        SentMessage recorded = fake.lastMessageTo(BUDI).orElseThrow();
        CallbackPress press = budi.pressesData(recorded, "ok");
        assertThat(refusedRetryAfter(BUDI)).isEqualTo(60);

        client.execute(EditMessageText.builder().chatId(BUDI).messageId(sent.getMessageId()).text("diubah").build());
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(press.callbackQueryId()).build());
        client.execute(SendChatAction.builder().chatId(BUDI).action("typing").build());
        client.execute(SetMyCommands.builder().command(new BotCommand("start", "Mulai")).build());
        client.execute(new GetMe());
        client.execute(GetUpdates.builder().offset(0).timeout(0).build());
        client.execute(LeaveChat.builder().chatId(group.id()).build());

        assertThat(fake.lastMessageTo(BUDI).orElseThrow().plainText()).isEqualTo("diubah");
        assertThat(fake.tooManyRequestsAnswers()).isEqualTo(1);
        assertThat(fake.prematureRetries()).isZero();
    }

    @Test
    void anAlbumCountsOnePerItemAndOneBiggerThanTheLimitNeedsAnEmptyWindow() throws Exception {
        fake.enforceFloodLimits(FloodLimits.telegramDefaults());
        List<InputMedia> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(new InputMediaPhoto("ph-" + i));
        }
        client.execute(SendMediaGroup.builder().chatId(GROUP).medias(ten).build());
        client.execute(SendMediaGroup.builder().chatId(GROUP).medias(ten).build());
        assertThat(fake.messagesDeliveredTo(GROUP)).isEqualTo(20);
        assertThat(refusedRetryAfter(GROUP)).isEqualTo(60);

        // a private chat takes one a second: an album of 4 goes into its empty window, and fills it for a second
        client.execute(SendMediaGroup.builder().chatId(BUDI).medias(ten.subList(0, 4)).build());
        assertThat(fake.messagesTo(BUDI)).hasSize(4);
        assertThat(refusedRetryAfter(BUDI)).isEqualTo(1);
        at(Duration.ofSeconds(1));
        send(BUDI, "sesudah album");
    }

    @Test
    void sendPhotoCopyAndForwardCountLikeSendMessage() throws Exception {
        fake.enforceFloodLimits(FloodLimits.telegramDefaults().withPrivateChat(FloodLimits.Window.perSecond(3)));
        FakeUser budi = fake.user(BUDI, "Budi");
        UserMessage original = budi.sends("laporan");
        client.execute(SendPhoto.builder().chatId(SARI).photo(new InputFile("ph-1")).build());
        client.execute(org.telegram.telegrambots.meta.api.methods.CopyMessage.builder().chatId(SARI)
                .fromChatId(BUDI).messageId(original.messageId()).build());
        client.execute(org.telegram.telegrambots.meta.api.methods.ForwardMessage.builder().chatId(SARI)
                .fromChatId(BUDI).messageId(original.messageId()).build());
        assertThat(refusedRetryAfter(SARI)).isEqualTo(1);
        assertThat(fake.messagesDeliveredTo(SARI)).isEqualTo(3);
    }

    @Test
    void aForcedGlobalFloodRefusesEverySendUntilItEnds() throws Exception {
        fake.floodGlobally(Duration.ofMillis(1_500));
        assertThat(refusedRetryAfter(BUDI)).isEqualTo(2);
        assertThat(fake.prematureRetries()).as("the first 429 only announces the flood").isZero();
        at(Duration.ofSeconds(1));
        assertThat(refusedRetryAfter(GROUP)).isEqualTo(1);
        assertThat(fake.prematureRetries()).isEqualTo(1);

        at(Duration.ofMillis(1_500));
        send(BUDI, "lewat");
        send(GROUP, "lewat");
        assertThat(fake.tooManyRequestsAnswers()).isEqualTo(2);
    }

    @Test
    void aBotThatWaitsRetryAfterOnTheRealClockGetsThrough() throws Exception {
        fake.useNanoClock(System::nanoTime);
        fake.enforceFloodLimits(FloodLimits.telegramDefaults());
        send(BUDI, "satu");
        int retryAfter = refusedRetryAfter(BUDI);
        assertThat(retryAfter).isEqualTo(1);
        long refusedAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> System.nanoTime() - refusedAt >= TimeUnit.SECONDS.toNanos(retryAfter));
        send(BUDI, "dua");
        assertThat(fake.prematureRetries()).isZero();
    }

    @Test
    void concurrentSendersNeverGetMoreThanTheWindowHolds() throws Exception {
        fake.enforceFloodLimits(FloodLimits.telegramDefaults());
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                results.add(senders.submit(() -> {
                    try {
                        send(GROUP, "pesan " + n);
                        return true;
                    } catch (TelegramApiRequestException e) {
                        return false;
                    }
                }));
            }
            long delivered = 0;
            for (Future<Boolean> result : results) {
                delivered += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(delivered).isEqualTo(20);
            assertThat(fake.messagesDeliveredTo(GROUP)).isEqualTo(20);
            assertThat(fake.tooManyRequestsAnswers()).isEqualTo(20);
            assertThat(fake.prematureRetries()).isEqualTo(19);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void clearFaultsEmptiesTheWindowsAndLiftsBans() throws Exception {
        fake.enforceFloodLimits(FloodLimits.telegramDefaults());
        send(BUDI, "pesan");
        fake.rateLimit(SARI, 30);
        assertThat(refusedRetryAfter(BUDI)).isEqualTo(1);
        fake.clearFaults();
        send(BUDI, "lagi");
        send(SARI, "halo");
        assertThat(fake.floodLimits()).contains(FloodLimits.telegramDefaults());
    }

    @Test
    void theControlApiSwitchesFloodLimitsAndReportsTheCounters() throws Exception {
        JsonNode enforced = control("POST", "flood-limits", "{\"private_chat\":{\"period_ms\":2000}}");
        assertThat(enforced.at("/private_chat/limit").asInt()).isEqualTo(1);
        assertThat(enforced.at("/private_chat/period_ms").asLong()).isEqualTo(2_000);
        assertThat(enforced.at("/group/period_ms").asLong()).isEqualTo(60_000);
        assertThat(fake.floodLimits()).contains(FloodLimits.telegramDefaults()
                .withPrivateChat(new FloodLimits.Window(1, Duration.ofSeconds(2))));

        send(BUDI, "satu");
        refusedRetryAfter(BUDI);
        refusedRetryAfter(BUDI);
        JsonNode stats = control("GET", "stats", null);
        assertThat(stats.get("too_many_requests").asLong()).isEqualTo(2);
        assertThat(stats.get("premature_retries").asLong()).isEqualTo(1);
        assertThat(stats.at("/messages_per_chat/42").asLong()).isEqualTo(1);
        assertThat(stats.at("/flood_limits/private_chat/period_ms").asLong()).isEqualTo(2_000);
        assertThat(stats.at("/calls/sendMessage").asLong()).isEqualTo(3);

        assertThat(control("DELETE", "flood-limits", null).isNull()).isTrue();
        assertThat(fake.floodLimits()).isEmpty();
        assertThat(control("GET", "stats", null).get("flood_limits").isNull()).isTrue();

        control("POST", "flood-globally", "{\"millis\": 2500}");
        assertThat(refusedRetryAfter(SARI)).isEqualTo(3);
    }
}
