package id.humas.hub.system;

import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Stops start-up with one line naming the key and the file when a setting the bot cannot run without is
 * missing or malformed — an operator editing bot-config.yml should not have to read a stack trace.
 */
public class RequiredSettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String CONFIG_FILE = "bot-config.yml";
    private static final Pattern TOKEN = Pattern.compile("\\d{3,15}:[A-Za-z0-9_-]{20,}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");
    private static final Logger log = LoggerFactory.getLogger(RequiredSettingsCheck.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        problem(event.getEnvironment()).ifPresent(problem -> {
            log.error(problem);
            throw new SpringApplication.AbandonedRunException();
        });
    }

    /** The first problem found, as the one line shown to the operator; never contains the token itself. */
    static Optional<String> problem(Environment environment) {
        String token = environment.getProperty("bot.token", "").trim();
        if (token.isEmpty()) {
            return Optional.of(missing("bot.token", "the token @BotFather gave you"));
        }
        if (!TOKEN.matcher(token).matches()) {
            return Optional.of("bot.token in " + CONFIG_FILE + " is malformed: expected digits, a colon and the"
                    + " secret, as @BotFather shows it (e.g. 123456789:AA...); the bot did not start.");
        }
        String username = environment.getProperty("bot.username", "").trim().replaceFirst("^@", "");
        if (username.isEmpty()) {
            return Optional.of(missing("bot.username", "the bot's username, without @"));
        }
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of("bot.username in " + CONFIG_FILE + " is malformed: letters, digits and _ only,"
                    + " without @; the bot did not start.");
        }
        String chat = environment.getProperty("bot.central-chat-id", "").trim();
        if (chat.isEmpty()) {
            return Optional.of(missing("bot.central-chat-id", "the id of the central team's group, e.g. -1001234567890"));
        }
        if (!chat.matches("-?\\d+")) {
            return Optional.of("bot.central-chat-id in " + CONFIG_FILE + " is malformed: expected a number such as"
                    + " -1001234567890; the bot did not start.");
        }
        return Optional.empty();
    }

    private static String missing(String key, String what) {
        return key + " is missing: set it in " + CONFIG_FILE + " (copy bot-config.example.yml) to " + what
                + ", or pass --" + key + "=...; the bot did not start.";
    }
}
