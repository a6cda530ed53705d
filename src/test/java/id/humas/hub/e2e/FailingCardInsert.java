package id.humas.hub.e2e;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.api.Trigger;

/**
 * An H2 trigger on outbox_message that refuses the first message carrying {@link #MARKER}, as a database that
 * fails a listener's transaction once would.
 */
public class FailingCardInsert implements Trigger {

    static final String MARKER = "gagal-sekali-4711";
    static final AtomicInteger failures = new AtomicInteger();

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (Arrays.toString(newRow).contains(MARKER) && failures.getAndIncrement() == 0) {
            throw new SQLException("the database failed this once");
        }
    }
}
