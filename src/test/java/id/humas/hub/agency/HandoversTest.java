package id.humas.hub.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import id.humas.hub.telegram.Sender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class HandoversTest {

    private static final Instant HANDOVER = Instant.parse("2031-06-02T03:00:00Z");

    private final OfficerRepository officers = mock(OfficerRepository.class);
    private final AgencyRepository agencies = mock(AgencyRepository.class);
    private Officer predecessor;
    private Officer successor;

    @BeforeEach
    void setUp() {
        predecessor = officer(1L, 501, null, HANDOVER.minus(Duration.ofDays(300)));
        predecessor.replace(HANDOVER);
        successor = officer(2L, 502, 1L, HANDOVER);
        when(officers.findById(1L)).thenReturn(Optional.of(predecessor));
        when(officers.findById(2L)).thenReturn(Optional.of(successor));
        when(officers.findByUserIdAndStatus(501, OfficerStatus.ACTIVE)).thenReturn(Optional.empty());
        when(agencies.findById(10L)).thenReturn(Optional.of(new Agency("Dinas Kesehatan", HANDOVER)));
    }

    @Test
    void withinADayThePredecessorServesAgainAndTheSuccessorNoLonger() {
        Handovers.Undo undo = handovers(HANDOVER.plus(Duration.ofHours(23))).undo(2);

        assertThat(undo.outcome()).isEqualTo(Handovers.Outcome.UNDONE);
        assertThat(predecessor.status()).isEqualTo(OfficerStatus.ACTIVE);
        assertThat(successor.status()).isEqualTo(OfficerStatus.UNDONE);
    }

    @Test
    void afterADayTheHandoverStays() {
        Handovers.Undo undo = handovers(HANDOVER.plus(Duration.ofHours(25))).undo(2);

        assertThat(undo.outcome()).isEqualTo(Handovers.Outcome.TOO_LATE);
        assertThat(successor.status()).isEqualTo(OfficerStatus.ACTIVE);
        verify(officers, never()).save(any());
    }

    @Test
    void aPredecessorWhoServesAnotherAgencyMeanwhileIsNotTakenFromIt() {
        when(officers.findByUserIdAndStatus(501, OfficerStatus.ACTIVE))
                .thenReturn(Optional.of(officer(3L, 501, null, HANDOVER)));

        Handovers.Undo undo = handovers(HANDOVER.plus(Duration.ofHours(1))).undo(2);

        assertThat(undo.outcome()).isEqualTo(Handovers.Outcome.PREDECESSOR_SERVES_ELSEWHERE);
        assertThat(predecessor.status()).isEqualTo(OfficerStatus.REPLACED);
    }

    @Test
    void aSecondUndoAndAnUnknownNumberChangeNothing() {
        Handovers handovers = handovers(HANDOVER.plus(Duration.ofHours(1)));
        handovers.undo(2);

        assertThat(handovers.undo(2).outcome()).isEqualTo(Handovers.Outcome.NO_LONGER_CURRENT);
        assertThat(handovers.undo(1).outcome()).isEqualTo(Handovers.Outcome.UNKNOWN);
        assertThat(handovers.undo(99).outcome()).isEqualTo(Handovers.Outcome.UNKNOWN);
        assertThat(predecessor.status()).isEqualTo(OfficerStatus.ACTIVE);
    }

    @Test
    void anOfficerWhoMovedHereServesTheirFormerAgencyAgainWhileItHasNobodyElse() {
        Officer former = officer(4L, 503, null, HANDOVER.minus(Duration.ofDays(30)));
        former.replace(HANDOVER);
        Officer moved = new Officer(11L, new Sender(503, "U503", null, null), 503, HANDOVER, null, 4L);
        ReflectionTestUtils.setField(moved, "id", 5L);
        when(officers.findById(4L)).thenReturn(Optional.of(former));
        when(officers.findById(5L)).thenReturn(Optional.of(moved));
        when(officers.findByAgencyIdAndStatus(10L, OfficerStatus.ACTIVE)).thenReturn(Optional.empty());
        when(agencies.findById(11L)).thenReturn(Optional.of(new Agency("BPBD", HANDOVER)));

        Handovers.Undo undo = handovers(HANDOVER.plus(Duration.ofHours(2))).undo(5);

        assertThat(undo.outcome()).isEqualTo(Handovers.Outcome.UNDONE);
        assertThat(undo.predecessor()).isNull();
        assertThat(undo.previous().agencyName()).isEqualTo("Dinas Kesehatan");
        assertThat(moved.status()).isEqualTo(OfficerStatus.UNDONE);
        assertThat(former.status()).isEqualTo(OfficerStatus.ACTIVE);
    }

    @Test
    void aFormerAgencyThatFoundSomeoneElseKeepsThem() {
        Officer former = officer(4L, 503, null, HANDOVER.minus(Duration.ofDays(30)));
        former.replace(HANDOVER);
        Officer moved = new Officer(11L, new Sender(503, "U503", null, null), 503, HANDOVER, null, 4L);
        ReflectionTestUtils.setField(moved, "id", 5L);
        when(officers.findById(4L)).thenReturn(Optional.of(former));
        when(officers.findById(5L)).thenReturn(Optional.of(moved));
        when(officers.findByAgencyIdAndStatus(10L, OfficerStatus.ACTIVE))
                .thenReturn(Optional.of(officer(6L, 504, null, HANDOVER)));
        when(agencies.findById(11L)).thenReturn(Optional.of(new Agency("BPBD", HANDOVER)));

        Handovers.Undo undo = handovers(HANDOVER.plus(Duration.ofHours(2))).undo(5);

        assertThat(undo.outcome()).isEqualTo(Handovers.Outcome.UNDONE);
        assertThat(undo.previous()).isNull();
        assertThat(former.status()).isEqualTo(OfficerStatus.REPLACED);
    }

    private Handovers handovers(Instant now) {
        return new Handovers(officers, agencies, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Officer officer(Long id, long userId, Long predecessorId, Instant registeredAt) {
        Officer officer = new Officer(10L, new Sender(userId, "U" + userId, null, null), userId, registeredAt,
                predecessorId, null);
        ReflectionTestUtils.setField(officer, "id", id);
        return officer;
    }
}
