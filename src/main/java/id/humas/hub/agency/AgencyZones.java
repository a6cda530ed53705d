package id.humas.hub.agency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.humas.hub.system.TimeZones;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time zone each agency works in (WIB, WITA or WIT; {@code bot.timezone} unless it was given one): its agenda
 * times and "besok", its 09:00 reminders and its coverage requests follow it.
 */
@Component
public class AgencyZones {

    private final AgencyRepository agencies;
    private final TimeZones zones;

    AgencyZones(AgencyRepository agencies, TimeZones zones) {
        this.agencies = agencies;
        this.zones = zones;
    }

    /** The agency's zone; {@code bot.timezone} for an agency without one of its own (or an unknown id). */
    @Transactional(readOnly = true)
    public ZoneId of(long agencyId) {
        return agencies.findById(agencyId).flatMap(Agency::zone).orElse(zones.home());
    }

    /** Every agency's zone, by agency id. */
    @Transactional(readOnly = true)
    public Map<Long, ZoneId> all() {
        return agencies.findAll().stream()
                .collect(Collectors.toMap(Agency::id, agency -> agency.zone().orElse(zones.home())));
    }

    /** The central team's zone, {@code bot.timezone}. */
    public ZoneId home() {
        return zones.home();
    }

    /** " WITA" after a time in {@code zone} shown to the central team, when that is not the team's zone; else "". */
    public String suffix(ZoneId zone) {
        return zones.suffix(zone);
    }

    /** Today's date where the officer's agency is; its zone is looked up only when it was not read with the officer. */
    public LocalDate today(OfficerView officer, Clock clock) {
        ZoneId zone = officer.agencyZone() != null ? officer.agencyZone() : of(officer.agencyId());
        return clock.instant().atZone(zone).toLocalDate();
    }

    /**
     * Puts the agency named {@code name} (case and spacing ignored) in {@code zone}.
     *
     * @return the agency's name as written, or empty when there is no such agency
     */
    @Transactional
    Optional<String> move(String name, ZoneId zone) {
        Optional<Agency> agency = agencies.findByNameKey(Agency.keyOf(name));
        agency.ifPresent(found -> {
            found.moveTo(zone);
            agencies.save(found);
        });
        return agency.map(Agency::name);
    }

    /** Agency names by zone, for the team's overview. */
    @Transactional(readOnly = true)
    Map<String, ZoneId> byName() {
        return agencies.findAllByOrderByNameAsc().stream().collect(Collectors.toMap(Agency::name,
                agency -> agency.zone().orElse(zones.home()), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
