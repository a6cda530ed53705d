package id.humas.hub.telegram;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one owner of {@code lease}: tasks only one instance may do at a time, each held by one owner until it expires.
 * Taking or renewing is one conditional UPDATE, so of two instances trying at once exactly one gets the lease.
 * Times are passed in, so the rules can be checked on any clock.
 */
@Component
class Leases {

    private final JdbcTemplate jdbc;

    Leases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the lease for {@code owner}, or renews it when the owner holds it already: it is taken when it is free
     * (expired, released) or, with {@code evenIfHeld}, whoever holds it.
     *
     * @return whether {@code owner} holds it until {@code now + ttl}
     */
    boolean acquire(String name, String owner, Instant now, Duration ttl, boolean evenIfHeld) {
        Timestamp at = Timestamp.from(now);
        Timestamp until = Timestamp.from(now.plus(ttl));
        int taken = jdbc.update("UPDATE lease SET acquired_at = CASE WHEN owner = ? THEN acquired_at ELSE ? END,"
                        + " owner = ?, expires_at = ? WHERE name = ? AND (owner = ? OR expires_at <= ? OR ?)",
                owner, at, owner, until, name, owner, at, evenIfHeld);
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.update("INSERT INTO lease (name, owner, acquired_at, expires_at) VALUES (?, ?, ?, ?)",
                    name, owner, at, until) == 1;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    /** Lets the lease go at once (a clean stop), if {@code owner} holds it. */
    void release(String name, String owner, Instant now) {
        jdbc.update("UPDATE lease SET expires_at = ? WHERE name = ? AND owner = ?", Timestamp.from(now), name, owner);
    }

    /** Who holds the lease at {@code now}, if anyone. */
    Optional<String> holder(String name, Instant now) {
        return jdbc.queryForList("SELECT owner FROM lease WHERE name = ? AND expires_at > ?", String.class, name,
                Timestamp.from(now)).stream().findFirst();
    }
}
