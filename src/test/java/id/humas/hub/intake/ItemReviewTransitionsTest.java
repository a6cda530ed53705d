package id.humas.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.telegram.MediaKind;
import id.humas.hub.telegram.MediaRef;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The item guards its review states and keeps the versions a revision replaces. */
class ItemReviewTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final OfficerView OFFICER = new OfficerView(7, 3, "Dinas Kesehatan", 42, 42, "Sari", "sari", NOW);
    private static final MediaRef PHOTO = new MediaRef(MediaKind.PHOTO, "photo-1");
    private static final MediaRef NEW_PHOTO = new MediaRef(MediaKind.PHOTO, "photo-2");

    @Test
    void aNewItemMayBeAcceptedAskedForARevisionRejectedOrPublished() {
        for (ItemStatus next : List.of(ItemStatus.ACCEPTED, ItemStatus.REVISION_REQUESTED, ItemStatus.REJECTED,
                ItemStatus.PUBLISHED)) {
            Item item = item();
            assertThat(item.moveTo(next)).contains(ItemStatus.NEW);
            assertThat(item.status()).isEqualTo(next);
        }
    }

    @Test
    void anAcceptedItemCanOnlyBePublishedAndFinalStatesStayFinal() {
        Item item = item();
        item.moveTo(ItemStatus.ACCEPTED);

        assertThat(item.moveTo(ItemStatus.ACCEPTED)).isEmpty();
        assertThat(item.moveTo(ItemStatus.REJECTED)).isEmpty();
        assertThat(item.moveTo(ItemStatus.REVISION_REQUESTED)).isEmpty();
        assertThat(item.moveTo(ItemStatus.PUBLISHED)).contains(ItemStatus.ACCEPTED);
        for (ItemStatus next : ItemStatus.values()) {
            assertThat(item.moveTo(next)).isEmpty();
        }
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);

        Item rejected = item();
        rejected.moveTo(ItemStatus.REJECTED);
        for (ItemStatus next : ItemStatus.values()) {
            assertThat(rejected.moveTo(next)).isEmpty();
        }
    }

    @Test
    void onlyTheOfficersNewVersionBringsAnItemBackToNew() {
        Item item = item();
        assertThat(item.moveTo(ItemStatus.NEW)).isEmpty();
        assertThat(item.revise("Versi dua", List.of(), 42, 11, NOW)).isFalse();

        item.moveTo(ItemStatus.REVISION_REQUESTED);
        assertThat(item.moveTo(ItemStatus.NEW)).isEmpty();
        assertThat(item.moveTo(ItemStatus.ACCEPTED)).isEmpty();
        assertThat(item.revise("Versi dua", List.of(), 42, 11, NOW.plusSeconds(60))).isTrue();

        ItemView view = item.view();
        assertThat(view.status()).isEqualTo(ItemStatus.NEW);
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.text()).isEqualTo("Versi dua");
        assertThat(view.media()).containsExactly(PHOTO);
        assertThat(view.versionAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(view.versions()).containsExactly(new ItemView.Version(1, "Versi satu", 1, NOW));
        assertThat(item.revise("Versi tiga", List.of(), 42, 12, NOW)).isFalse();
    }

    @Test
    void newMediaReplaceTheOldOnes() {
        Item item = item();
        item.moveTo(ItemStatus.REVISION_REQUESTED);

        item.revise("Dengan foto baru", List.of(NEW_PHOTO), 42, 11, NOW);

        assertThat(item.media()).containsExactly(NEW_PHOTO);
        assertThat(item.view().versions().get(0).mediaCount()).isEqualTo(1);
    }

    @Test
    void aRevisionRequestedItemMayStillBeRejected() {
        Item item = item();
        item.moveTo(ItemStatus.REVISION_REQUESTED);

        assertThat(item.moveTo(ItemStatus.REJECTED)).contains(ItemStatus.REVISION_REQUESTED);
    }

    private static Item item() {
        Item item = new Item(OFFICER, Category.RELEASE, null, "Versi satu", List.of(PHOTO), 42, 10, NOW);
        ReflectionTestUtils.setField(item, "id", 5L); // as if saved
        return item;
    }
}
