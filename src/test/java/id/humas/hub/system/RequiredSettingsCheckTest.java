package id.humas.hub.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RequiredSettingsCheckTest {

    private static final String TOKEN = "123456:AAbbCCddEEffGGhhIIjjKKllMMnnOOpp_-1";

    private static MockEnvironment complete() {
        return new MockEnvironment()
                .withProperty("bot.token", TOKEN)
                .withProperty("bot.username", "humas_test_bot")
                .withProperty("bot.central-chat-id", "-100123");
    }

    @Test
    void aCompleteConfigurationPasses() {
        assertThat(RequiredSettingsCheck.problem(complete())).isEmpty();
    }

    @Test
    void aMissingTokenIsNamedWithItsKeyAndFile() {
        MockEnvironment environment = complete().withProperty("bot.token", "");

        assertThat(RequiredSettingsCheck.problem(environment)).get().asString()
                .startsWith("bot.token is missing")
                .contains("bot-config.yml")
                .doesNotContain("\n");
    }

    @Test
    void theExamplePlaceholderIsReportedAsMalformedWithoutEchoingIt() {
        MockEnvironment environment = complete().withProperty("bot.token", "PUT-THE-TOKEN-FROM-BOTFATHER-HERE");

        assertThat(RequiredSettingsCheck.problem(environment)).get().asString()
                .startsWith("bot.token in bot-config.yml is malformed")
                .doesNotContain("PUT-THE-TOKEN");
    }

    @Test
    void aMalformedTokenIsNeverEchoed() {
        MockEnvironment environment = complete().withProperty("bot.token", "123456:short");

        assertThat(RequiredSettingsCheck.problem(environment)).get().asString()
                .contains("malformed")
                .doesNotContain("short");
    }

    @Test
    void theCentralGroupAndUsernameAreRequiredToo() {
        assertThat(RequiredSettingsCheck.problem(complete().withProperty("bot.central-chat-id", "")))
                .get().asString().startsWith("bot.central-chat-id is missing");
        assertThat(RequiredSettingsCheck.problem(complete().withProperty("bot.central-chat-id", "group")))
                .get().asString().startsWith("bot.central-chat-id in bot-config.yml is malformed");
        assertThat(RequiredSettingsCheck.problem(complete().withProperty("bot.username", "")))
                .get().asString().startsWith("bot.username is missing");
        assertThat(RequiredSettingsCheck.problem(complete().withProperty("bot.username", "@humas_test_bot")))
                .isEmpty();
    }
}
