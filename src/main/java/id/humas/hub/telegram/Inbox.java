package id.humas.hub.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** The durable inbox: every update Telegram delivered, stored once by update_id, until it has been handled. */
@Component
class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    private static final int MAX_PAYLOAD = 1_000_000;
    private static final int MAX_ERROR = 2000;
    private static final String INSERT = "INSERT INTO inbox_update (update_id, chat_id, media_group_id, payload, status,"
            + " attempts, received_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Clock clock;

    Inbox(JdbcTemplate jdbc, TransactionTemplate transactions, TelegramJson json, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json.mapper();
        this.clock = clock;
    }

    /**
     * Stores the updates not stored yet; a re-delivered update is ignored. When the batch cannot be stored, each
     * update is stored on its own, and one that cannot be stored even so is kept as set aside (FAILED, with the
     * reason), so that it does not hold up the updates after it. Throws only when nothing can be stored at all, or
     * when the database cannot be reached (then no update is set aside for it).
     */
    void store(List<Update> updates) {
        try {
            transactions.executeWithoutResult(status -> storeNew(updates));
        } catch (RuntimeException batchFailed) {
            if (DatabaseTrouble.isCause(batchFailed)) {
                throw batchFailed;
            }
            for (Update update : updates) {
                storeAlone(update);
            }
        }
    }

    private void storeAlone(Update update) {
        try {
            transactions.executeWithoutResult(status -> storeIfNew(update));
        } catch (RuntimeException unstorable) {
            if (DatabaseTrouble.isCause(unstorable)) {
                throw unstorable;
            }
            log.error("Update {} cannot be stored; keeping it as set aside", update.getUpdateId(), unstorable);
            transactions.executeWithoutResult(status -> {
                if (!known(update)) {
                    String payload = toJsonOrNull(update);
                    jdbc.update("INSERT INTO inbox_update (update_id, payload, status, attempts, error, received_at)"
                                    + " VALUES (?, ?, 'FAILED', 0, ?, ?)",
                            update.getUpdateId(),
                            payload == null || payload.length() > MAX_PAYLOAD ? "{}" : payload,
                            truncate("could not be stored: " + unstorable),
                            Timestamp.from(clock.instant()));
                }
            });
        }
    }

    /** The updates not stored yet, in two statements however many there are (one to look, one batch to insert). */
    private void storeNew(List<Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        Set<Long> known = new HashSet<>(jdbc.queryForList("SELECT update_id FROM inbox_update WHERE update_id IN ("
                + placeholders(updates.size()) + ")", Long.class,
                updates.stream().map(update -> (Object) update.getUpdateId().longValue()).toArray()));
        Set<Long> adding = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (Update update : updates) {
            if (!known.contains(update.getUpdateId().longValue()) && adding.add(update.getUpdateId().longValue())) {
                rows.add(values(update));
            }
        }
        jdbc.batchUpdate(INSERT, rows);
    }

    private void storeIfNew(Update update) {
        if (!known(update)) {
            jdbc.update(INSERT, values(update));
        }
    }

    private Object[] values(Update update) {
        Message message = update.hasMessage() ? update.getMessage()
                : update.hasEditedMessage() ? update.getEditedMessage() : null;
        boolean inChat = message != null && message.getChat() != null;
        // An edit or a button press waits, like any later message of its chat, for the updates of that chat before
        // it (an album still being collected, an update another instance is handling).
        return new Object[] {update.getUpdateId(), inChat ? message.getChatId() : pressedIn(update),
                inChat && update.hasMessage() ? message.getMediaGroupId() : null, toJson(update),
                Timestamp.from(clock.instant())};
    }

    private static Long pressedIn(Update update) {
        MaybeInaccessibleMessage pressed = update.hasCallbackQuery() ? update.getCallbackQuery().getMessage() : null;
        return pressed == null || pressed.getChat() == null ? null : pressed.getChatId();
    }

    private boolean known(Update update) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_update WHERE update_id = ?",
                Integer.class, update.getUpdateId());
        return known != null && known > 0;
    }

    List<StoredUpdate> pending(int limit) {
        return jdbc.query("SELECT update_id, chat_id, media_group_id, payload, attempts, received_at"
                + " FROM inbox_update WHERE status = 'PENDING' ORDER BY update_id LIMIT " + limit, this::row);
    }

    /**
     * Claims, in the current transaction, those of {@code updates} (in update_id order) that are still waiting, that
     * no other transaction holds, and that no earlier waiting update of their chat outside the list holds back. The
     * row locks taken here last until the transaction ends, so that another instance passes over these updates
     * meanwhile instead of waiting for them. Of each chat, only the updates before its first one not claimed are
     * returned: a chat's updates are handled in order, whichever instance handles them.
     */
    List<StoredUpdate> claim(List<StoredUpdate> updates) {
        if (updates.isEmpty()) {
            return List.of();
        }
        String ids = placeholders(updates.size());
        // the ids are bound twice: the updates to lock, and the earlier ones of a chat that do not hold them back
        Object[] twice = Stream.concat(updates.stream(), updates.stream()).map(StoredUpdate::updateId).toArray();
        Set<Long> locked = new HashSet<>(jdbc.queryForList("SELECT u.update_id FROM inbox_update u"
                + " WHERE u.status = 'PENDING' AND u.update_id IN (" + ids + ") AND NOT EXISTS (SELECT 1"
                + " FROM inbox_update e WHERE e.chat_id = u.chat_id AND e.status = 'PENDING'"
                + " AND e.update_id < u.update_id AND e.update_id NOT IN (" + ids + "))"
                + " FOR UPDATE SKIP LOCKED", Long.class, twice));
        Set<Long> heldBack = new HashSet<>();
        List<StoredUpdate> claimed = new ArrayList<>();
        for (StoredUpdate update : updates) {
            boolean ours = locked.contains(update.updateId());
            if (update.chatId() != null && (!ours || heldBack.contains(update.chatId()))) {
                heldBack.add(update.chatId());
            } else if (ours) {
                claimed.add(update);
            }
        }
        return claimed;
    }

    List<StoredUpdate> pendingAlbum(String mediaGroupId) {
        return jdbc.query("SELECT update_id, chat_id, media_group_id, payload, attempts, received_at"
                + " FROM inbox_update WHERE status = 'PENDING' AND media_group_id = ? ORDER BY update_id",
                this::row, mediaGroupId);
    }

    /**
     * Marks the updates handled, in the transaction that claimed and handled them. When one of them was handled
     * elsewhere meanwhile (which the claim should make impossible), throws {@link HandledElsewhere}, so that this
     * transaction's changes are rolled back and the update counts once.
     */
    void markDone(List<StoredUpdate> updates) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(Timestamp.from(clock.instant()));
        updates.forEach(update -> arguments.add(update.updateId()));
        int claimed = jdbc.update("UPDATE inbox_update SET status = 'DONE', processed_at = ? WHERE status = 'PENDING'"
                + " AND update_id IN (" + placeholders(updates.size()) + ")",
                arguments.toArray());
        if (claimed < updates.size()) {
            throw new HandledElsewhere(updates.get(0).updateId());
        }
    }

    /** An update is no longer waiting: another worker handled it, or it was set aside. */
    static final class HandledElsewhere extends RuntimeException {

        HandledElsewhere(long updateId) {
            super("Update " + updateId + " (or one handled with it) was handled elsewhere meanwhile", null, false,
                    false);
        }
    }

    /**
     * Forgets updates handled before {@code cutoff} (retention); returns how many. Telegram never delivers an update
     * again after a day, so the update_id kept for recognising a re-delivery is not needed that long. Updates set
     * aside are kept for the team to look at.
     */
    int deleteDoneBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM inbox_update WHERE status = 'DONE' AND processed_at < ?", Timestamp.from(cutoff));
    }

    /**
     * Records a failed attempt; after {@code maxAttempts} the update is set aside so later ones can go on. An update
     * another instance has handled since is left as it is.
     */
    boolean recordFailure(List<StoredUpdate> updates, String error, int maxAttempts) {
        boolean setAside = updates.get(0).attempts() + 1 >= maxAttempts;
        int recorded = 0;
        for (StoredUpdate update : updates) {
            recorded += jdbc.update("UPDATE inbox_update SET attempts = attempts + 1, error = ?, status = ?"
                    + " WHERE update_id = ? AND status = 'PENDING'", truncate(error), setAside ? "FAILED" : "PENDING",
                    update.updateId());
        }
        return setAside && recorded > 0;
    }

    Update parse(StoredUpdate stored) {
        try {
            return json.readValue(stored.payload(), Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored update " + stored.updateId() + " cannot be read", e);
        }
    }

    private String toJsonOrNull(Update update) {
        try {
            return json.writeValueAsString(update);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static String truncate(String error) {
        return error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    }

    private String toJson(Update update) {
        try {
            return json.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Update " + update.getUpdateId() + " cannot be stored", e);
        }
    }

    private StoredUpdate row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        long chatId = rs.getLong(2);
        return new StoredUpdate(rs.getLong(1), rs.wasNull() ? null : chatId, rs.getString(3), rs.getString(4),
                rs.getInt(5), rs.getTimestamp(6).toInstant());
    }

    record StoredUpdate(long updateId, Long chatId, String mediaGroupId, String payload, int attempts,
                        Instant receivedAt) {

        boolean quietSince(Instant now, Duration wait) {
            return !receivedAt.plus(wait).isAfter(now);
        }
    }
}
