package id.humas.hub.telegram;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one owner of {@code outbox_message} and {@code outbox_batch}: every read and write of the outbox's rows, with
 * their statuses as {@link OutboxStatus}.
 */
@Component
class OutboxMessages {

    private static final String COLUMNS = "o.id, o.chat_id, o.kind, o.payload, o.ref, o.attempts, o.bundle,"
            + " o.bundle_entry, o.batch, o.created_at, o.priority, o.coalesce_key";
    private static final String INSERT = "INSERT INTO outbox_message (chat_id, kind, payload, ref, status, attempts,"
            + " created_at, bundle, bundle_entry, batch, not_before, priority, coalesce_key)"
            + " VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)";

    private final InsertsAtCommit inserts;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    OutboxMessages(JdbcTemplate jdbc, TelegramJson json) {
        this.inserts = new InsertsAtCommit(jdbc, INSERT);
        this.jdbc = jdbc;
        this.json = json.mapper();
    }

    /** A waiting row. */
    record Row(long id, long chatId, String kind, String payload, String ref, int attempts, String bundle,
            String bundleEntry, String batch, Instant createdAt, SendPriority priority, String coalesceKey) {
    }

    /** What a new row says besides its call. */
    record Extras(String ref, Bundle bundle, String batch, Instant notBefore, SendPriority priority,
            String coalesceKey) {

        static Extras none() {
            return new Extras(null, null, null, null, SendPriority.ANSWER, null);
        }
    }

    /** A message Telegram counted against a chat's limit: for the budget after a restart. */
    record Counted(long chatId, int messages, Instant at) {
    }

    /** Written with the transaction's other changes, in one batch with the transaction's other new rows. */
    void add(Outgoing outgoing, Extras extras, Instant now) {
        inserts.add(new Object[] {outgoing.chatId(), outgoing.getClass().getSimpleName(), write(outgoing),
                extras.ref(), OutboxStatus.PENDING.name(), Timestamp.from(now),
                extras.bundle() == null ? null : extras.bundle().key(),
                extras.bundle() == null ? null : write(extras.bundle()), extras.batch(),
                extras.notBefore() == null ? null : Timestamp.from(extras.notBefore()), extras.priority().ordinal(),
                extras.coalesceKey()});
    }

    Outgoing read(Row row) throws JsonProcessingException {
        return json.readValue(row.payload(), Outgoing.class);
    }

    Bundle bundleOf(Row row) throws JsonProcessingException {
        return json.readValue(row.bundleEntry(), Bundle.class);
    }

    boolean hasRef(String ref) {
        Integer rows = table().queryForObject("SELECT COUNT(*) FROM outbox_message WHERE ref = ?", Integer.class, ref);
        return rows != null && rows > 0;
    }

    void newBatch(String batch, Instant now) {
        table().update("INSERT INTO outbox_batch (batch, created_at) VALUES (?, ?)", batch, Timestamp.from(now));
    }

    /**
     * The first waiting message of each chat that is due: the one of highest priority, the oldest among those.
     * Chatless calls (chat 0) are not ordered among themselves. Button answers are left to their own sender.
     *
     * @param groupsOnly only chats with a negative id (groups)
     */
    List<Row> heads(boolean groupsOnly, Instant now, int limit) {
        return table().query("SELECT " + COLUMNS + " FROM outbox_message o WHERE "
                        + (groupsOnly ? "o.chat_id < 0 AND " : "")
                        + "o.status = 'PENDING' AND o.kind <> 'CallbackAnswer'"
                        + " AND (o.not_before IS NULL OR o.not_before <= ?)"
                        + " AND (o.chat_id = 0 OR NOT EXISTS (SELECT 1 FROM outbox_message e"
                        + "   WHERE e.chat_id = o.chat_id AND e.status = 'PENDING'"
                        + "   AND (e.priority < o.priority OR e.priority = o.priority AND e.id < o.id)))"
                        + " ORDER BY o.priority, o.id LIMIT " + limit,
                this::row, Timestamp.from(now));
    }

    /** Waiting answers to button presses, oldest first. */
    List<Row> answers(int limit) {
        return table().query("SELECT " + COLUMNS + " FROM outbox_message o WHERE o.chat_id = 0 AND o.status = 'PENDING'"
                + " AND o.kind = 'CallbackAnswer' ORDER BY o.id LIMIT " + limit, this::row);
    }

    /** The chat's waiting rows in the order they go, up to {@code limit}. */
    List<Row> waiting(long chatId, int limit) {
        return table().query("SELECT " + COLUMNS + " FROM outbox_message o WHERE o.chat_id = ? AND o.status = 'PENDING'"
                + " ORDER BY o.priority, o.id LIMIT " + limit, this::row, chatId);
    }

