package id.humas.hub.system;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the central team at run time: a colleague joins (through a team invite), an admin removes a member.
 * Each change is written to the audit trail and announced ({@link TeamMemberJoined}, {@link TeamMemberRemoved}) in
 * the same transaction, so that the command menus follow at once.
 */
@Service
public class TeamMembership {

    private final CentralTeam team;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    TeamMembership(CentralTeam team, AuditTrail audit, ApplicationEventPublisher events) {
        this.team = team;
        this.audit = audit;
        this.events = events;
    }

    /** @return false when they were a member already (nothing changes then) */
    @Transactional
    public boolean join(long userId, String name, long invitedBy) {
        if (team.isMember(userId)) {
            return false;
        }
        team.add(userId, name);
        team.startedPrivately(userId);
        audit.record(invitedBy, AuditTrail.Kind.TEAM_MEMBER_JOINED, String.valueOf(userId), name);
        events.publishEvent(new TeamMemberJoined(userId, name, invitedBy));
        return true;
    }

    /** @return false when they were not a member (nothing changes then) */
    @Transactional
    public boolean remove(long userId, long removedBy) {
        if (!team.remove(userId, removedBy)) {
            return false;
        }
        audit.record(removedBy, AuditTrail.Kind.TEAM_MEMBER_REMOVED, String.valueOf(userId), null);
        events.publishEvent(new TeamMemberRemoved(userId, removedBy));
        return true;
    }
}
