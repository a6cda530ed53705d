package id.humas.hub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The team table against a real (in-memory) database: seeded from the configuration, read again by every transaction. */
class CentralTeamTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource("jdbc:h2:mem:central-team-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
    private final Clock clock = Clock.fixed(Instant.parse("2031-06-02T03:00:00Z"), ZoneOffset.UTC);

    CentralTeamTest() {
        jdbc.execute("CREATE TABLE team_member (user_id BIGINT NOT NULL PRIMARY KEY, source VARCHAR(20) NOT NULL,"
                + " added_at TIMESTAMP WITH TIME ZONE NOT NULL, removed_at TIMESTAMP WITH TIME ZONE,"
                + " removed_by BIGINT, started_at TIMESTAMP WITH TIME ZONE)");
    }

    @Test
    void aRemovedMemberLosesTheirRightsAtTheNextCheckWithoutARestart() {
        CentralTeam team = start(1L, 2L);
        assertThat(team.isMember(2)).isTrue();

        assertThat(team.remove(2, 1)).isTrue();

        assertThat(team.isMember(2)).isFalse();
        assertThat(team.members()).containsExactly(1L);
        assertThat(team.remove(2, 1)).isFalse();
    }

    @Test
    void withinOneTransactionTheTeamIsReadOnceAndARemovalStillCountsAtOnce() {
        CentralTeam team = start(1L, 2L);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));

        transaction.executeWithoutResult(status -> {
            assertThat(team.isMember(2)).isTrue();
            // another way in than this class: the transaction keeps what it read
            jdbc.update("INSERT INTO team_member (user_id, source, added_at) VALUES (3, 'ADDED', CURRENT_TIMESTAMP)");
            assertThat(team.isMember(3)).isFalse();

            team.remove(2, 1);

            assertThat(team.isMember(2)).isFalse();
            assertThat(team.isMember(3)).isTrue();
        });
        assertThat(team.isMember(3)).isTrue();
    }

    @Test
    void aMemberDroppedFromTheConfigurationIsRemovedAtTheNextStartAndComesBackWhenNamedAgain() {
        start(1L, 2L);

        assertThat(start(1L).isMember(2)).isFalse();
        assertThat(start(1L, 2L).isMember(2)).isTrue();
    }

    @Test
    void aMemberAnAdminRemovedStaysRemovedThoughTheConfigurationStillNamesThem() {
        start(1L, 2L).remove(2, 1);

        CentralTeam restarted = start(1L, 2L);

        assertThat(restarted.isMember(2)).isFalse();
        assertThat(restarted.isMember(1)).isTrue();
    }

    @Test
    void onlyACurrentMemberWhoPressedStartCountsAsReachablePrivately() {
        CentralTeam team = start(1L, 2L);
        assertThat(team.hasStartedPrivately(1)).isFalse();

        team.startedPrivately(1);
        team.startedPrivately(3);

        assertThat(team.hasStartedPrivately(1)).isTrue();
        assertThat(team.hasStartedPrivately(3)).isFalse();
        team.remove(1, 2);
        assertThat(team.hasStartedPrivately(1)).isFalse();
    }

    private CentralTeam start(Long... members) {
        BotProperties properties = new BotProperties("123456:token", "humas_test_bot", URI.create("http://x"),
                -100L, List.of(members), Locale.forLanguageTag("id"), ZoneId.of("Asia/Jakarta"), List.of(),
                null, null, null, null, null, null, null, null, null, null, null, null);
        return new CentralTeam(properties, jdbc, clock);
    }
}
