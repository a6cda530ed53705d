package id.humas.hub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Escaping by default: a text argument is escaped for Telegram's HTML unless it is trusted markup. */
class TextsTest {

    private final Texts texts = texts();

    @Test
    void aTextArgumentIsEscapedForHtml() {
        assertThat(texts.html("review.already", "Rina <3 & \"Tim\""))
                .isEqualTo("sudah diterima oleh <b>Rina &lt;3 &amp; &quot;Tim&quot;</b>");
    }

    @Test
    void trustedMarkupGoesInAsItIs() {
        assertThat(texts.html("review.already", Markup.trusted("<i>Rina</i>")))
                .isEqualTo("sudah diterima oleh <b><i>Rina</i></b>");
    }

    @Test
    void aPlainTextForButtonsAndAlertsIsNotEscaped() {
        assertThat(texts.plain("review.already", "Rina <3")).isEqualTo("sudah diterima oleh <b>Rina <3</b>");
    }

    @Test
    void numbersAreFormattedByThePattern() {
        assertThat(texts.html("review.already", 7)).isEqualTo("sudah diterima oleh <b>7</b>");
    }

    private static Texts texts() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setAlwaysUseMessageFormat(true);
        messages.addMessage("review.already", Locale.forLanguageTag("id"), "sudah diterima oleh <b>{0}</b>");
        BotProperties properties = new BotProperties("123456:token", "humas_test_bot", null, -100L,
                java.util.List.of(), Locale.forLanguageTag("id"), java.time.ZoneId.of("Asia/Jakarta"),
                java.util.List.of(), null, null, null, null, null, null, null, null, null, null, java.util.List.of(), null);
        return new Texts(messages, properties);
    }
}
