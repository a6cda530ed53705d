package id.humas.hub.fake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parsers behind FakeTelegram's parse_mode validation (messages as in TDLib). */
class TelegramTextTest {

    private static TelegramText.Parsed html(String s) throws TelegramText.ParseException {
        return TelegramText.parseHtml(s, true);
    }

    @Test
    void htmlErrorsCarryTdlibMessagesAndUtf8ByteOffsets() {
        assertThatThrownBy(() -> html("a < b")).hasMessage("Unsupported start tag \"\" at byte offset 2");
        assertThatThrownBy(() -> html("é <x>")).hasMessage("Unsupported start tag \"x\" at byte offset 3");
        assertThatThrownBy(() -> html("a<b")).hasMessage("Unclosed start tag at byte offset 1");
        assertThatThrownBy(() -> html("</b>")).hasMessage("Unexpected end tag at byte offset 0");
        assertThatThrownBy(() -> html("<b><i>x</b></i>"))
                .hasMessage("Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"");
        assertThatThrownBy(() -> html("<b>x")).hasMessage("Can't find end tag corresponding to start tag \"b\"");
        assertThatThrownBy(() -> html("<span>x</span>"))
                .hasMessage("Tag \"span\" must have class \"tg-spoiler\" at byte offset 0");
        assertThatThrownBy(() -> html("<a href>x</a>"))
                .hasMessage("Expected equal sign in declaration of an attribute of the tag \"a\" at byte offset 0");
        assertThatThrownBy(() -> html("<tg-emoji emoji-id=\"abc\">x</tg-emoji>"))
                .hasMessage("Invalid custom emoji identifier specified");
        assertThatThrownBy(() -> html("Tom & Jerry")).hasMessageStartingWith("Unsupported HTML entity at byte offset 4");
    }

    @Test
    void htmlProducesVisibleTextAndUtf16Entities() throws Exception {
        TelegramText.Parsed p = html("😀 <b>Hi</b> <i>a&amp;b</i> <span class=\"tg-spoiler\">s</span> "
                + "<pre><code class=\"language-java\">int x;</code></pre> <code>c</code> <u>u</u><s>s</s>&#x41;&#65;&quot;");
        assertThat(p.text()).isEqualTo("😀 Hi a&b s int x; c usAA\"");
        assertThat(p.entities()).extracting(TelegramText.Entity::type)
                .containsExactly("bold", "italic", "spoiler", "pre", "code", "underline", "strikethrough");
        assertThat(p.entities().get(0).offset()).isEqualTo(3); // the emoji is two UTF-16 units
        assertThat(p.entities().get(3).language()).isEqualTo("java");
        assertThat(p.entities().get(4).language()).isNull();
        assertThat(TelegramText.parseHtml("Tom & Jerry", false).text()).isEqualTo("Tom & Jerry");
        assertThat(html("<a href=\"https://x.id/?a=1&amp;b=2\">l</a>").entities().get(0).url())
                .isEqualTo("https://x.id/?a=1&b=2");
        assertThat(html("  <b>x</b>  ").trimmed().text()).isEqualTo("x");
        assertThat(html("  <b>x</b>  ").trimmed().entities().get(0).offset()).isZero();
    }

    @Test
    void markdownV2() throws Exception {
        assertThatThrownBy(() -> TelegramText.parseMarkdownV2("Halo!"))
                .hasMessage("Character '!' is reserved and must be escaped with the preceding '\\'");
        assertThatThrownBy(() -> TelegramText.parseMarkdownV2("*tebal"))
                .hasMessage("Can't find end of Bold entity at byte offset 0");
        TelegramText.Parsed p = TelegramText.parseMarkdownV2("*b* _i_ __u__ ~s~ ||sp|| `c\\.` [l](https://x.id) 1\\.5");
        assertThat(p.text()).isEqualTo("b i u s sp c. l 1.5");
        assertThat(p.entities()).extracting(TelegramText.Entity::type)
                .containsExactly("bold", "italic", "underline", "strikethrough", "spoiler", "code", "text_link");
        TelegramText.Parsed quote = TelegramText.parseMarkdownV2(">kutipan\nbiasa");
        assertThat(quote.text()).isEqualTo("kutipan\nbiasa");
        assertThat(quote.entities()).extracting(TelegramText.Entity::type).containsExactly("blockquote");
    }

    @Test
    void legacyMarkdown() throws Exception {
        assertThat(TelegramText.parseMarkdown("*b* _i_ [l](https://x.id) 1.5!").text()).isEqualTo("b i l 1.5!");
        assertThatThrownBy(() -> TelegramText.parseMarkdown("snake_case"))
                .hasMessage("Can't find end of the entity starting at byte offset 5");
    }

    @Test
    void botCommandEntitiesLikeTelegram() {
        assertThat(FakeTelegram.botCommandEntities("/start").toString())
                .isEqualTo("[{\"offset\":0,\"length\":6,\"type\":\"bot_command\"}]");
        assertThat(FakeTelegram.botCommandEntities("/lapor@humas_test_bot isi").get(0).path("length").asInt())
                .isEqualTo(21);
        assertThat(FakeTelegram.botCommandEntities("pakai /help ya").get(0).path("offset").asInt()).isEqualTo(6);
        assertThat(FakeTelegram.botCommandEntities("a/b dan http://x.id/path")).isEmpty();
    }
}
