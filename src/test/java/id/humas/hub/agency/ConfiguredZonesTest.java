package id.humas.hub.agency;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;

import id.humas.hub.system.TimeZones;
import org.junit.jupiter.api.Test;

/** {@code bot.agency-zones}: the agencies listed are created when new and put in their zones at start-up. */
class ConfiguredZonesTest {

    private final Registration registration = mock(Registration.class);
    private final AgencyZones zones = mock(AgencyZones.class);

    @Test
    void listedAgenciesAreCreatedAndPutInTheirZones() {
        new ConfiguredZones(registration, zones, new AgencyZoneProperties(List.of(),
                List.of("Dinas Kelautan Kota Makassar"), List.of("Dinas Kominfo Papua"))).run(null);

        verify(registration).ensureAgencies(List.of("Dinas Kelautan Kota Makassar"));
        verify(registration).ensureAgencies(List.of("Dinas Kominfo Papua"));
        verify(zones).move("Dinas Kelautan Kota Makassar", TimeZones.WITA);
        verify(zones).move("Dinas Kominfo Papua", TimeZones.WIT);
    }
}
