package id.humas.hub.agency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undoes a handover within {@link #UNDO_WINDOW} of it: the successor's term ends and the predecessor serves the
 * agency again. Numbered by the successor's officer id, as the handover notice shows it.
 */
@Service
class Handovers {

    static final Duration UNDO_WINDOW = Duration.ofDays(1);

    private final OfficerRepository officers;
    private final AgencyRepository agencies;
    private final Officers directory;
    private final Clock clock;

    Handovers(OfficerRepository officers, AgencyRepository agencies, Officers directory, Clock clock) {
        this.officers = officers;
        this.agencies = agencies;
        this.directory = directory;
        this.clock = clock;
    }

    enum Outcome {
        UNDONE, UNKNOWN, NO_LONGER_CURRENT, TOO_LATE, PREDECESSOR_SERVES_ELSEWHERE
    }

    /** What happened, and to whom; the officers are null when the handover was not found. */
    record Undo(Outcome outcome, String agencyName, OfficerView successor, OfficerView predecessor) {
    }

    @Transactional
    Undo undo(long handover) {
        Optional<Officer> found = officers.findById(handover).filter(officer -> officer.predecessorId() != null);
        if (found.isEmpty()) {
            return new Undo(Outcome.UNKNOWN, null, null, null);
        }
        Officer successor = found.get();
        Officer predecessor = officers.findById(successor.predecessorId()).orElseThrow();
        String agency = agencies.findById(successor.agencyId()).map(Agency::name).orElse("?");
        Undo undo = new Undo(outcome(successor, predecessor), agency, successor.view(agency),
                predecessor.view(agency));
        if (undo.outcome() == Outcome.UNDONE) {
            successor.undo(clock.instant());
            predecessor.reinstate();
            officers.save(successor);
            officers.save(predecessor);
            directory.forget(successor.userId());
            directory.forget(predecessor.userId());
        }
        return undo;
    }

    private Outcome outcome(Officer successor, Officer predecessor) {
        Instant now = clock.instant();
        if (successor.status() != OfficerStatus.ACTIVE || predecessor.status() != OfficerStatus.REPLACED) {
            return Outcome.NO_LONGER_CURRENT;
        }
        if (now.isAfter(successor.registeredAt().plus(UNDO_WINDOW))) {
            return Outcome.TOO_LATE;
        }
        if (officers.findByUserIdAndStatus(predecessor.userId(), OfficerStatus.ACTIVE).isPresent()) {
            return Outcome.PREDECESSOR_SERVES_ELSEWHERE;
        }
        return Outcome.UNDONE;
    }
}
