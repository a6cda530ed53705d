package id.humas.hub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The bundles as the bot reads them (Spring's message source, set up as application.yml sets it up): both languages
 * have the same keys, and no text reaches a user with a doubled quote, a swallowed apostrophe or a raw placeholder.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)([^}]*)}");

    private final MessageSource messages = messageSourceAsConfigured();

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        TreeSet<String> indonesian = new TreeSet<>(load("id").stringPropertyNames());
        TreeSet<String> english = new TreeSet<>(load("en").stringPropertyNames());

        assertThat(indonesian).as("keys only in messages_id").isSubsetOf(english);
        assertThat(english).as("keys only in messages_en").isSubsetOf(indonesian);
        assertThat(indonesian).hasSizeGreaterThan(100);
    }

    @Test
    void everyTextIsShownFormatted() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String language : List.of("id", "en")) {
            Properties bundle = load(language);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String pattern = bundle.getProperty(key);
                String shown = messages.getMessage(key, sampleArguments(pattern), Locale.forLanguageTag(language));
                long apostrophesWritten = pattern.chars().filter(c -> c == '\'').count();
                long apostrophesShown = shown.chars().filter(c -> c == '\'').count();
                if (pattern.isBlank()) {
                    broken.add(language + ": " + key + " is empty");
                } else if (shown.contains("''")) {
                    broken.add(language + ": " + key + " shows '' : " + shown);
                } else if (apostrophesShown * 2 != apostrophesWritten) {
                    broken.add(language + ": " + key + " loses an apostrophe (write it as ''): " + shown);
                } else if (PLACEHOLDER.matcher(shown).find()) {
                    broken.add(language + ": " + key + " shows a raw placeholder: " + shown);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static Object[] sampleArguments(String pattern) {
        Object[] arguments = new Object[10];
        int count = 0;
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            count = Math.max(count, index + 1);
            // a {0,number} or {0,choice} placeholder is given a number, as the code gives it
            arguments[index] = placeholder.group(2).isEmpty() ? "x" + index : (Object) (index + 1);
        }
        return java.util.Arrays.copyOf(arguments, count);
    }

    /** Spring Boot's message source with the {@code spring.messages.*} settings of application.yml. */
    private static MessageSource messageSourceAsConfigured() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties settings = yaml.getObject();
        List<String> messageSettings = new ArrayList<>();
        settings.forEach((name, value) -> {
            if (name.toString().startsWith("spring.messages.")) {
                messageSettings.add(name + "=" + value); // YAML's true and false arrive as Booleans
            }
        });
        MessageSource[] built = new MessageSource[1];
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
                .withPropertyValues(messageSettings.toArray(String[]::new))
                .run(context -> built[0] = context.getBean(MessageSource.class));
        return built[0];
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
