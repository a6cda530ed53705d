package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import id.humas.hub.instances.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances on one database: the one that sends learns that an officer blocked the bot, the other hears from
 * the officer again. Each sees what the other recorded within {@link Reachability#REREAD}, so the roster of either
 * shows the truth and the mark is taken off once the officer writes, whichever instance handles the message.
 */
class ReachabilityAcrossInstancesTest {

    private static final long OFFICER_CHAT = 7_701;

    @Test
    void whatOneInstanceRecordsTheOtherSeesWithinTheRereadTime() {
        DataSource database = TestDatabases.h2();
        Reachability sender = reachability(database);
        Reachability other = reachability(database);

        sender.refused(OFFICER_CHAT, "Forbidden: bot was blocked by the user");
        assertThat(sender.of(OFFICER_CHAT)).isPresent();
        await().atMost(Reachability.REREAD.plusSeconds(5)).until(() -> other.of(OFFICER_CHAT).isPresent());

        other.heardFrom(OFFICER_CHAT);
        assertThat(new JdbcTemplate(database).queryForObject(
                "SELECT COUNT(*) FROM unreachable_chat WHERE chat_id = ?", Integer.class, OFFICER_CHAT)).isZero();
        await().atMost(Reachability.REREAD.plusSeconds(5)).until(() -> sender.of(OFFICER_CHAT).isEmpty());
    }

    private static Reachability reachability(DataSource database) {
        return new Reachability(new JdbcTemplate(database), Clock.systemUTC(), mock(ApplicationEventPublisher.class));
    }
}
