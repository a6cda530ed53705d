package id.humas.hub.digest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.humas.hub.agency.AgencyView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For the dashboard: the agencies that sent nothing in the current period (since the last digest), as /belum. */
@Component
public class SilentAgencies {

    private final Coverage coverage;

    SilentAgencies(Coverage coverage) {
        this.coverage = coverage;
    }

    /** @param since when the period started: the last digest; empty when there was none */
    public record Period(Optional<Instant> since, List<AgencyView> silent) {
    }

    @Transactional(readOnly = true)
    public Period current() {
        return new Period(coverage.periodStart(), Coverage.silent(coverage.agencies(), coverage.pending()));
    }
}
