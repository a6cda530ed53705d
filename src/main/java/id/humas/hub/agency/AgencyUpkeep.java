package id.humas.hub.agency;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.humas.hub.system.AuditTrail;
import id.humas.hub.system.CentralTeam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin may do to the agencies, in chat and on the dashboard alike: rename, merge one into another (its
 * items and officers move, its history stays), archive, restore, and remove an officer (the agency is then vacant).
 * Each decides and returns an {@link Outcome}; {@link UpkeepReplies} words it. Every change goes into the audit
 * trail; the officers concerned are told by {@link OfficerNotices}.
 */
@Service
public class AgencyUpkeep {

    private final AgencyNames names;
    private final AgencyRepository agencies;
    private final OfficerRepository officers;
    private final Registration registration;
    private final OfficerNotices notices;
    private final CentralTeam team;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgencyUpkeep(AgencyNames names, AgencyRepository agencies, OfficerRepository officers, Registration registration,
                 OfficerNotices notices, CentralTeam team, AuditTrail audit, ApplicationEventPublisher events,
                 Clock clock) {
        this.names = names;
        this.agencies = agencies;
        this.officers = officers;
        this.registration = registration;
        this.notices = notices;
        this.team = team;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public enum Result {
        RENAMED, MERGED, ARCHIVED, RESTORED, OFFICER_REMOVED,
        NOT_ADMIN, NOT_FOUND, NAME_INVALID, NAME_TAKEN, SAME_AGENCY, ALREADY_ARCHIVED, NOT_ARCHIVED, MERGED_AWAY,
        TARGET_ARCHIVED, VACANT;

        public boolean done() {
            return ordinal() <= OFFICER_REMOVED.ordinal();
        }
    }

    /**
     * @param name        the agency concerned (as found, or as typed when not found)
     * @param other       the second name: the new name, the agency merged into, the officer removed
     * @param suggestions names close to one that was not found
     */
    public record Outcome(Result result, String name, String other, List<String> suggestions) {

        static Outcome of(Result result, String name, String other) {
            return new Outcome(result, name, other == null ? "" : other, List.of());
        }
    }

    @Transactional
    public Outcome rename(long admin, String typed, String newName) {
        String tidy = Agency.tidy(newName == null ? "" : newName);
        Lookup found = lookUp(admin, typed);
        if (found.refusal() != null) {
            return found.refusal();
        }
        if (tidy.isEmpty() || tidy.length() > Agency.MAX_NAME || tidy.contains("\n")) {
            return Outcome.of(Result.NAME_INVALID, typed, String.valueOf(Agency.MAX_NAME));
        }
        Agency agency = found.agency();
        Optional<Agency> holder = agencies.findByNameKey(Agency.keyOf(tidy)).filter(other -> !other.id().equals(agency.id()));
        if (holder.isPresent()) {
            return Outcome.of(Result.NAME_TAKEN, agency.name(), holder.get().name());
        }
        String old = agency.name();
        agency.rename(tidy);
        agencies.save(agency);
        officers.findByAgencyIdAndStatus(agency.id(), OfficerStatus.ACTIVE)
                .ifPresent(officer -> notices.renamed(officer, old, tidy));
        audit.record(admin, AuditTrail.Kind.AGENCY_RENAMED, old, tidy);
        return Outcome.of(Result.RENAMED, old, tidy);
    }

    @Transactional
    public Outcome merge(long admin, String typedFrom, String typedInto) {
        Lookup source = lookUp(admin, typedFrom);
        if (source.refusal() != null) {
            return source.refusal();
        }
        Lookup target = lookUp(admin, typedInto);
        if (target.refusal() != null) {
            return target.refusal();
        }
        Agency from = source.agency();
        Agency into = target.agency();
        if (from.id().equals(into.id())) {
            return Outcome.of(Result.SAME_AGENCY, from.name(), into.name());
        }
        if (into.archived()) {
            return Outcome.of(Result.TARGET_ARCHIVED, from.name(), into.name());
        }
        Instant now = clock.instant();
        registration.revokeOpen(from.id(), now);
        Optional<Officer> serving = officers.findByAgencyIdAndStatus(into.id(), OfficerStatus.ACTIVE);
        for (Officer officer : officers.findByAgencyId(from.id())) {
            if (officer.status() == OfficerStatus.ACTIVE && serving.isPresent()) {
                officer.remove(now);
                notices.mergedAway(officer, from.name(), into.name());
            } else if (officer.status() == OfficerStatus.ACTIVE) {
                notices.mergedAlong(officer, from.name(), into.name());
            }
            officer.moveTo(into.id());
            officers.save(officer);
        }
        from.mergeInto(into.id(), now);
        agencies.save(from);
        events.publishEvent(new AgenciesMerged(from.id(), into.id()));
        audit.record(admin, AuditTrail.Kind.AGENCY_MERGED, from.name(), into.name());
        return Outcome.of(Result.MERGED, from.name(), into.name());
    }

    @Transactional
    public Outcome archive(long admin, String typed) {
        Lookup found = lookUp(admin, typed);
        if (found.refusal() != null) {
            return found.refusal();
        }
        Agency agency = found.agency();
        if (agency.archived()) {
            return Outcome.of(Result.ALREADY_ARCHIVED, agency.name(), null);
        }
        Instant now = clock.instant();
        agency.archive(now);
        agencies.save(agency);
        registration.revokeOpen(agency.id(), now);
        officers.findByAgencyIdAndStatus(agency.id(), OfficerStatus.ACTIVE)
                .ifPresent(officer -> notices.archived(officer, agency.name()));
        audit.record(admin, AuditTrail.Kind.AGENCY_ARCHIVED, agency.name(), null);
        return Outcome.of(Result.ARCHIVED, agency.name(), null);
    }

    @Transactional
    public Outcome restore(long admin, String typed) {
        Lookup found = lookUp(admin, typed);
        if (found.refusal() != null) {
            return found.refusal();
        }
        Agency agency = found.agency();
        if (!agency.archived()) {
            return Outcome.of(Result.NOT_ARCHIVED, agency.name(), null);
        }
        agency.restore();
        agencies.save(agency);
        officers.findByAgencyIdAndStatus(agency.id(), OfficerStatus.ACTIVE)
                .ifPresent(officer -> notices.restored(officer, agency.name()));
        audit.record(admin, AuditTrail.Kind.AGENCY_RESTORED, agency.name(), null);
        return Outcome.of(Result.RESTORED, agency.name(), null);
    }

    @Transactional
    public Outcome removeOfficer(long admin, String typed) {
        Lookup found = lookUp(admin, typed);
        if (found.refusal() != null) {
            return found.refusal();
        }
        Agency agency = found.agency();
        Optional<Officer> officer = officers.findByAgencyIdAndStatus(agency.id(), OfficerStatus.ACTIVE);
        if (officer.isEmpty()) {
            return Outcome.of(Result.VACANT, agency.name(), null);
        }
        Instant now = clock.instant();
        officer.get().remove(now);
        officers.save(officer.get());
        notices.removed(officer.get(), agency.name());
        audit.record(admin, AuditTrail.Kind.OFFICER_REMOVED, agency.name(),
                officer.get().displayName() + " (" + officer.get().userId() + ")");
        return Outcome.of(Result.OFFICER_REMOVED, agency.name(), officer.get().displayName());
    }

    /** The agency typed, found once; or the reason nothing can be done: not an admin, no such agency, merged away. */
    private Lookup lookUp(long admin, String typed) {
        if (!team.isAdmin(admin)) {
            return Lookup.refused(Outcome.of(Result.NOT_ADMIN, typed, null));
        }
        Optional<Agency> agency = names.find(typed);
        if (agency.isEmpty()) {
            return Lookup.refused(new Outcome(Result.NOT_FOUND, Agency.tidy(typed == null ? "" : typed), "",
                    names.suggestions(typed)));
        }
        Agency found = agency.get();
        if (found.mergedInto() != null) {
            return Lookup.refused(Outcome.of(Result.MERGED_AWAY, found.name(),
                    agencies.findById(found.mergedInto()).map(Agency::name).orElse("?")));
        }
        return new Lookup(found, null);
    }

    /** @param refusal null when {@code agency} may be acted on */
    private record Lookup(Agency agency, Outcome refusal) {

        static Lookup refused(Outcome refusal) {
            return new Lookup(null, refusal);
        }
    }
}
