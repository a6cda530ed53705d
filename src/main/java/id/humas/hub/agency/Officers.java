package id.humas.hub.agency;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up officers and agencies for the other modules. Nothing is kept in memory: several instances share the
 * database, and a registration or handover handled by one of them must count at once for the others.
 */
@Component
public class Officers {

    private final OfficerRepository officers;
    private final AgencyRepository agencies;
    private final OfficersAhead ahead;

    Officers(OfficerRepository officers, AgencyRepository agencies, OfficersAhead ahead) {
        this.ahead = ahead;
        this.officers = officers;
        this.agencies = agencies;
    }

    /** The agency the user currently serves as officer, if any. */
    @Transactional(readOnly = true)
    public Optional<OfficerView> activeByUser(long userId) {
        return activeWithAgency(userId).map(ActiveOfficer::view);
    }

    /** As {@link #activeByUser}, with whether the agency is archived, in one look-up (with its time zone). */
    @Transactional(readOnly = true)
    public Optional<ActiveOfficer> activeWithAgency(long userId) {
        return ahead.take(userId).orElseGet(() -> Optional.ofNullable(ahead.read(List.of(userId)).get(userId)));
    }

    /** The agency's current officer, if it has one: the one who hears about the agency's items. */
    @Transactional(readOnly = true)
    public Optional<OfficerView> activeInAgency(long agencyId) {
        return officers.findByAgencyIdAndStatus(agencyId, OfficerStatus.ACTIVE).map(this::view);
    }

    /**
     * Every agency in service, by name, with its current officer: archived and merged agencies are left out (they
     * are gone from digests, /belum, reminders, the scoreboard and broadcasts).
     */
    @Transactional(readOnly = true)
    public List<AgencyView> agencies() {
        return allAgencies().stream().filter(entry -> !entry.archived()).map(AgencyEntry::agency).toList();
    }

    /** Every agency ever created, archived and merged ones too, by name. */
    @Transactional(readOnly = true)
    public List<AgencyEntry> allAgencies() {
        Map<Long, Officer> active = officers.findByStatus(OfficerStatus.ACTIVE).stream()
                .collect(Collectors.toMap(Officer::agencyId, Function.identity(), (a, b) -> a));
        List<Agency> all = agencies.findAllByOrderByNameAsc();
        Map<Long, String> names = all.stream().collect(Collectors.toMap(Agency::id, Agency::name));
        return all.stream()
                .map(agency -> new AgencyEntry(new AgencyView(agency.id(), agency.name(),
                        Optional.ofNullable(active.get(agency.id())).map(officer -> officer.view(agency.name()))),
                        agency.archived(), agency.mergedInto() == null ? null : names.get(agency.mergedInto())))
                .toList();
    }

    /** The agency's name, archived or not; "#id" for an unknown one. */
    @Transactional(readOnly = true)
    public String agencyName(long agencyId) {
        return agencies.findById(agencyId).map(Agency::name).orElse("#" + agencyId);
    }

    /** Every officer currently serving an agency in service. */
    @Transactional(readOnly = true)
    public List<OfficerView> active() {
        return agencies().stream().flatMap(agency -> agency.officer().stream()).toList();
    }

    OfficerView view(Officer officer) {
        return officer.view(agencies.findById(officer.agencyId()).map(Agency::name).orElse("?"));
    }
}
