package id.humas.hub.agency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undoes a handover within {@link #UNDO_WINDOW} of it: the successor's term ends and the predecessor serves the
 * agency again; a successor who moved from another agency serves that one again while it has found nobody else.
 * Numbered by the successor's officer id, as the handover notices show it.
 */
@Service
class Handovers {

    static final Duration UNDO_WINDOW = Duration.ofDays(1);

    private final OfficerRepository officers;
    private final AgencyRepository agencies;
    private final Clock clock;

    Handovers(OfficerRepository officers, AgencyRepository agencies, Clock clock) {
        this.officers = officers;
        this.agencies = agencies;
        this.clock = clock;
    }

    enum Outcome {
        UNDONE, UNKNOWN, NO_LONGER_CURRENT, TOO_LATE, PREDECESSOR_SERVES_ELSEWHERE
    }

    /**
     * What happened, and to whom.
     *
     * @param successor   null when the handover was not found
     * @param predecessor who serves the agency again (or would have); null when the agency had nobody before
     * @param previous    the successor's earlier term, served again; null when there was none or it stays ended
     */
    record Undo(Outcome outcome, String agencyName, OfficerView successor, OfficerView predecessor,
                OfficerView previous) {
    }

    @Transactional
    Undo undo(long handover) {
        Optional<Officer> found = officers.findById(handover).filter(Officer::isHandover);
        if (found.isEmpty()) {
            return new Undo(Outcome.UNKNOWN, null, null, null, null);
        }
        Officer successor = found.get();
        Optional<Officer> predecessor = Optional.ofNullable(successor.predecessorId()).flatMap(officers::findById);
        String agency = name(successor);
        Outcome outcome = outcome(successor, predecessor);
        if (outcome != Outcome.UNDONE) {
            return new Undo(outcome, agency, successor.view(agency), predecessor.map(p -> p.view(agency)).orElse(null),
                    null);
        }
        successor.undo(clock.instant());
        officers.save(successor);
        officers.flush(); // the successor leaves before the predecessor serves again: one active officer each
        predecessor.ifPresent(officer -> {
            officer.reinstate();
            officers.save(officer);
        });
        Optional<Officer> previous = restorePrevious(successor);
        return new Undo(outcome, agency, successor.view(agency), predecessor.map(p -> p.view(agency)).orElse(null),
                previous.map(term -> term.view(name(term))).orElse(null));
    }

    private Outcome outcome(Officer successor, Optional<Officer> predecessor) {
        Instant now = clock.instant();
        if (successor.status() != OfficerStatus.ACTIVE
                || predecessor.filter(officer -> officer.status() != OfficerStatus.REPLACED).isPresent()) {
            return Outcome.NO_LONGER_CURRENT;
        }
        if (now.isAfter(successor.registeredAt().plus(UNDO_WINDOW))) {
            return Outcome.TOO_LATE;
        }
        if (predecessor.filter(officer -> officers.findByUserIdAndStatus(officer.userId(), OfficerStatus.ACTIVE)
                .isPresent()).isPresent()) {
            return Outcome.PREDECESSOR_SERVES_ELSEWHERE;
        }
        return Outcome.UNDONE;
    }

    /** The successor's term at the agency they came from, while that agency has no officer and they serve none. */
    private Optional<Officer> restorePrevious(Officer successor) {
        Optional<Officer> previous = Optional.ofNullable(successor.previousTermId()).flatMap(officers::findById)
                .filter(term -> term.status() == OfficerStatus.REPLACED)
                .filter(term -> officers.findByAgencyIdAndStatus(term.agencyId(), OfficerStatus.ACTIVE).isEmpty());
        previous.ifPresent(term -> {
            term.reinstate();
            officers.save(term);
        });
        return previous;
    }

    private String name(Officer officer) {
        return agencies.findById(officer.agencyId()).map(Agency::name).orElse("?");
    }
}
