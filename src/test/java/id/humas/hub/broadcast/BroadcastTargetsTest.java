package id.humas.hub.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.agency.Officers;
import org.junit.jupiter.api.Test;

/** How /siaran reads whom a broadcast is for. */
class BroadcastTargetsTest {

    private final Officers officers = mock(Officers.class);
    private final BroadcastTargets targets = new BroadcastTargets(officers);

    BroadcastTargetsTest() {
        when(officers.agencies()).thenReturn(List.of(agency(1, "Dinas Kominfo"), agency(2, "Dinas Kesehatan"),
                agency(3, "Dinas Kesehatan Hewan"), agency(4, "BPBD")));
    }

    @Test
    void withoutAnAtSignItIsForEveryone() {
        BroadcastTargets.Request request = targets.read("Rapat @ balai kota | besok");
        assertThat(request.everyone()).isTrue();
        assertThat(request.text()).isEqualTo("Rapat @ balai kota | besok");
    }

    @Test
    void agenciesAreNamedBeforeABarOrALineBreakInFullOrInPart() {
        BroadcastTargets.Request request = targets.read("@Dinas Kominfo, @bpbd, dinas kesehatan | Apel pagi | jam 7");
        assertThat(request.problems()).isEmpty();
        assertThat(request.agencies()).containsExactly(java.util.Map.entry(1L, "Dinas Kominfo"),
                java.util.Map.entry(4L, "BPBD"), java.util.Map.entry(2L, "Dinas Kesehatan"));
        assertThat(request.text()).isEqualTo("Apel pagi | jam 7");

        BroadcastTargets.Request lines = targets.read("@Kominfo\nApel pagi\njam 7");
        assertThat(lines.agencies()).containsOnlyKeys(1L);
        assertThat(lines.text()).isEqualTo("Apel pagi\njam 7");
    }

    @Test
    void unknownAndAmbiguousNamesAreProblems() {
        BroadcastTargets.Request request = targets.read("@Dinas Pariwisata, Kesehatan | Apel");
        assertThat(request.problems()).extracting(BroadcastTargets.Problem::key)
                .containsExactly("broadcast.agency-unknown", "broadcast.agency-ambiguous");
        assertThat(request.problems().get(1).matches()).isEqualTo("Dinas Kesehatan, Dinas Kesehatan Hewan");
        assertThat(targets.read("@ | Apel").problems()).extracting(BroadcastTargets.Problem::key)
                .containsExactly("broadcast.agency-none");
    }

    private static AgencyView agency(long id, String name) {
        return new AgencyView(id, name, Optional.empty());
    }
}
