package id.humas.hub.broadcast;

import java.sql.Timestamp;
import java.time.Instant;

import id.humas.hub.system.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The officers who acknowledged a broadcast (table broadcast_ack): one row per officer and broadcast. */
@Component
class BroadcastAcks {

    private final JdbcTemplate jdbc;
    private final Texts texts;

    BroadcastAcks(JdbcTemplate jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** @return whether this is the officer's first acknowledgement of the broadcast */
    boolean record(long broadcastId, long officerUserId, Instant at) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM broadcast_ack WHERE broadcast_id = ?"
                + " AND officer_user_id = ?", Integer.class, broadcastId, officerUserId);
        if (known != null && known > 0) {
            return false;
        }
        jdbc.update("INSERT INTO broadcast_ack (broadcast_id, officer_user_id, acknowledged_at) VALUES (?, ?, ?)",
                broadcastId, officerUserId, Timestamp.from(at));
        return true;
    }

    int count(long broadcastId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM broadcast_ack WHERE broadcast_id = ?",
                Integer.class, broadcastId);
        return count == null ? 0 : count;
    }

    /** The report's line on acknowledgements, starting with a line break; "" while there are none. */
    String line(Broadcast broadcast) {
        int count = count(broadcast.id());
        return count == 0 ? "" : "\n" + texts.html("broadcast.acknowledged", String.valueOf(count),
                String.valueOf(broadcast.recipients()));
    }
}
