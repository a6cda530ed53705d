package id.humas.hub.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail of the changes made to the central team and to the agencies: who did what, to whom or to which
 * agency, when. This class alone reads and writes {@code audit_entry}; entries are written in the transaction of the
 * change they record and never changed afterwards.
 */
@Component
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_DETAIL = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What was changed; the name is kept in the table, so never rename one. */
    public enum Kind {
        TEAM_INVITE_CREATED, TEAM_MEMBER_JOINED, TEAM_MEMBER_REMOVED,
        AGENCY_RENAMED, AGENCY_MERGED, AGENCY_ARCHIVED, AGENCY_RESTORED, OFFICER_REMOVED, INVITE_REVOKED
    }

    /**
     * @param actor   the Telegram user id of who made the change
     * @param subject what was changed: a user id or an agency's name
     * @param detail  anything else worth knowing (the new name, the agency merged into), or null
     */
    public record Entry(Instant at, long actor, Kind kind, String subject, String detail) {
    }

    public void record(long actor, Kind kind, String subject, String detail) {
        jdbc.update("INSERT INTO audit_entry (happened_at, actor, kind, subject, detail) VALUES (?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), actor, kind.name(), cut(subject, MAX_SUBJECT),
                detail == null ? null : cut(detail, MAX_DETAIL));
        log.info("Audit: {} by {}: {}{}", kind, actor, subject, detail == null ? "" : " (" + detail + ")");
    }

    /** The newest {@code limit} entries, newest first. */
    public List<Entry> recent(int limit) {
        return jdbc.query("SELECT happened_at, actor, kind, subject, detail FROM audit_entry"
                        + " ORDER BY happened_at DESC, id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                (row, n) -> new Entry(row.getTimestamp("happened_at").toInstant(), row.getLong("actor"),
                        Kind.valueOf(row.getString("kind")), row.getString("subject"), row.getString("detail")));
    }

    /** The subjects of every entry of {@code kind}: the agencies renamed, by their old names, for instance. */
    public List<String> subjects(Kind kind) {
        return jdbc.queryForList("SELECT DISTINCT subject FROM audit_entry WHERE kind = ?", String.class, kind.name());
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
