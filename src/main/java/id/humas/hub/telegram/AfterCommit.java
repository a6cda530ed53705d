package id.humas.hub.telegram;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a change of memory only once the transaction it belongs to has committed (at once outside one), so a rolled
 * back transaction leaves memory as it leaves the tables.
 */
final class AfterCommit {

    private AfterCommit() {
    }

    static void run(Runnable change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            change.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                change.run();
            }
        });
    }

    /** Runs {@code undo} when the transaction of the current change rolls back; nothing outside one. */
    static void undoOnRollback(Runnable undo) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    undo.run();
                }
            }
        });
    }
}
