package id.humas.hub.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The one owner of table {@code publication}: the items the team asked to publish to the channel. */
@Component
class PublicationRecords {

    enum Status { PENDING, PUBLISHED, FAILED }

    /** An item's publication: who asked for it with which press, and how it stands. */
    record Publication(long itemId, int attempt, Status status, long channelId, long actorUserId, String actorName,
                       long pressedChatId, Integer pressedMessageId, String link) {

        String ref() {
            return ref(itemId, attempt);
        }

        static String ref(long itemId, int attempt) {
            return "publish:" + itemId + ":" + attempt;
        }
    }

    private final JdbcTemplate jdbc;

    PublicationRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Publication> find(long itemId) {
        return jdbc.query("SELECT item_id, attempt, status, channel_id, actor_user_id, actor_name, pressed_chat_id,"
                + " pressed_message_id, link FROM publication WHERE item_id = ?", (rs, i) -> new Publication(
                rs.getLong(1), rs.getInt(2), Status.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5),
                rs.getString(6), rs.getLong(7), (Integer) rs.getObject(8, Integer.class), rs.getString(9)),
                itemId).stream().findFirst();
    }

    /** A new attempt at publishing the item (the first, or the next after one Telegram refused). */
    Publication request(long itemId, int version, long channelId, long actorUserId, String actorName,
                        long pressedChatId, Integer pressedMessageId, Instant at) {
        int attempt = find(itemId).map(previous -> previous.attempt() + 1).orElse(1);
        if (attempt == 1) {
            jdbc.update("INSERT INTO publication (item_id, attempt, status, item_version, channel_id, actor_user_id,"
                            + " actor_name, pressed_chat_id, pressed_message_id, requested_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", itemId, attempt, Status.PENDING.name(), version,
                    channelId, actorUserId, actorName, pressedChatId, pressedMessageId, Timestamp.from(at));
        } else {
            jdbc.update("UPDATE publication SET attempt = ?, status = ?, item_version = ?, channel_id = ?,"
                            + " actor_user_id = ?, actor_name = ?, pressed_chat_id = ?, pressed_message_id = ?,"
                            + " requested_at = ?, message_id = NULL, link = NULL, error = NULL, settled_at = NULL"
                            + " WHERE item_id = ?", attempt, Status.PENDING.name(), version, channelId, actorUserId,
                    actorName, pressedChatId, pressedMessageId, Timestamp.from(at), itemId);
        }
        return new Publication(itemId, attempt, Status.PENDING, channelId, actorUserId, actorName, pressedChatId,
                pressedMessageId, null);
    }

    /** @return whether the attempt was waiting and is now published (false: settled before) */
    boolean published(long itemId, int attempt, int messageId, String link, Instant at) {
        return jdbc.update("UPDATE publication SET status = ?, message_id = ?, link = ?, settled_at = ?"
                        + " WHERE item_id = ? AND attempt = ? AND status = ?", Status.PUBLISHED.name(), messageId, link,
                Timestamp.from(at), itemId, attempt, Status.PENDING.name()) == 1;
    }

    /** @return whether the attempt was waiting and is now failed (false: settled before) */
    boolean failed(long itemId, int attempt, String error, Instant at) {
        String kept = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        return jdbc.update("UPDATE publication SET status = ?, error = ?, settled_at = ?"
                        + " WHERE item_id = ? AND attempt = ? AND status = ?", Status.FAILED.name(), kept,
                Timestamp.from(at), itemId, attempt, Status.PENDING.name()) == 1;
    }
}
