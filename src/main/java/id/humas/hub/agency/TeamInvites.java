package id.humas.hub.agency;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import id.humas.hub.system.AuditTrail;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.TeamMembership;
import id.humas.hub.telegram.Sender;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time team invites: an admin makes one ({@code /undangtim}); whoever opens {@code t.me/<bot>?start=tim_<code>}
 * first, before it expires ({@code bot.invite.ttl}), joins the central team — unless they serve an agency as its
 * officer. This class alone reads and writes {@code team_invite}; it decides, {@link TeamInviteCommand} and
 * {@link StartCommand} answer.
 */
@Component
class TeamInvites {

    static final String PREFIX = "tim_";
    private static final int CODE_BYTES = 24;

    private final JdbcTemplate jdbc;
    private final TeamMembership membership;
    private final CentralTeam team;
    private final Officers officers;
    private final AuditTrail audit;
    private final BotProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TeamInvites(JdbcTemplate jdbc, TeamMembership membership, CentralTeam team, Officers officers, AuditTrail audit,
                BotProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.membership = membership;
        this.team = team;
        this.officers = officers;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    record Created(String link, Instant expiresAt) {
    }

    enum Joined {
        JOINED, ALREADY_MEMBER, OFFICER, UNKNOWN, USED, EXPIRED, REVOKED
    }

    /** The outcome of opening a team invite; {@code agency} names the agency of an officer who was refused. */
    record Redeemed(Joined result, String agency) {
    }

    static boolean isTeamCode(String code) {
        return code.startsWith(PREFIX);
    }

    @Transactional
    Created create(long admin) {
        Instant now = clock.instant();
        byte[] bytes = new byte[CODE_BYTES];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(properties.invite().ttl());
        jdbc.update("INSERT INTO team_invite (code, created_by, created_at, expires_at) VALUES (?, ?, ?, ?)",
                code, admin, Timestamp.from(now), Timestamp.from(expires));
        audit.record(admin, AuditTrail.Kind.TEAM_INVITE_CREATED, "team_invite", "expires " + expires);
        String bot = properties.username().replaceFirst("^@", "");
        return new Created("https://t.me/" + bot + "?start=" + PREFIX + code, expires);
    }

    /** Nobody joins unless every check passes; a refusal leaves the invite as it was. */
    @Transactional
    Redeemed redeem(String deepLinkCode, Sender person) {
        String code = deepLinkCode.substring(PREFIX.length());
        List<Invite> found = jdbc.query("SELECT created_by, expires_at, used_at, revoked_at FROM team_invite"
                        + " WHERE code = ? FOR UPDATE",
                (row, n) -> new Invite(row.getLong("created_by"), row.getTimestamp("expires_at").toInstant(),
                        row.getTimestamp("used_at") != null, row.getTimestamp("revoked_at") != null), code);
        if (found.isEmpty()) {
            return new Redeemed(Joined.UNKNOWN, null);
        }
        Invite invite = found.get(0);
        Instant now = clock.instant();
        if (team.isMember(person.userId())) {
            return new Redeemed(Joined.ALREADY_MEMBER, null);
        }
        Optional<OfficerView> officer = officers.activeByUser(person.userId());
        if (officer.isPresent()) {
            return new Redeemed(Joined.OFFICER, officer.get().agencyName());
        }
        if (invite.used()) {
            return new Redeemed(Joined.USED, null);
        }
        if (invite.revoked()) {
            return new Redeemed(Joined.REVOKED, null);
        }
        if (!now.isBefore(invite.expiresAt())) {
            return new Redeemed(Joined.EXPIRED, null);
        }
        jdbc.update("UPDATE team_invite SET used_at = ?, used_by = ? WHERE code = ?", Timestamp.from(now),
                person.userId(), code);
        membership.join(person.userId(), person.displayName(), invite.createdBy());
        return new Redeemed(Joined.JOINED, null);
    }

    private record Invite(long createdBy, Instant expiresAt, boolean used, boolean revoked) {
    }
}
