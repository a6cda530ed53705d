package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesEverythingTelegramWouldParse() {
        assertThat(Html.escape("<b>BPBD & \"Dinsos\"</b> > 5")).isEqualTo(
                "&lt;b&gt;BPBD &amp; &quot;Dinsos&quot;&lt;/b&gt; &gt; 5");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(Html.escape(null)).isEmpty();
    }
}
