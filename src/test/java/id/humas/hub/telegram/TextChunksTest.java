package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextChunksTest {

    @Test
    void shortTextStaysWhole() {
        assertThat(TextChunks.split("<b>Halo</b>", 4096)).containsExactly("<b>Halo</b>");
    }

    @Test
    void longTextIsCutAtLineBreaksAndNothingIsLost() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("<b>#").append(i).append("</b> baris laporan nomor ").append(i).append('\n');
        }
        List<String> chunks = TextChunks.split(text.toString().strip(), 1000);

        assertThat(chunks).hasSizeGreaterThan(1).allSatisfy(chunk -> {
            assertThat(chunk.length()).isLessThanOrEqualTo(1000);
            assertThat(chunk).doesNotStartWith("\n");
            assertThat(chunk.split("<b>", -1).length).isEqualTo(chunk.split("</b>", -1).length);
        });
        assertThat(String.join("\n", chunks)).isEqualTo(text.toString().strip());
    }

    @Test
    void aLongLineWithoutSpacesIsNeverCutInsideAnEntity() {
        String text = "&amp;".repeat(300);
        List<String> chunks = TextChunks.split(text, 1001);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk).matches("(&amp;)+"));
        assertThat(String.join("", chunks)).isEqualTo(text);
    }

    @Test
    void aLongLineOfEmojiIsNeverCutInsideOne() {
        String text = "🔥".repeat(700);
        List<String> chunks = TextChunks.split(text, 1001);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk).matches("(🔥)+"));
        assertThat(String.join("", chunks)).isEqualTo(text);
    }
}
