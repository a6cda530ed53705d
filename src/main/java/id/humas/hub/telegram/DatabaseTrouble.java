package id.humas.hub.telegram;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.stream.Stream;

import org.hibernate.StaleStateException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * Tells a failure of the database or the way to it (refused or lost connections, a server restarting, a deadlock,
 * a time-out) from a failure of the work itself. The first passes by itself and is retried for as long as it lasts;
 * only the second counts against the update that was being handled.
 */
final class DatabaseTrouble {

    private DatabaseTrouble() {
    }

    static boolean isCause(Throwable failure) {
        return causes(failure).anyMatch(cause -> cause instanceof CannotCreateTransactionException
                || cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException || cause instanceof SocketException
                || cause instanceof SQLException sql && connectionState(sql.getSQLState()));
    }

    /**
     * Whether the failure is only that the same rows were changed elsewhere at the same time (another instance, a job,
     * the dashboard): an optimistic lock that failed, a deadlock, a serialization failure. Done again, the work sees
     * the other change and goes through.
     */
    static boolean isConflict(Throwable failure) {
        return causes(failure).anyMatch(cause -> cause instanceof ConcurrencyFailureException
                || cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                || cause instanceof StaleStateException
                || cause instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                        || "40P01".equals(sql.getSQLState())));
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, cause -> cause != null,
                cause -> cause.getCause() == cause ? null : cause.getCause());
    }

    /** SQL state class 08 (connection exception), 57P0x (PostgreSQL shutting down or starting up), 53 (no resources). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"));
    }
}
