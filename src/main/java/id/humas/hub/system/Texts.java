package id.humas.hub.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every text the bot shows comes from the message bundles, in the language set by {@code bot.language}.
 * Arguments are inserted as given: callers escape user-supplied values with {@code Html.escape} first.
 */
@Component
public class Texts {

    private final MessageSource messages;
    private final Locale locale;

    Texts(MessageSource messages, BotProperties properties) {
        this.messages = messages;
        this.locale = properties.language();
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public Locale locale() {
        return locale;
    }
}
