package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What waits for a chat under one key goes as one call. */
class CoalescingTest {

    private static final long GROUP = -100777L;
    private final OutboxMessages messages = mock(OutboxMessages.class);
    private final Coalescing coalescing = new Coalescing(messages);

    @Test
    void waitingEditsOfOneCardGoAsItsLatestStateAndTheEarlierOnesAreRecordedAsSuperseded() throws Exception {
        Map<OutboxMessages.Row, Outgoing> edits = Map.of(
                row(1, "edit:7"), new Outgoing.EditText(GROUP, 7, "Status: Diterima", null),
                row(2, "edit:7"), new Outgoing.EditText(GROUP, 7, "Ditangani oleh Sari", null),
                row(3, "edit:7"), new Outgoing.EditText(GROUP, 7, "Status: Sudah terbit", null));
        List<OutboxMessages.Row> waiting = edits.keySet().stream()
                .sorted(java.util.Comparator.comparingLong(OutboxMessages.Row::id)).toList();
        when(messages.waitingUnder(eq(GROUP), eq("edit:7"), anyInt())).thenReturn(waiting);
        when(messages.read(any())).thenAnswer(call -> edits.get(call.<OutboxMessages.Row>getArgument(0)));

        Delivery delivery = coalescing.of(waiting.get(0), edits.get(waiting.get(0)));

        assertThat(((Outgoing.EditText) delivery.call()).html()).isEqualTo("Status: Sudah terbit");
        assertThat(delivery.stands().id()).isEqualTo(3);
        assertThat(delivery.otherIds()).containsExactly(1L, 2L);
        assertThat(delivery.othersStatus()).isEqualTo(OutboxStatus.SUPERSEDED);
    }

    @Test
    void waitingNoticesOfOneKindGoAsOneMessageAsFarAsItHolds() throws Exception {
        List<OutboxMessages.Row> waiting = List.of(row(1, "notice:NEW_OFFICERS"), row(2, "notice:NEW_OFFICERS"),
                row(3, "notice:NEW_OFFICERS"));
        when(messages.waitingUnder(eq(GROUP), eq("notice:NEW_OFFICERS"), anyInt())).thenReturn(waiting);
        when(messages.read(any())).thenAnswer(call -> {
            long id = call.<OutboxMessages.Row>getArgument(0).id();
            return new Outgoing.Text(GROUP, id == 3 ? "x".repeat(Outbox.TEXT_LIMIT - 10) : "Petugas baru " + id, null);
        });

        Delivery delivery = coalescing.of(waiting.get(0), new Outgoing.Text(GROUP, "Petugas baru 1", null));

        assertThat(((Outgoing.Text) delivery.call()).html()).isEqualTo("Petugas baru 1\n\nPetugas baru 2");
        assertThat(delivery.stands().id()).isEqualTo(1);
        assertThat(delivery.otherIds()).as("the third does not fit and goes next").containsExactly(2L);
        assertThat(delivery.othersStatus()).isEqualTo(OutboxStatus.COALESCED);
    }

    private static OutboxMessages.Row row(long id, String key) {
        return new OutboxMessages.Row(id, GROUP, "EditText", "{}", null, 0, null, null, null, Instant.now(),
                SendPriority.ANSWER, key);
    }
}
