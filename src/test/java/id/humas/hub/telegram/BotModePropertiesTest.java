package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The webhook settings: checked at start-up with a clear reason, and the secret never shown. */
class BotModePropertiesTest {

    private static final String SECRET = "a_Long-random-secret_0123456789";

    @Test
    void pollingIsTheDefaultAndALeaseLastsThirtySeconds() {
        BotModeProperties defaults = new BotModeProperties(null, null, null);

        assertThat(defaults.mode()).isEqualTo(BotMode.POLLING);
        assertThat(defaults.lease().ttl()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theSecretIsNeverShownWhenTheSettingsAreLoggedOrPrinted() {
        BotModeProperties properties = new BotModeProperties(BotMode.WEBHOOK,
                new BotModeProperties.Webhook(URI.create("https://humas.example.go.id/tg/hook"), SECRET), null);

        assertThat(properties.toString()).doesNotContain(SECRET).contains("https://humas.example.go.id/tg/hook");
    }

    @Test
    void theBotListensOnThePathOfThePublicUrl() {
        assertThat(webhook("https://humas.example.go.id/tg/hook", SECRET).path()).isEqualTo("/tg/hook");
        assertThat(webhook("https://humas.example.go.id", SECRET).path()).isEqualTo("/");
    }

    @Test
    void webhookModeRefusesToStartWithoutAnHttpsUrlOrWithABadSecretAndSaysWhy() {
        assertThatThrownBy(() -> webhook("http://humas.example.go.id/hook", SECRET).check())
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> webhook(null, SECRET).check()).hasMessageContaining("bot.webhook.url");
        assertThatThrownBy(() -> webhook("https://humas.example.go.id/hook", null).check())
                .hasMessageContaining("bot.webhook.secret");
        assertThatThrownBy(() -> webhook("https://humas.example.go.id/hook", "has spaces and ümlauts").check())
                .hasMessageContaining("bot.webhook.secret").hasMessageNotContaining("ümlauts");

        webhook("https://humas.example.go.id/hook", SECRET).check();
    }

    private static BotModeProperties.Webhook webhook(String url, String secret) {
        return new BotModeProperties.Webhook(url == null ? null : URI.create(url), secret);
    }
}
