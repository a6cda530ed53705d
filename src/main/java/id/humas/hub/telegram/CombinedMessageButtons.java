package id.humas.hub.telegram;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buttons of a combined message ({@code ob:<bundle>}): pressing one posts that bundle's own messages (an urgent
 * item's media and its card with the review buttons) to the group, once. Only central-team users may open them.
 */
@Component
class CombinedMessageButtons implements CallbackHandler {

    static final String PREFIX = "ob";

    private final JdbcTemplate jdbc;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;

    CombinedMessageButtons(JdbcTemplate jdbc, CentralTeam team, Outbox outbox, Texts texts) {
        this.jdbc = jdbc;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
    }

    static String dataFor(String bundleKey) {
        return PREFIX + ":" + bundleKey;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    @Transactional
    public void handle(IncomingCallback callback) {
        if (!team.isMember(callback.from().userId())) {
            outbox.alert(callback, texts.get("review.refused"));
            return;
        }
        List<Long> combined = jdbc.queryForList("SELECT id FROM outbox_message WHERE bundle = ? AND status = 'COMBINED'"
                + " ORDER BY id", Long.class, callback.data());
        if (combined.isEmpty()) {
            outbox.answer(callback, texts.get("outbox.combined.already-open"));
            return;
        }
        for (long id : combined) {
            jdbc.update("INSERT INTO outbox_message (chat_id, kind, payload, ref, status, attempts, created_at)"
                    + " SELECT chat_id, kind, payload, ref, 'PENDING', 0, ? FROM outbox_message WHERE id = ?",
                    Timestamp.from(Instant.now()), id);
            jdbc.update("UPDATE outbox_message SET status = 'OPENED' WHERE id = ?", id);
        }
        outbox.answer(callback, texts.get("outbox.combined.opening"));
    }
}
