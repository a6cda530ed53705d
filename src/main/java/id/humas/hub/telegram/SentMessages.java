package id.humas.hub.telegram;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds the Telegram message a message sent with a ref became, so that it can be edited later. */
@Component
public class SentMessages {

    private final JdbcTemplate jdbc;

    SentMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the latest message that went out to the chat under {@code ref}; empty while none has (yet). */
    public Optional<Integer> messageId(long chatId, String ref) {
        List<Integer> ids = jdbc.queryForList("SELECT telegram_message_id FROM outbox_message"
                        + " WHERE chat_id = ? AND ref = ? AND status = 'SENT' AND telegram_message_id IS NOT NULL"
                        + " ORDER BY id DESC LIMIT 1",
                Integer.class, chatId, ref);
        return ids.stream().findFirst();
    }

    /** The ref a message that went out to the chat was sent under; empty when it had none or is unknown. */
    public Optional<String> ref(long chatId, int messageId) {
        List<String> refs = jdbc.queryForList("SELECT ref FROM outbox_message"
                        + " WHERE chat_id = ? AND telegram_message_id = ? AND status = 'SENT' AND ref IS NOT NULL"
                        + " ORDER BY id DESC LIMIT 1",
                String.class, chatId, messageId);
        return refs.stream().findFirst();
    }

    /** The batch (e.g. {@code broadcast:7}) a message that went out to the chat belonged to; empty if none. */
    public Optional<String> batch(long chatId, int messageId) {
        List<String> batches = jdbc.queryForList("SELECT batch FROM outbox_message"
                        + " WHERE chat_id = ? AND telegram_message_id = ? AND status = 'SENT' AND batch IS NOT NULL"
                        + " ORDER BY id DESC LIMIT 1",
                String.class, chatId, messageId);
        return batches.stream().findFirst();
    }

    /** The latest batch whose name starts with {@code prefix} that reached the chat since {@code since}. */
    public Optional<String> latestBatch(long chatId, String prefix, java.time.Instant since) {
        List<String> batches = jdbc.queryForList("SELECT batch FROM outbox_message"
                        + " WHERE chat_id = ? AND batch LIKE ? AND status = 'SENT' AND created_at >= ?"
                        + " ORDER BY id DESC LIMIT 1",
                String.class, chatId, prefix + "%", java.sql.Timestamp.from(since));
        return batches.stream().findFirst();
    }
}
