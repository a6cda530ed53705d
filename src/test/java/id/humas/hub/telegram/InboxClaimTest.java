package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import id.humas.hub.instances.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Several instances handle one inbox: an update is claimed in the transaction that handles it, another transaction
 * passes over it at once instead of waiting, and a chat's later update waits while an earlier one is held
 * elsewhere, so a chat's updates are handled in order. Its changes commit once even when two workers go for it at
 * the same moment. Delivered twice, an update is stored once. Each runs on H2 and on PostgreSQL (skipped, with the
 * reason, where none answers).
 */
class InboxClaimTest {

    @Test
    void anUpdateDeliveredTwiceIsStoredOnce() {
        DataSource h2 = TestDatabases.h2();
        Inbox inbox = inbox(h2);

        inbox.store(List.of(update(7, 501)));
        inbox.store(List.of(update(7, 501), update(8, 502)));

        assertThat(inbox.pending(10)).extracting(Inbox.StoredUpdate::updateId).containsExactly(7L, 8L);
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void anUpdateClaimedByOneTransactionIsPassedOverByAnotherWithoutWaiting(String database) throws Exception {
        onDatabase(database, dataSource -> {
            Inbox inbox = inbox(dataSource);
            inbox.store(List.of(update(1, 501), update(2, 502), update(3, 503)));
            List<Inbox.StoredUpdate> pending = inbox.pending(10);

            inAnotherInstance(dataSource, (firstInstance, transaction) -> {
                assertThat(firstInstance.claim(pending.subList(0, 2)))
                        .extracting(Inbox.StoredUpdate::updateId).containsExactly(1L, 2L);

                assertThat(claimAndCommit(dataSource, inbox, pending)).as("claimed by the second instance")
                        .containsExactly(3L);
                transaction.rollback();
            });
            assertThat(claimAndCommit(dataSource, inbox, pending)).as("once the first let go")
                    .containsExactly(1L, 2L, 3L);
        });
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aChatsLaterUpdateWaitsWhileItsEarlierOneIsHeldElsewhere(String database) throws Exception {
        onDatabase(database, dataSource -> {
            Inbox inbox = inbox(dataSource);
            inbox.store(List.of(update(1, 501), update(2, 501), update(3, 502), update(4, 501)));
            List<Inbox.StoredUpdate> pending = inbox.pending(10);

            inAnotherInstance(dataSource, (firstInstance, transaction) -> {
                assertThat(firstInstance.claim(pending.subList(0, 1))).hasSize(1);

                assertThat(claimAndCommit(dataSource, inbox, pending.subList(1, 2)))
                        .as("chat 501's second update, its first held elsewhere").isEmpty();
                assertThat(claimAndCommit(dataSource, inbox, pending))
                        .as("everything, of which only chat 502 is free").containsExactly(3L);

                firstInstance.markDone(pending.subList(0, 1));
                transaction.commit();
            });
            assertThat(claimAndCommit(dataSource, inbox, inbox.pending(10))).as("after the first was handled")
                    .containsExactly(2L, 3L, 4L);
        });
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void twoWorkersGoingForTheSameUpdatesAtOnceHandleEachOnce(String database) throws Exception {
        onDatabase(database, dataSource -> {
            Inbox inbox = inbox(dataSource);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("CREATE TABLE handled (update_id BIGINT NOT NULL)");
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            ExecutorService workers = Executors.newFixedThreadPool(2);
            try {
                for (int id = 1; id <= 20; id++) {
                    inbox.store(List.of(update(id, 500 + id % 3)));
                    List<Inbox.StoredUpdate> seenByBoth = inbox.pending(1);
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<Integer>> outcomes = new ArrayList<>();
                    for (int worker = 0; worker < 2; worker++) {
                        outcomes.add(workers.submit(() -> {
                            together.await();
                            return handle(transactions, jdbc, inbox, seenByBoth);
                        }));
                    }
                    int handled = 0;
                    for (Future<Integer> outcome : outcomes) {
                        handled += outcome.get();
                    }
                    assertThat(handled).as("workers that handled update %d", id).isEqualTo(1);
                }
            } finally {
                workers.shutdownNow();
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handled", Integer.class)).isEqualTo(20);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT update_id) FROM handled", Integer.class))
                    .isEqualTo(20);
        });
    }

    @Test
    void anUpdateMarkedHandledTwiceHasTheSecondTransactionRolledBack() {
        DataSource h2 = TestDatabases.h2();
        Inbox inbox = inbox(h2);
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.execute("CREATE TABLE handled (update_id BIGINT NOT NULL)");
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(h2));
        inbox.store(List.of(update(1, 501)));
        List<Inbox.StoredUpdate> seenByBoth = inbox.pending(10);
        Runnable handleWithoutClaiming = () -> transactions.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO handled (update_id) VALUES (1)");
            inbox.markDone(seenByBoth);
        });

        handleWithoutClaiming.run();
        assertThatThrownBy(handleWithoutClaiming::run).isInstanceOf(Inbox.HandledElsewhere.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handled", Integer.class)).isEqualTo(1);
    }

    /** What the inbox worker does: claim, handle, mark, in one transaction; returns how many it handled. */
    private static int handle(TransactionTemplate transactions, JdbcTemplate jdbc, Inbox inbox,
                              List<Inbox.StoredUpdate> updates) {
        Integer handled = transactions.execute(status -> {
            List<Inbox.StoredUpdate> claimed = inbox.claim(updates);
            claimed.forEach(stored -> jdbc.update("INSERT INTO handled (update_id) VALUES (?)", stored.updateId()));
            if (!claimed.isEmpty()) {
                inbox.markDone(claimed);
            }
            return claimed.size();
        });
        return handled == null ? 0 : handled;
    }

    private static List<Long> claimAndCommit(DataSource dataSource, Inbox inbox, List<Inbox.StoredUpdate> updates) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource)).execute(status ->
                inbox.claim(updates).stream().map(Inbox.StoredUpdate::updateId).toList());
    }

    private interface AnotherInstance {
        void run(Inbox inbox, Connection transaction) throws Exception;
    }

    /**
     * Runs {@code steps} with another instance's inbox, whose every statement runs in one open transaction; the
     * steps end it.
     */
    private static void inAnotherInstance(DataSource dataSource, AnotherInstance steps) throws Exception {
        try (Connection transaction = dataSource.getConnection()) {
            transaction.setAutoCommit(false);
            DataSource only = new SingleConnectionDataSource(transaction, true);
            steps.run(new Inbox(new JdbcTemplate(only), new TransactionTemplate(new DataSourceTransactionManager(only)),
                    new TelegramJson(), Clock.systemUTC()), transaction);
        }
    }

    private interface DatabaseTest {
        void run(DataSource dataSource) throws Exception;
    }

    private static void onDatabase(String database, DatabaseTest test) throws Exception {
        if (database.equals("H2")) {
            test.run(TestDatabases.h2());
            return;
        }
        DataSource postgres = TestDatabases.postgres("humas_inbox_claim", "the inbox claim on PostgreSQL");
        try {
            test.run(postgres);
        } finally {
            TestDatabases.drop(postgres);
        }
    }

    private static Inbox inbox(DataSource dataSource) {
        return new Inbox(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), new TelegramJson(),
                Clock.systemUTC());
    }

    private static Update update(int id, long chatId) {
        Message message = new Message();
        message.setMessageId(id);
        message.setChat(Chat.builder().id(chatId).type("private").build());
        message.setText("laporan " + id);
        Update update = new Update();
        update.setUpdateId(id);
        update.setMessage(message);
        return update;
    }
}
