package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import id.humas.hub.instances.TestDatabases;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances on one database: one of them hears that the central group became a supergroup. The other must then
 * hear the team in the new supergroup at once (not leave it as a stranger's group), and send there within
 * {@link ChatMigrations#REREAD}; before, it kept the old id until it was restarted.
 */
class ChatMigrationsAcrossInstancesTest {

    private static final long CENTRAL = -100_777L;
    private static final long SUPERGROUP = -100_100_777L;

    private final DataSource database = TestDatabases.h2();

    @Test
    void theOtherInstanceHearsTheTeamInTheNewSupergroupAtOnce() {
        CentralTeam otherTeam = team();
        ChatMigrations hearing = migrations(team());
        ChatMigrations other = migrations(otherTeam);

        hearing.migrated(CENTRAL, SUPERGROUP);

        assertThat(other.isTeamChat(SUPERGROUP)).isTrue();
        assertThat(otherTeam.chatId()).isEqualTo(SUPERGROUP);
        assertThat(other.current(CENTRAL)).isEqualTo(SUPERGROUP);
        assertThat(other.isTeamChat(-100_555L)).as("a stranger's group stays one").isFalse();
    }

    @Test
    void theOtherInstanceSendsToTheNewSupergroupWithinTheRereadTime() {
        ChatMigrations hearing = migrations(team());
        ChatMigrations other = migrations(team());
        assertThat(other.current(CENTRAL)).isEqualTo(CENTRAL);

        hearing.migrated(CENTRAL, SUPERGROUP);

        await().atMost(ChatMigrations.REREAD.plusSeconds(5)).until(() -> other.current(CENTRAL) == SUPERGROUP);
    }

    @Test
    void anInstanceToldOfAMoveAnotherRecordedFollowsIt() {
        CentralTeam otherTeam = team();
        ChatMigrations hearing = migrations(team());
        ChatMigrations other = migrations(otherTeam);
        hearing.migrated(CENTRAL, SUPERGROUP);

        // the other instance handles Telegram's service message about the same move
        other.migrated(CENTRAL, SUPERGROUP);

        assertThat(otherTeam.chatId()).isEqualTo(SUPERGROUP);
        assertThat(new JdbcTemplate(database).queryForObject("SELECT COUNT(*) FROM chat_migration", Integer.class))
                .isOne();
    }

    private ChatMigrations migrations(CentralTeam team) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        return new ChatMigrations(jdbc, new OutboxMessages(jdbc, new TelegramJson()), new TelegramJson(),
                Clock.systemUTC(), team, mock(ApplicationEventPublisher.class));
    }

    private CentralTeam team() {
        BotProperties properties = new BotProperties("123456:token", "humas_test_bot", URI.create("http://x"),
                CENTRAL, List.of(9001L), Locale.forLanguageTag("id"), ZoneId.of("Asia/Jakarta"), List.of(), null,
                null, null, null, null, null, null, null, null, null, List.of(), null);
        return new CentralTeam(properties, new JdbcTemplate(database), Clock.systemUTC());
    }
}
