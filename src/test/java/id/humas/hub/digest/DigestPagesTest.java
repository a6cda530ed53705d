package id.humas.hub.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a long digest is cut into messages: every item's line in a message with at most 90 items, whole lines. */
class DigestPagesTest {

    @Test
    void aDigestOfOneHundredFiftyItemsBecomesMessagesOfAtMostNinetyItemsEachListingItsOwn() {
        DigestPages pages = new DigestPages().add("", "header").add("\n", "summary");
        for (long id = 1; id <= 150; id++) {
            pages.add("\n", "• #" + id + " short", id);
        }
        List<DigestPages.Page> cut = pages.add("\n\n", "silent").pages();

        assertThat(cut).hasSize(2);
        assertThat(cut.get(0).itemIds()).hasSize(90).startsWith(1L).endsWith(90L);
        assertThat(cut.get(1).itemIds()).hasSize(60).startsWith(91L).endsWith(150L);
        assertThat(cut.get(0).html()).startsWith("header\nsummary\n• #1 short").endsWith("• #90 short");
        assertThat(cut.get(1).html()).startsWith("• #91 short").endsWith("• #150 short\n\nsilent");
    }

    @Test
    void aPageEndsBeforeALineThatWouldMakeItTooLong() {
        DigestPages pages = new DigestPages(90, 100);
        for (long id = 1; id <= 5; id++) {
            pages.add("\n", "x".repeat(40), id);
        }
        List<DigestPages.Page> cut = pages.pages();

        assertThat(cut).extracting(page -> page.itemIds().size()).containsExactly(2, 2, 1);
        assertThat(cut).allSatisfy(page -> assertThat(page.html().length()).isLessThanOrEqualTo(100));
        assertThat(cut.get(1).html()).doesNotStartWith("\n");
    }
}
