package id.humas.hub.agency;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Looks up officers and agencies for the other modules. The officer behind a Telegram user is asked for on
 * every message, so it is cached; registrations and handovers evict it.
 */
@Component
public class Officers {

    private final OfficerRepository officers;
    private final AgencyRepository agencies;
    private final Cache<Long, Optional<OfficerView>> byUser = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    Officers(OfficerRepository officers, AgencyRepository agencies) {
        this.officers = officers;
        this.agencies = agencies;
    }

    /** The agency the user currently serves as officer, if any. */
    @Transactional(readOnly = true)
    public Optional<OfficerView> activeByUser(long userId) {
        return byUser.get(userId, id -> officers.findByUserIdAndStatus(id, OfficerStatus.ACTIVE)
                .map(this::view));
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

    /** Whether the agency is archived (or merged into another): its officer cannot send items. */
    @Transactional(readOnly = true)
    public boolean isArchived(long agencyId) {
        return agencies.findById(agencyId).map(Agency::archived).orElse(false);
    }

    /** Every officer currently serving an agency in service. */
    @Transactional(readOnly = true)
    public List<OfficerView> active() {
        return agencies().stream().flatMap(agency -> agency.officer().stream()).toList();
    }

    OfficerView view(Officer officer) {
        return officer.view(agencies.findById(officer.agencyId()).map(Agency::name).orElse("?"));
    }

    void forget(long userId) {
        byUser.invalidate(userId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byUser.invalidate(userId);
                }
            });
        }
    }
}
