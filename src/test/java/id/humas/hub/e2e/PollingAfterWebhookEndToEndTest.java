package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Switching from webhook mode back to polling (the default): Telegram refuses getUpdates while a webhook is set, so
 * the bot deletes the webhook before it polls, and then serves as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PollingAfterWebhookEndToEndTest {

    private static final long CENTRAL = -1009100000091L;
    private static final long LEAD = 9911;
    private static final String LEFT_FROM_WEBHOOK_MODE = "https://bot.humas.example.go.id/telegram/webhook";
    private static final FakeTelegram telegram = webhookAlreadySet(new FakeTelegram(EndToEndTest.TOKEN).start());

    private final FakeUser lead = telegram.user(LEAD, "Wulan");

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        EndToEndTest.isolatedBot(registry, telegram, CENTRAL, LEAD);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-polling-after-webhook;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void theBotDeletesTheWebhookLeftFromWebhookModeAndThenPolls() {
        telegram.setDefaultAwaitTimeout(Duration.ofSeconds(60));

        lead.sends("/undang Dinas Kelautan");

        assertThat(telegram.awaitMessageTo(LEAD, "?start=").plainText()).contains("Dinas Kelautan");
        assertThat(telegram.calls("deleteWebhook")).isNotEmpty().allSatisfy(call -> assertThat(call.ok()).isTrue());
        assertThat(telegram.webhookUrl()).isEmpty();
        assertThat(telegram.getUpdatesCalls()).isPositive();
    }

    /** What the bot in webhook mode did before it was switched back. */
    private static FakeTelegram webhookAlreadySet(FakeTelegram telegram) {
        try {
            HttpResponse<String> set = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(telegram.apiUrl() + "/bot" + EndToEndTest.TOKEN + "/setWebhook"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + LEFT_FROM_WEBHOOK_MODE
                            + "\",\"secret_token\":\"old_secret\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(telegram.webhookUrl()).isEqualTo(LEFT_FROM_WEBHOOK_MODE);
        return telegram;
    }
}
