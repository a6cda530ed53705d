package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.humas.hub.fake.FakeUser;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An update the bot chokes on every time is set aside after its attempts, with its error kept in the inbox, and
 * everything after it — the same chat included — is handled. The sender hears an apology where one can be sent.
 */
class PoisonedUpdateEndToEndTest extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anUpdateThatFailsEveryTimeIsSetAsideTheSenderHearsSorryAndTheChatGoesOn() {
        FakeUser user = newUser("Racun");
        // Telegram always gives a photo's sizes their dimensions; without them the bot cannot pick the largest.
        int poisoned = telegram.enqueueUpdate(message(user, true, content -> {
            content.putArray("photo").add(JSON.createObjectNode().put("file_id", "p-s").put("file_unique_id", "u1"))
                    .add(JSON.createObjectNode().put("file_id", "p-m").put("file_unique_id", "u2"));
        }));
        user.sends("/bantuan");

        telegram.awaitMessageTo(user.id(), "belum terdaftar");
        telegram.awaitMessageTo(user.id(), "tidak dapat diproses");
        Map<String, Object> row = awaitSetAside(poisoned);
        assertThat(row.get("ATTEMPTS")).isEqualTo(3);
        assertThat((String) row.get("ERROR")).contains("NullPointerException");
        long since = telegram.checkpoint();
        user.sends("halo lagi");
        telegram.awaitMessageToSince(since, user.id(), m -> m.contains("belum terdaftar"));
    }

    @Test
    void anUpdateWithoutAChatIsSetAsideWithoutAnApologyAndTheBotGoesOn() {
        FakeUser user = newUser("Tanpachat");

        int poisoned = telegram.enqueueUpdate(message(user, false, content -> content.put("text", "tanpa chat")));
        user.sends("halo");

        telegram.awaitMessageTo(user.id(), "belum terdaftar");
        assertThat((String) awaitSetAside(poisoned).get("ERROR")).contains("NullPointerException");
        telegram.assertNoMessageTo(user.id(), quietPeriod(), m -> m.contains("tidak dapat diproses"));
    }

    @Test
    void anUpdateTheInboxCannotHoldIsSetAsideAsItArrivesAndPollingGoesOn() {
        FakeUser user = newUser("Kepanjangan");

        int unstorable = telegram.enqueueUpdate(message(user, true, content -> {
            content.put("media_group_id", "9".repeat(150));
            content.put("text", "album dengan nomor grup yang tidak mungkin");
        }));
        user.sends("halo");

        telegram.awaitMessageTo(user.id(), "belum terdaftar");
        telegram.awaitConfirmed(unstorable);
        assertThat((String) awaitSetAside(unstorable).get("ERROR")).startsWith("could not be stored");
    }

    private Map<String, Object> awaitSetAside(int updateId) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM inbox_update WHERE update_id = ? AND status = 'FAILED'", Integer.class,
                updateId) > 0);
        return jdbc.queryForMap("SELECT attempts, error FROM inbox_update WHERE update_id = ?", updateId);
    }

    private static ObjectNode message(FakeUser user, boolean withChat, Consumer<ObjectNode> content) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode message = update.putObject("message");
        message.put("message_id", 7_000_000 + (int) (user.id() % 1_000_000));
        ObjectNode from = message.putObject("from");
        from.put("id", user.id());
        from.put("is_bot", false);
        from.put("first_name", user.firstName());
        if (withChat) {
            message.putObject("chat").put("id", user.id()).put("type", "private").put("first_name", user.firstName());
        }
        message.put("date", Instant.now().getEpochSecond());
        content.accept(message);
        return update;
    }
}
