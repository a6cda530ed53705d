package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After {@code bot.retention.days} (90 by default) the raw traffic is forgotten (updates handled, messages sent,
 * events completed) while the item, its versions and its review history stay.
 */
class RetentionEndToEndTest extends ClockedEndToEndTest {

    private static final String MARKER = "retensi-881";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void afterNinetyDaysTheTrafficIsForgottenButTheItemAndItsHistoryStay() {
        FakeUser officer = registeredOfficer("Rudi", agencyName("Dinas Kearsipan"));
        officer.sends("/isu Arsip daerah terendam banjir " + MARKER);
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, MARKER);
        long itemId = count("SELECT id FROM item WHERE body LIKE ?", "%" + MARKER + "%");
        lead.in(central).presses(card, "Terima");
        await("everything handled and sent").until(() -> count("SELECT COUNT(*) FROM review_action WHERE item_id = ?",
                itemId) > 0 && count("SELECT COUNT(*) FROM outbox_message WHERE chat_id = ?"
                + " AND status <> 'SENT'", officer.chatId()) == 0 && count("SELECT COUNT(*) FROM event_publication"
                + " WHERE completion_date IS NULL AND serialized_event LIKE ?", "%" + MARKER + "%") == 0);
        long lastUpdate = count("SELECT MAX(update_id) FROM inbox_update WHERE chat_id = ?", officer.chatId());
        long lastMessage = count("SELECT MAX(id) FROM outbox_message WHERE chat_id = ?", officer.chatId());
        long versions = count("SELECT COUNT(*) FROM item_version WHERE item_id = ?", itemId);
        long reviews = count("SELECT COUNT(*) FROM review_action WHERE item_id = ?", itemId);
        assertThat(count("SELECT COUNT(*) FROM inbox_update WHERE chat_id = ?", officer.chatId())).isPositive();
        assertThat(count("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?", "%" + MARKER + "%"))
                .isPositive();
        assertThat(reviews).isPositive();

        clock.advance(Duration.ofDays(91));

        await("the old traffic forgotten").atMost(Duration.ofSeconds(20)).until(() ->
                count("SELECT COUNT(*) FROM inbox_update WHERE chat_id = ? AND update_id <= ?", officer.chatId(), lastUpdate) == 0
                && count("SELECT COUNT(*) FROM outbox_message WHERE chat_id = ? AND id <= ?", officer.chatId(), lastMessage) == 0
                && count("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?", "%" + MARKER + "%") == 0);
        assertThat(count("SELECT COUNT(*) FROM item WHERE id = ?", itemId)).as("the item").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM item_version WHERE item_id = ?", itemId)).as("its versions")
                .isEqualTo(versions);
        assertThat(count("SELECT COUNT(*) FROM review_action WHERE item_id = ?", itemId)).as("its review history")
                .isEqualTo(reviews);
        long since = telegram.checkpoint();
        lead.in(central).sends("/item " + itemId);
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains(MARKER) && m.contains("Rina"));
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }
}
