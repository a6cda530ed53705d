package id.humas.hub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import id.humas.hub.HumasHubApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class SandboxModeTest {

    private static final String TOKEN = "123456:AAbbCCddEEffGGhhIIjjKKllMMnnOOpp_-1";

    @Test
    void withoutATokenTheSandboxRuns() {
        assertThat(SandboxMode.applies(new MockEnvironment())).isTrue();
        assertThat(SandboxMode.applies(new MockEnvironment().withProperty("bot.token", "  "))).isTrue();
    }

    @Test
    void withATokenTheBotRunsAsBeforeUnlessTheSandboxIsAskedFor() {
        assertThat(SandboxMode.applies(new MockEnvironment().withProperty("bot.token", TOKEN))).isFalse();
        assertThat(SandboxMode.applies(new MockEnvironment().withProperty("bot.token", TOKEN)
                .withProperty("bot.mode", "polling"))).isFalse();
        assertThat(SandboxMode.applies(new MockEnvironment().withProperty("bot.token", TOKEN)
                .withProperty("bot.mode", "Sandbox"))).isTrue();
    }

    @Test
    void aMalformedTokenStillStopsTheStartAsBefore() {
        assertThatThrownBy(() -> HumasHubApplication.application().run("--bot.token=123456:short",
                "--server.port=0")).isInstanceOf(SpringApplication.AbandonedRunException.class);
    }

    @Test
    void theSandboxNeverTalksToTelegramNorWritesIntoTheRealDatabase() {
        Map<String, Object> settings = SandboxMode.settings(Path.of("data/sandbox"), 45678);

        assertThat(settings).containsEntry("bot.api-url", "http://127.0.0.1:45678")
                .containsEntry("bot.token", SandboxMode.TOKEN).containsEntry("bot.mode", "polling")
                .containsEntry(SandboxMode.ACTIVE_KEY, true);
        assertThat((String) settings.get("spring.datasource.url")).startsWith("jdbc:h2:file:")
                .contains("/data/sandbox/humas;").contains("DB_CLOSE_ON_EXIT=FALSE");
        assertThat((String) settings.get("logging.pattern.level")).contains("[SANDBOX]");
    }
}
