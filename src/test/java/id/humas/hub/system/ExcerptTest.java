package id.humas.hub.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void aShortTextStaysWholeOnOneLine() {
        assertThat(Excerpt.of("Rapat\n\n  koordinasi ", 60)).isEqualTo("Rapat koordinasi");
    }

    @Test
    void aLongTextIsCutWithAnEllipsisAndNeverInsideAnEmoji() {
        assertThat(Excerpt.of("Banjir bandang di hulu", 6)).isEqualTo("Banjir…");
        assertThat(Excerpt.of("ab🚨cd", 3)).isEqualTo("ab…");
    }
}
