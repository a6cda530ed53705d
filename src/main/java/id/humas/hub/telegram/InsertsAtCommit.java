package id.humas.hub.telegram;

import java.util.ArrayList;
import java.util.List;

import id.humas.hub.system.TransactionScoped;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows of one INSERT that a transaction writes together, in one batch, just before it commits: one round trip to
 * the database for all of them instead of one each (a chunk of a hundred reports writes a hundred confirmations).
 * The rows are written with the transaction's other changes, so they still exist exactly when those were committed.
 * Whoever reads the table in the same transaction calls {@link #writeWaiting()} first; outside a transaction a row
 * is written at once.
 */
final class InsertsAtCommit {

    private final JdbcTemplate jdbc;
    private final String insert;
    private final TransactionScoped<Waiting> waiting = new TransactionScoped<>();

    InsertsAtCommit(JdbcTemplate jdbc, String insert) {
        this.jdbc = jdbc;
        this.insert = insert;
    }

    void add(Object[] row) {
        Waiting pending = waiting.get().orElseGet(this::startWaiting);
        if (pending == null || pending.committing) {
            jdbc.update(insert, row);
        } else {
            pending.rows.add(row);
        }
    }

    /** Writes the rows the current transaction holds back, so that a read of the table sees them. */
    void writeWaiting() {
        waiting.get().ifPresent(Waiting::write);
    }

    /** The current transaction's rows, new; null outside a transaction. */
    private Waiting startWaiting() {
        Waiting pending = new Waiting();
        if (!waiting.set(pending)) {
            return null;
        }
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private final class Waiting implements TransactionSynchronization {

        private final List<Object[]> rows = new ArrayList<>();
        /** Set once the rows were written for the commit: a row added later in the commit is written at once. */
        private boolean committing;

        void write() {
            if (!rows.isEmpty()) {
                List<Object[]> batch = List.copyOf(rows);
                rows.clear();
                jdbc.batchUpdate(insert, batch);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write();
            committing = true;
        }
    }
}
