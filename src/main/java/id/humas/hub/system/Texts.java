package id.humas.hub.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every text the bot shows comes from the message bundles, in the language set by {@code bot.language}.
 * Escaping by default: {@link #html} escapes its text arguments unless they are {@link Markup}; {@link #plain} is for
 * the places that Telegram (or a web page, which escapes by itself) does not read as our HTML.
 */
@Component
public class Texts {

    private final MessageSource messages;
    private final Locale locale;

    Texts(MessageSource messages, BotProperties properties) {
        this.messages = messages;
        this.locale = properties.language();
    }

    /**
     * The text of {@code key} for places Telegram shows as plain text, never as HTML: button labels, the answer to a
     * button press, a reply box's placeholder, a command's description in the menu.
     */
    public String plain(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * The text of {@code key} with every text argument escaped for Telegram's HTML, except a {@link Markup}, which
     * goes in as it is. Numbers and other values are formatted by the bundle's pattern.
     */
    public String html(String key, Object... args) {
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            safe[i] = arg instanceof Markup markup ? markup.html()
                    : arg instanceof CharSequence text ? Markup.escape(text.toString())
                    : arg;
        }
        return messages.getMessage(key, safe, locale);
    }

    public Locale locale() {
        return locale;
    }
}
