package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.RecordedCall;
import id.humas.hub.fake.UserMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Webhook mode: the bot sets its webhook at start-up, and the double, as Telegram does, POSTs every update to it
 * (through a "reverse proxy" to the application's port) with the secret token. Officers register and report as in
 * polling mode; a call without the right secret is refused and the log does not show the secret; an update
 * delivered twice is handled once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class WebhookEndToEndTest {

    private static final long CENTRAL = -1009000000009L;
    private static final long LEAD = 9901;
    private static final String URL = "https://bot.humas.example.go.id/telegram/webhook";
    private static final String SECRET = "s3cret_" + UUID.randomUUID().toString().replace("-", "");
    private static final FakeTelegram telegram = new FakeTelegram(EndToEndTest.TOKEN).start();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeUser lead = telegram.user(LEAD, "Wulan");
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        EndToEndTest.isolatedBot(registry, telegram, CENTRAL, LEAD);
        EndToEndTest.unthrottled(registry);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-webhook;DB_CLOSE_DELAY=-1");
        registry.add("bot.mode", () -> "webhook");
        registry.add("bot.webhook.url", () -> URL);
        registry.add("bot.webhook.secret", () -> SECRET);
    }

    @BeforeEach
    void routeTheWebhookToTheApplication() {
        telegram.setWebhookRetryDelay(Duration.ofMillis(200));
        telegram.setDefaultAwaitTimeout(PATIENCE);
        telegram.routeWebhookTo(URI.create("http://127.0.0.1:" + port));
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void atStartUpTheBotSetsItsWebhookWithTheSecretAndTheUpdatesItHandles() {
        RecordedCall set = telegram.awaitCall("setWebhook", RecordedCall::ok);

        assertThat(set.param("url")).isEqualTo(URL);
        assertThat(set.param("secret_token")).isEqualTo(SECRET);
        List<String> kinds = new ArrayList<>();
        set.json("allowed_updates").forEach(kind -> kinds.add(kind.asText()));
        assertThat(kinds).containsExactlyInAnyOrder("message", "callback_query", "my_chat_member", "edited_message");
        assertThat(telegram.webhookUrl()).isEqualTo(URL);
    }

    @Test
    void anOfficerRegistersAndReportsThroughTheWebhookAndTheBotNeverPolls() {
        String code = invite("Dinas Perhubungan");
        FakeUser officer = telegram.user(9902, "Bayu");
        officer.sends("/start " + code);
        telegram.awaitMessageTo(officer.id(), "Selamat datang");

        officer.sends("/lapor Rapat koordinasi angkutan lebaran di terminal kota");

        assertThat(telegram.awaitMessageTo(officer.id(), "tercatat").plainText()).contains("Laporan #");
        assertThat(telegram.getUpdatesCalls()).isZero();
        assertThat(telegram.pendingUpdateCount()).isZero();
    }

    @Test
    void aCallWithoutTheSecretOrWithAWrongOneIsRefusedAndTheLogDoesNotShowAnyToken(CapturedOutput output)
            throws Exception {
        ObjectNode update = privateMessage(880001, 9903, "Sari", "/lapor Laporan palsu dari luar Telegram");
        String wrong = "wrong_" + UUID.randomUUID().toString().replace("-", "");

        assertThat(post(update, null).statusCode()).isEqualTo(401);
        assertThat(post(update, wrong).statusCode()).isEqualTo(401);
        assertThat(post(update, SECRET.substring(0, SECRET.length() - 1)).statusCode()).isEqualTo(401);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_update WHERE update_id = 880001", Integer.class))
                .isZero();
        assertThat(output.getAll()).contains("Refused a call to the webhook")
                .doesNotContain(SECRET).doesNotContain(wrong).doesNotContain(EndToEndTest.TOKEN);
    }

    @Test
    void anUpdateIsAnsweredOnlyOnceStoredAndOneDeliveredTwiceIsAnswered200AndHandledOnce() throws Exception {
        String code = invite("Dinas Pariwisata");
        FakeUser officer = telegram.user(9904, "Dewi");
        officer.sends("/start " + code);
        telegram.awaitMessageTo(officer.id(), "Selamat datang");
        UserMessage report = officer.sends("/lapor Festival budaya pesisir dibuka bupati");
        telegram.awaitMessageTo(officer.id(), "tercatat");
        await().atMost(PATIENCE).until(() -> telegram.webhookDeliveriesOf(report.updateId()) > 0);

        ObjectNode again = JSON.createObjectNode();
        again.put("update_id", report.updateId());
        again.set("message", report.json());
        HttpResponse<String> answer = post(again, SECRET);
        ObjectNode fresh = privateMessage(880002, officer.id(), "Dewi", "/lapor Pawai perahu hias di pelabuhan");
        HttpResponse<String> stored = post(fresh, SECRET);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(stored.statusCode()).isEqualTo(200);
        // answered only after the commit: the update is in the inbox the moment the answer is
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_update WHERE update_id = 880002", Integer.class))
                .isEqualTo(1);
        await().atMost(PATIENCE).until(() -> confirmations(officer) == 2);
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> confirmations(officer) == 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item WHERE body LIKE '%Festival budaya pesisir%'",
                Integer.class)).isEqualTo(1);
    }

    private long confirmations(FakeUser officer) {
        return telegram.messagesTo(officer.id()).stream().filter(m -> m.plainText().contains("tercatat")).count();
    }

    private String invite(String agency) {
        long since = telegram.checkpoint();
        lead.sends("/undang " + agency);
        return EndToEndTest.inviteCode(telegram.awaitMessageToSince(since, LEAD,
                message -> message.text() != null && message.text().contains("?start=")));
    }

    private HttpResponse<String> post(ObjectNode update, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + URI.create(URL).getPath()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ObjectNode privateMessage(int updateId, long userId, String name, String text) {
        ObjectNode user = JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", name);
        ObjectNode chat = JSON.createObjectNode().put("id", userId).put("type", "private").put("first_name", name);
        ObjectNode message = JSON.createObjectNode().put("message_id", 50_000 + updateId % 1000)
                .put("date", System.currentTimeMillis() / 1000).put("text", text);
        message.set("from", user);
        message.set("chat", chat);
        int command = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", command);
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        update.set("message", message);
        return update;
    }
}
