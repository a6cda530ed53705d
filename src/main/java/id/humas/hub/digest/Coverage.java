package id.humas.hub.digest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.agency.Officers;
import org.springframework.stereotype.Component;

/** Which agencies have sent something in the current period — the period the next digest will cover. */
@Component
class Coverage {

    private final DigestEntryRepository entries;
    private final DigestRunRepository runs;
    private final Officers officers;

    Coverage(DigestEntryRepository entries, DigestRunRepository runs, Officers officers) {
        this.entries = entries;
        this.runs = runs;
        this.officers = officers;
    }

    /** Items not in any digest yet, and those edited after one, oldest first. */
    List<DigestEntry> pending() {
        return entries.findPending();
    }

    /** When the current period started: the last digest, or never (empty). */
    Optional<Instant> periodStart() {
        return runs.findTopByOrderByIdDesc().map(DigestRun::createdAt);
    }

    List<AgencyView> agencies() {
        return officers.agencies();
    }

    /** The {@code agencies} with none of {@code entries}, in the order given. */
    static List<AgencyView> silent(List<AgencyView> agencies, List<DigestEntry> entries) {
        Set<Long> reporting = entries.stream().map(DigestEntry::agencyId).collect(Collectors.toSet());
        return agencies.stream().filter(agency -> !reporting.contains(agency.id())).toList();
    }
}
