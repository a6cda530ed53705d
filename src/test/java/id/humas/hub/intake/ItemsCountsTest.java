package id.humas.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ItemsCountsTest {

    private final ItemRepository repository = mock(ItemRepository.class);
    private final Items items = new Items(repository, java.time.Clock.systemUTC());

    @Test
    void publishedItemsCountAsAcceptedTooAndEveryStatusCountsAsAnItem() {
        Instant from = Instant.parse("2031-06-08T17:00:00Z");
        Instant to = Instant.parse("2031-06-15T17:00:00Z");
        when(repository.countByAgencyAndStatus(from, to)).thenReturn(List.of(row(1, ItemStatus.NEW, 2),
                row(1, ItemStatus.ACCEPTED, 3), row(1, ItemStatus.PUBLISHED, 1), row(1, ItemStatus.REJECTED, 1),
                row(2, ItemStatus.REVISION_REQUESTED, 4)));

        assertThat(items.countsPerAgency(from, to)).containsExactlyInAnyOrder(
                new Items.AgencyCounts(1, 7, 4, 1), new Items.AgencyCounts(2, 4, 0, 0));
    }

    private static ItemRepository.StatusCount row(long agencyId, ItemStatus status, long count) {
        return new ItemRepository.StatusCount() {
            @Override
            public Long getAgencyId() {
                return agencyId;
            }

            @Override
            public ItemStatus getStatus() {
                return status;
            }

            @Override
            public Long getItems() {
                return count;
            }
        };
    }
}
