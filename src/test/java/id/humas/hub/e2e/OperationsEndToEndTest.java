package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an operator sees of a running bot, through the management port: readiness that waits until Telegram
 * answers (the bot keeps trying, it does not die), health with the database, Telegram and the outbox, the
 * {@code humas_…} Prometheus metrics moving as an item comes in and its card goes out, and a log with one line per
 * item received and per item delivered that never shows the token or the webhook secret.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.file.name=" + OperationsEndToEndTest.LOG_FILE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsEndToEndTest {

    private static final long CENTRAL = -1004000000004L;
    private static final long LEAD = 9501;
    private static final String WEBHOOK_SECRET = "ops-test-webhook-secret-5f2a9c";
    private static final FakeTelegram telegram = startWithTelegramDown();
    /** The application also writes its log to this file: the whole run's log, whichever test was running. */
    static final String LOG_FILE = "target/operations-e2e/humas-hub.log";

    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeChat central = telegram.group(CENTRAL, "Tim Humas");
    private final FakeUser lead = telegram.user(LEAD, "Rina");

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int serverPort;

    /** Telegram answers getMe with 502 until the first test lets it through: the bot starts all the same. */
    private static FakeTelegram startWithTelegramDown() {
        FakeTelegram fake = new FakeTelegram(BotTest.TOKEN).start();
        for (int i = 0; i < 100; i++) {
            fake.failNext("getMe", 502, "Bad Gateway");
        }
        return fake;
    }

    @BeforeAll
    static void noLogOfAnEarlierRun() throws IOException {
        Files.deleteIfExists(Path.of(LOG_FILE));
        // Spring Boot sets logging up once per JVM until a context closes: an earlier test's application, still
        // cached, would keep its settings and this one would never write its file.
        LoggingSystem.get(OperationsEndToEndTest.class.getClassLoader()).cleanUp();
    }

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        BotTest.isolatedBot(registry, telegram, CENTRAL, LEAD);
        registry.add("bot.agencies", () -> "Sekretariat Daerah");
        registry.add("bot.webhook.secret", () -> WEBHOOK_SECRET);
        registry.add("management.server.port", () -> 0);
        registry.add("bot.operations.contact-retry-max", () -> "1s");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-operations;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    @Order(1)
    void readinessIsDownUntilTelegramAnswersAndTheBotKeepsTrying() throws Exception {
        // Refused twice: the bot tried again after the first refusal.
        await().atMost(Duration.ofSeconds(20)).until(() -> telegram.calls().stream()
                .filter(call -> call.method().equals("getMe") && !call.ok()).count() >= 2);
        HttpResponse<String> notReady = get("/actuator/health/readiness");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).contains("\"status\":\"DOWN\"");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").body()).contains("Bad Gateway");

        telegram.clearFaults();
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health/readiness").statusCode() == 200);
        assertThat(telegram.calls().stream().filter(call -> call.method().equals("getMe")).count())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    @Order(2)
    void healthShowsTheDatabaseTelegramAndTheOutbox() throws Exception {
        telegram.awaitPolling();
        await().until(() -> get("/actuator/health").body().contains("secondsSinceLastContact"));
        String body = get("/actuator/health").body();
        JsonNode health = new ObjectMapper().readTree(body);
        assertThat(health.at("/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/telegram/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/telegram/details/secondsSinceLastContact").isNumber()).isTrue();
        assertThat(health.at("/components/outbox/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/outbox/details/backlog").isNumber()).isTrue();
        assertThat(health.at("/components/outbox/details/oldestWaitingSeconds").isNumber()).isTrue();
        assertThat(body).doesNotContain(BotTest.TOKEN);
    }

    @Test
    @Order(3)
    void metricsMoveAsAnItemComesInAndItsCardGoesOut() throws Exception {
        String before = get("/actuator/prometheus").body();
        assertThat(before).contains("humas_outbox_backlog").contains("humas_outbox_oldest_age_seconds")
                .contains("humas_messages_sent_total").contains("humas_telegram_429_total")
                .contains("humas_inbox_processing_seconds_count");

        lead.sends("/undang Dinas Perhubungan");
        SentMessage invite = telegram.awaitMessageTo(LEAD, "?start=");
        FakeUser officer = telegram.user(9601, "Sari");
        officer.sends("/start " + BotTest.inviteCode(invite));
        telegram.awaitMessageTo(officer.id(), "Selamat datang");
        telegram.rateLimit(CENTRAL, 1); // Telegram answers the card 429 once; the bot waits and sends it again
        officer.sends("/isu Jembatan putus di jalur provinsi");
        SentMessage card = telegram.awaitMessageTo(CENTRAL, "Jembatan putus");
        Matcher number = Pattern.compile("#(\\d+)").matcher(card.plainText());
        assertThat(number.find()).isTrue();
        String item = number.group(1);

        await().untilAsserted(() -> {
            String after = get("/actuator/prometheus").body();
            assertThat(value(after, "humas_items_received_total{agency=\"Dinas Perhubungan\",kind=\"issue\"}"))
                    .isEqualTo(1.0);
            assertThat(value(after, "humas_messages_sent_total")).isGreaterThan(value(before, "humas_messages_sent_total"));
            assertThat(value(after, "humas_telegram_429_total")).isEqualTo(value(before, "humas_telegram_429_total") + 1);
            assertThat(value(after, "humas_inbox_processing_seconds_count"))
                    .isGreaterThan(value(before, "humas_inbox_processing_seconds_count"));
            assertThat(after).containsPattern("humas_send_latency_seconds_count\\{method=\"sendmessage\"\\} [1-9]");
        });

        String log = Files.readString(Path.of(LOG_FILE));
        assertThat(log).as("the whole run's log, from the start-up on").contains("Starting OperationsEndToEndTest")
                .contains("Telegram could not be reached")
                .contains("Telegram reached as @" + BotTest.BOT);
        assertThat(log).contains("Item #" + item + " received: issue from Dinas Perhubungan");
        assertThat(log).containsPattern("Delivered \\w+ to chat " + CENTRAL + " as message \\d+: outbox message \\d+"
                + ".*ref item:" + item);
        assertThat(log).doesNotContain(BotTest.TOKEN).doesNotContain(BotTest.TOKEN.substring(BotTest.TOKEN.indexOf(':')))
                .doesNotContain(WEBHOOK_SECRET);
    }

    @Test
    @Order(4)
    void theManagementPortIsNotTheDashboards() throws Exception {
        assertThat(managementPort).isNotEqualTo(serverPort);
        HttpResponse<String> onDashboardPort = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + serverPort + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onDashboardPort.body()).doesNotContain("\"db\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double value(String scrape, String series) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return 0;
    }
}
