package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Memory changed while handling something in a transaction follows the transaction: a rollback (the inbox worker
 * handles a failed chunk again update by update; the sender's transaction fails) leaves memory as the tables are.
 */
class RolledBackMemoryTest {

    private static final long CENTRAL = -100777L;
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aChatMarkedUnreachableInARolledBackTransactionIsStillReachableAndIsMarkedOnTheNextRefusal() {
        Reachability reachability = new Reachability(jdbc, Clock.systemUTC(), events);
        when(jdbc.queryForObject(anyString(), eq(Integer.class), anyLong())).thenReturn(0);

        inTransactionThatRollsBack(() -> reachability.refused(42L, "Forbidden: bot was blocked by the user"));
        assertThat(reachability.of(42L)).isEmpty();

        inTransactionThatCommits(() -> reachability.refused(42L, "Forbidden: bot was blocked by the user"));
        assertThat(reachability.of(42L)).hasValueSatisfying(
                unreachable -> assertThat(unreachable.reason()).isEqualTo(UnreachableReason.BLOCKED));
    }

    @Test
    void aRecordedChatIsNotRecordedTwiceEvenWhenMemoryDoesNotKnowIt() {
        Reachability reachability = new Reachability(jdbc, Clock.systemUTC(), events);
        when(jdbc.queryForObject(anyString(), eq(Integer.class), anyLong())).thenReturn(1);

        inTransactionThatCommits(() -> reachability.refused(42L, "Forbidden: bot was blocked by the user"));

        org.mockito.Mockito.verify(jdbc, org.mockito.Mockito.never()).update(
                org.mockito.ArgumentMatchers.startsWith("INSERT"), any(Object[].class));
    }

    @Test
    void aGroupMoveInARolledBackTransactionIsForgottenAndTheCentralGroupStaysWhereItWas() {
        CentralTeam team = new CentralTeam(properties(), mock(JdbcTemplate.class), Clock.systemUTC());
        OutboxMessages messages = mock(OutboxMessages.class);
        ChatMigrations migrations = new ChatMigrations(jdbc, messages, new TelegramJson(), Clock.systemUTC(), team,
                events);
        when(jdbc.queryForObject(anyString(), eq(Integer.class), anyLong())).thenReturn(0);

        inTransactionThatRollsBack(() -> {
            migrations.migrated(CENTRAL, -100888L);
            assertThat(migrations.current(CENTRAL)).as("within the transaction").isEqualTo(-100888L);
        });

        assertThat(migrations.current(CENTRAL)).isEqualTo(CENTRAL);
        assertThat(team.chatId()).isEqualTo(CENTRAL);
    }

    @Test
    void messagesCountedInARolledBackTransactionAreTakenBackSoTheUserIsNotRefusedWhenTheyAreHandledAgain() {
        BotProperties properties = properties();
        Texts texts = mock(Texts.class);
        when(texts.html(anyString(), any(Object[].class))).thenReturn("pelan-pelan");
        when(texts.plain(anyString(), any(Object[].class))).thenReturn("pelan-pelan");
        Outbox outbox = mock(Outbox.class);
        FloodGuard guard = new FloodGuard(properties, new CentralTeam(properties, mock(JdbcTemplate.class), Clock.systemUTC()), outbox, texts);
        Sender officer = new Sender(500L, "Budi", null, null);
        Instant at = Instant.parse("2031-06-01T08:00:00Z");

        inTransactionThatRollsBack(() -> {
            for (int i = 0; i < 3; i++) {
                assertThat(guard.admit(officer, 500L, at.plusSeconds(i))).isTrue();
            }
            assertThat(guard.admit(officer, 500L, at.plusSeconds(3))).isFalse();
        });
        inTransactionThatCommits(() -> {
            for (int i = 0; i < 3; i++) {
                assertThat(guard.admit(officer, 500L, at.plusSeconds(i))).as("handled again").isTrue();
            }
            assertThat(guard.admit(officer, 500L, at.plusSeconds(3))).isFalse();
        });
        org.mockito.Mockito.verify(outbox, org.mockito.Mockito.times(2)).send(eq(500L), anyString());
    }

    @Test
    void buttonPressesAreCappedPerUserAndMinute() {
        BotProperties properties = properties();
        FloodGuard guard = new FloodGuard(properties, new CentralTeam(properties, mock(JdbcTemplate.class), Clock.systemUTC()), mock(Outbox.class),
                mock(Texts.class));
        Sender stranger = new Sender(501L, "Iseng", null, null);
        Instant at = Instant.parse("2031-06-01T08:00:00Z");

        assertThat(guard.admitPress(stranger, at)).isTrue();
        assertThat(guard.admitPress(stranger, at.plusMillis(10))).isTrue();
        assertThat(guard.admitPress(stranger, at.plusMillis(20))).isTrue();
        assertThat(guard.admitPress(stranger, at.plusMillis(30))).isFalse();
        assertThat(guard.admitPress(stranger, at.plusSeconds(60))).as("a minute after the first").isTrue();
        assertThat(guard.admitPress(new Sender(9001L, "Tim", null, null), at)).as("the team").isTrue();
    }

    private static BotProperties properties() {
        return new BotProperties("123456:token", "humas_test_bot", URI.create("http://x"), CENTRAL, List.of(9001L),
                Locale.forLanguageTag("id"), ZoneId.of("Asia/Jakarta"), List.of(), null, null, null,
                new BotProperties.Limits(0, 0, 0, 3), null, null, null, null, null, null, List.of(), null);
    }

    private static void inTransactionThatRollsBack(Runnable work) {
        inTransaction(work, TransactionSynchronization.STATUS_ROLLED_BACK);
    }

    private static void inTransactionThatCommits(Runnable work) {
        inTransaction(work, TransactionSynchronization.STATUS_COMMITTED);
    }

    private static void inTransaction(Runnable work, int outcome) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            work.run();
            List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
            if (outcome == TransactionSynchronization.STATUS_COMMITTED) {
                synchronizations.forEach(TransactionSynchronization::afterCommit);
            }
            synchronizations.forEach(s -> s.afterCompletion(outcome));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
