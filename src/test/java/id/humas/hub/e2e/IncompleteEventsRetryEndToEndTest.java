package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import id.humas.hub.fake.FakeUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Work done after commit in an event listener (here the isu's card for the central group) that fails is done again
 * a few minutes later by the running bot, not only at its next restart, and only once.
 */
class IncompleteEventsRetryEndToEndTest extends ClockedEndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIsuWhoseCardFailedOnceReachesTheGroupWithoutARestartAndOnlyOnce() {
        FakeUser officer = registeredOfficer("Yanti", agencyName("Dinas Pengairan"));
        jdbc.execute("CREATE TRIGGER card_fails_once BEFORE INSERT ON outbox_message FOR EACH ROW CALL '"
                + FailingCardInsert.class.getName() + "'");
        try {
            officer.sends("/isu Tanggul jebol di desa hilir " + FailingCardInsert.MARKER);
            await("the card's first attempt failing").until(() -> FailingCardInsert.failures.get() >= 1);
            telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.contains(FailingCardInsert.MARKER));

            clock.advance(Duration.ofMinutes(3));
            telegram.awaitMessageTo(CENTRAL_CHAT, FailingCardInsert.MARKER);

            clock.advance(Duration.ofMinutes(3));
            telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> cards() > 1);
            assertThat(cards()).isEqualTo(1);
            await("the event completed").until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication"
                    + " WHERE completion_date IS NULL AND serialized_event LIKE ?", Integer.class,
                    "%" + FailingCardInsert.MARKER + "%") == 0);
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS card_fails_once");
        }
    }

    private long cards() {
        return telegram.messagesTo(CENTRAL_CHAT).stream().filter(m -> m.contains(FailingCardInsert.MARKER)).count();
    }
}
