package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import id.humas.hub.fake.TelegramText;
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

    @Test
    void aLongElementIsClosedAtTheCutAndOpenedAgainSoEveryPieceIsValidHtml() throws Exception {
        // what /cari answers to a query of 1 200 ampersands
        String text = "🔎 Tidak ada laporan yang cocok dengan <code>" + "&amp;".repeat(1200) + "</code>.";
        List<String> chunks = TextChunks.split(text, 4096);

        assertThat(chunks).hasSize(2).allSatisfy(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(4096));
        StringBuilder shown = new StringBuilder();
        for (String chunk : chunks) {
            shown.append(TelegramText.parseHtml(chunk, true).text());
        }
        assertThat(shown.toString()).isEqualTo("🔎 Tidak ada laporan yang cocok dengan " + "&".repeat(1200) + ".");
        assertThat(chunks.get(1)).startsWith("<code>&amp;");
    }

    @Test
    void nestedElementsWithAttributesAreReopenedAsTheyWere() throws Exception {
        String text = "<b>Judul <a href=\"https://example.go.id/a?b=1&amp;c=2\">" + "kata ".repeat(300) + "</a></b> akhir";
        List<String> chunks = TextChunks.split(text, 1000);

        assertThat(chunks).hasSizeGreaterThan(1).allSatisfy(chunk -> {
            assertThat(chunk.length()).isLessThanOrEqualTo(1000);
            TelegramText.parseHtml(chunk, true);
        });
        assertThat(chunks.get(1)).startsWith("<b><a href=\"https://example.go.id/a?b=1&amp;c=2\">kata");
        assertThat(chunks.get(0)).endsWith("</a></b>");
    }

    /**
     * A digest inside an element that spans the cut, with a line break (or a space) exactly at the limit: the cut
     * fell one past the limit, the closing tag made the piece too long, and the split tried the same cut for ever,
     * holding the scheduler so that no digest, reminder or nightly job ran again.
     */
    @Test
    void aLineBreakOrSpaceExactlyAtTheLimitInsideAnOpenElementStillEndsTheSplit() {
        for (char at : new char[] {'\n', ' '}) {
            String text = "<blockquote>" + "x".repeat(975) + at + "y".repeat(1500) + "</blockquote>";

            List<String> chunks = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> TextChunks.split(text, 1000));

            assertThat(chunks).hasSizeGreaterThan(1).allSatisfy(chunk -> {
                assertThat(chunk.length()).isLessThanOrEqualTo(1000);
                assertThat(chunk).startsWith("<blockquote>").endsWith("</blockquote>");
            });
            assertThat(String.join("", chunks).replace("<blockquote>", "").replace("</blockquote>", ""))
                    .isEqualTo(text.replace("<blockquote>", "").replace("</blockquote>", "").replace(String.valueOf(at), ""));
        }
    }
}