    /** The chat's waiting rows under one coalescing key, oldest first. */
    List<Row> waitingUnder(long chatId, String coalesceKey, int limit) {
        return table().query("SELECT " + COLUMNS + " FROM outbox_message o WHERE o.chat_id = ? AND o.coalesce_key = ?"
                + " AND o.status = 'PENDING' ORDER BY o.id LIMIT " + limit, this::row, chatId, coalesceKey);
    }

    /** Records that a message went: {@code sent} stands for it, {@code others} went with it in some other way. */
    void sent(long sentId, Integer messageId, Instant at, List<Long> others, OutboxStatus othersStatus) {
        table().update("UPDATE outbox_message SET status = ?, telegram_message_id = ?, sent_at = ?, attempts = attempts + 1,"
                + " error = NULL WHERE id = ?", OutboxStatus.SENT.name(), messageId, Timestamp.from(at), sentId);
        for (long id : others) {
            table().update("UPDATE outbox_message SET status = ?, telegram_message_id = ?, sent_at = ?, error = NULL"
                    + " WHERE id = ?", othersStatus.name(), messageId, Timestamp.from(at), id);
        }
    }

    /** Records that a combined message went for all of {@code ids}. */
    void combined(List<Long> ids, Integer messageId, Instant at) {
        for (long id : ids) {
            table().update("UPDATE outbox_message SET status = ?, telegram_message_id = ?, sent_at = ?,"
                    + " attempts = attempts + 1, error = NULL WHERE id = ?", OutboxStatus.COMBINED.name(), messageId,
                    Timestamp.from(at), id);
        }
    }

    void mark(long id, OutboxStatus status) {
        table().update("UPDATE outbox_message SET status = ? WHERE id = ?", status.name(), id);
    }

    void failed(long id, String error) {
        table().update("UPDATE outbox_message SET status = ?, attempts = attempts + 1, error = ? WHERE id = ?",
                OutboxStatus.FAILED.name(), truncate(error), id);
    }

    void retryAt(long id, Instant notBefore, String error) {
        table().update("UPDATE outbox_message SET attempts = attempts + 1, not_before = ?, error = ? WHERE id = ?",
                Timestamp.from(notBefore), truncate(error), id);
    }

    /** The earliest time a row that waits for a retry is due, if one does. */
    Optional<Instant> nextRetry(Instant now) {
        Timestamp next = table().queryForObject("SELECT MIN(not_before) FROM outbox_message WHERE status = 'PENDING'"
                + " AND not_before > ?", Timestamp.class, Timestamp.from(now));
        return Optional.ofNullable(next).map(Timestamp::toInstant);
    }

    /** How a batch went, once: empty while some of it waits, or when it was reported already. */
    Optional<BatchDelivered> claimReport(String batch, Instant now) {
        Integer waiting = table().queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE batch = ? AND status = 'PENDING'", Integer.class, batch);
        if (waiting != null && waiting > 0) {
            return Optional.empty();
        }
        int claimed = table().update("UPDATE outbox_batch SET reported_at = ? WHERE batch = ? AND reported_at IS NULL",
                Timestamp.from(now), batch);
        if (claimed == 0) {
            return Optional.empty();
        }
        Integer delivered = table().queryForObject("SELECT COUNT(DISTINCT chat_id) FROM outbox_message WHERE batch = ?"
                + " AND status = 'SENT'", Integer.class, batch);
        List<Long> unreachable = table().queryForList("SELECT DISTINCT chat_id FROM outbox_message WHERE batch = ?"
                + " AND status = 'FAILED' ORDER BY chat_id", Long.class, batch);
        return Optional.of(new BatchDelivered(batch, delivered == null ? 0 : delivered, unreachable));
    }

    /** The id of the latest message that went out to the chat under {@code ref}. */
    Optional<Integer> messageId(long chatId, String ref) {
        return table().queryForList("SELECT telegram_message_id FROM outbox_message WHERE chat_id = ? AND ref = ?"
                        + " AND status = 'SENT' AND telegram_message_id IS NOT NULL ORDER BY id DESC LIMIT 1",
                Integer.class, chatId, ref).stream().findFirst();
    }

    /** The ref a message that went out to the chat was sent under. */
    Optional<String> ref(long chatId, int messageId) {
        return table().queryForList("SELECT ref FROM outbox_message WHERE chat_id = ? AND telegram_message_id = ?"
                        + " AND status = 'SENT' AND ref IS NOT NULL ORDER BY id DESC LIMIT 1",
                String.class, chatId, messageId).stream().findFirst();
    }

