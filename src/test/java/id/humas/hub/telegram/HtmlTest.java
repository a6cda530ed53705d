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

    @Test
    void thePrefixThatFitsIsMeasuredEscapedAndEndsAtAWord() {
        String text = "Banjir & longsor <Desa A> di hulu sungai";

        String prefix = Html.prefixFitting(text, 28);

        assertThat(Html.escape(prefix).length()).isLessThanOrEqualTo(28);
        assertThat(prefix).isEqualTo("Banjir & longsor ");
        assertThat(Html.prefixFitting(text, 1000)).isEqualTo(text);
    }

    @Test
    void thePrefixNeverSplitsAnEmoji() {
        String prefix = Html.prefixFitting("🚨".repeat(10), 5);

        assertThat(prefix).isEqualTo("🚨🚨");
    }
}
