package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * An update's changes commit once, even when two workers handle it at the same time (an instance whose inbox lease
 * ran out while it worked, and the one that took over): marking it handled claims it, and the worker that comes
 * second has its changes rolled back. Delivered twice, an update is stored once.
 */
class InboxClaimTest {

    @Test
    void anUpdateDeliveredTwiceIsStoredOnce() {
        DataSource h2 = TestDatabases.h2();
        Inbox inbox = inbox(h2);

        inbox.store(List.of(update(7)));
        inbox.store(List.of(update(7), update(8)));

        assertThat(inbox.pending(10)).extracting(Inbox.StoredUpdate::updateId).containsExactly(7L, 8L);
    }

    @Test
    void theSecondWorkerToMarkAnUpdateHandledHasItsChangesRolledBack() {
        DataSource h2 = TestDatabases.h2();
        Inbox inbox = inbox(h2);
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.execute("CREATE TABLE handled (update_id BIGINT NOT NULL)");
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(h2));
        inbox.store(List.of(update(1)));
        List<Inbox.StoredUpdate> seenByBoth = inbox.pending(10);

        handle(transactions, jdbc, inbox, seenByBoth);
        assertThatThrownBy(() -> handle(transactions, jdbc, inbox, seenByBoth))
                .isInstanceOf(Inbox.HandledElsewhere.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handled", Integer.class)).isEqualTo(1);
        assertThat(inbox.pending(10)).isEmpty();
    }

    @Test
    void twoWorkersHandlingTheSameUpdatesAtOnceOnPostgresCommitEachOnce() throws Exception {
        DataSource postgres = TestDatabases.postgres("humas_inbox_claim", "the inbox claim race on PostgreSQL");
        try {
            Inbox inbox = inbox(postgres);
            JdbcTemplate jdbc = new JdbcTemplate(postgres);
            jdbc.execute("CREATE TABLE handled (update_id BIGINT NOT NULL)");
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(postgres));
            ExecutorService workers = Executors.newFixedThreadPool(2);
            try {
                for (int id = 1; id <= 20; id++) {
                    inbox.store(List.of(update(id)));
                    List<Inbox.StoredUpdate> seenByBoth = inbox.pending(1);
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<Boolean>> outcomes = new ArrayList<>();
                    for (int worker = 0; worker < 2; worker++) {
                        outcomes.add(workers.submit(() -> {
                            together.await();
                            try {
                                handle(transactions, jdbc, inbox, seenByBoth);
                                return true;
                            } catch (Inbox.HandledElsewhere second) {
                                return false;
                            }
                        }));
                    }
                    int committed = 0;
                    for (Future<Boolean> outcome : outcomes) {
                        committed += outcome.get() ? 1 : 0;
                    }
                    assertThat(committed).as("workers that committed update %d", id).isEqualTo(1);
                }
            } finally {
                workers.shutdownNow();
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handled", Integer.class)).isEqualTo(20);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT update_id) FROM handled", Integer.class))
                    .isEqualTo(20);
        } finally {
            TestDatabases.drop(postgres);
        }
    }

    /** What the inbox worker does: the update's changes and its mark in one transaction. */
    private static void handle(TransactionTemplate transactions, JdbcTemplate jdbc, Inbox inbox,
                               List<Inbox.StoredUpdate> updates) {
        transactions.executeWithoutResult(status -> {
            updates.forEach(stored -> jdbc.update("INSERT INTO handled (update_id) VALUES (?)", stored.updateId()));
            inbox.markDone(updates);
        });
    }

    private static Inbox inbox(DataSource dataSource) {
        return new Inbox(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), new TelegramJson(),
                Clock.systemUTC());
    }

    private static Update update(int id) {
        Update update = new Update();
        update.setUpdateId(id);
        return update;
    }
}