    /** The batch (e.g. {@code broadcast:7}) a message that went out to the chat belonged to. */
    Optional<String> batch(long chatId, int messageId) {
        return table().queryForList("SELECT batch FROM outbox_message WHERE chat_id = ? AND telegram_message_id = ?"
                        + " AND status = 'SENT' AND batch IS NOT NULL ORDER BY id DESC LIMIT 1",
                String.class, chatId, messageId).stream().findFirst();
    }

    /** The latest batch whose name starts with {@code prefix} that reached the chat since {@code since}. */
    Optional<String> latestBatch(long chatId, String prefix, Instant since) {
        return table().queryForList("SELECT batch FROM outbox_message WHERE chat_id = ? AND batch LIKE ?"
                        + " AND status = 'SENT' AND created_at >= ? ORDER BY id DESC LIMIT 1",
                String.class, chatId, prefix + "%", Timestamp.from(since)).stream().findFirst();
    }

    /** Moves the chat's waiting rows to its new id; returns how many. */
    int readdress(long oldChatId, long newChatId, UnaryOperator<String> payload) {
        List<Row> rows = table().query("SELECT " + COLUMNS + " FROM outbox_message o WHERE o.chat_id = ?"
                + " AND o.status = 'PENDING'", this::row, oldChatId);
        for (Row row : rows) {
            table().update("UPDATE outbox_message SET chat_id = ?, payload = ? WHERE id = ?", newChatId,
                    payload.apply(row.payload()), row.id());
        }
        return rows.size();
    }

    /**
     * Posts the messages a combined message listed under {@code bundle} after all, as new rows, once.
     *
     * @return how many rows were opened; 0 when none waits to be (opened before, or unknown)
     */
    int open(String bundle, Instant now) {
        List<Long> combined = table().queryForList("SELECT id FROM outbox_message WHERE bundle = ? AND status = ?"
                + " ORDER BY id", Long.class, bundle, OutboxStatus.COMBINED.name());
        for (long id : combined) {
            table().update("INSERT INTO outbox_message (chat_id, kind, payload, ref, status, attempts, created_at, priority)"
                            + " SELECT chat_id, kind, payload, ref, ?, 0, ?, ? FROM outbox_message WHERE id = ?",
                    OutboxStatus.PENDING.name(), Timestamp.from(now), SendPriority.URGENT.ordinal(), id);
            mark(id, OutboxStatus.OPENED);
        }
        return combined.size();
    }

    /** When the oldest message still waiting to be sent was written; empty when none waits. */
    Optional<Instant> oldestPending() {
        Timestamp oldest = table().queryForObject("SELECT MIN(created_at) FROM outbox_message WHERE status = ?",
                Timestamp.class, OutboxStatus.PENDING.name());
        return Optional.ofNullable(oldest).map(Timestamp::toInstant);
    }

    long count(OutboxStatus status) {
        Long count = table().queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = ?", Long.class,
                status.name());
        return count == null ? 0 : count;
    }

    /** What Telegram counted since {@code since}: each sent row, and each combined message once. */
    List<Counted> countedSince(Instant since) {
        Timestamp from = Timestamp.from(since);
        List<Counted> counted = new java.util.ArrayList<>(table().query("SELECT chat_id, payload, sent_at FROM"
                        + " outbox_message WHERE status = 'SENT' AND sent_at > ? AND chat_id <> 0",
                (rs, i) -> new Counted(rs.getLong(1), countedIn(rs.getString(2)), rs.getTimestamp(3).toInstant()),
                from));
        counted.addAll(table().query("SELECT chat_id, MIN(sent_at) FROM outbox_message WHERE status IN ('COMBINED',"
                        + " 'OPENED') AND sent_at > ? GROUP BY chat_id, telegram_message_id",
                (rs, i) -> new Counted(rs.getLong(1), 1, rs.getTimestamp(2).toInstant()), from));
        return counted;
    }

    /** Deletes the rows that are done with (sent, combined, skipped or failed) and older than {@code before}. */
    int deleteSentBefore(Instant before) {
        return table().update("DELETE FROM outbox_message WHERE status <> 'PENDING' AND created_at < ?",
                Timestamp.from(before));
    }

    /** The table, with the rows this transaction holds back written first. */
    private JdbcTemplate table() {
        inserts.writeWaiting();
        return jdbc;
    }

    private int countedIn(String payload) {
        try {
            return json.readValue(payload, Outgoing.class).counted();
        } catch (JsonProcessingException unreadable) {
            return 1;
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    private Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                SendPriority.of(rs.getInt(11)), rs.getString(12));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
