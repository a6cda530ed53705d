package id.humas.hub.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every night, after the retention job has deleted the old traffic, gives the freed space of an H2 file back.
 * <p>
 * H2 tidies its file in a background thread that only runs when commits are delayed; the bot writes every commit at
 * once ({@link DurableH2}), so without this the file keeps every page it ever wrote, and grows by megabytes a day
 * although the rows stay flat. H2's own compaction (the one {@code SHUTDOWN COMPACT} runs) is used while the
 * database stays open; it holds H2's store lock, so it is bounded in time and runs when the province sleeps. Other
 * databases (PostgreSQL reuses space after its autovacuum) and in-memory H2 are left alone.
 */
@Component
class H2Compaction extends ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(H2Compaction.class);
    static final int MAX_MILLIS = 20_000;
    private static final int MAX_ROUNDS = 64;
    private static final double MIB = 1024 * 1024;

    private final DataSource dataSource;

    H2Compaction(DataSource dataSource) {
        super("h2-compaction", "0 45 3 * * *");
        this.dataSource = dataSource;
    }

    @Override
    public void run(ZonedDateTime due) {
        try (Connection connection = dataSource.getConnection()) {
            store(connection).ifPresent(H2Compaction::compact);
        } catch (SQLException | RuntimeException e) {
            // The file only stays larger until the next night: worth a warning, not an outage.
            log.warn("H2 compaction skipped: {}", e.toString());
        }
    }

    /** The H2 store behind the connection, when it is an embedded H2 file database. */
    static Optional<MVStore> store(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                || !session.getDatabase().isPersistent() || session.getDatabase().getStore() == null) {
            return Optional.empty();
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null ? Optional.empty() : Optional.of(store);
    }

    /**
     * Round by round, each rewriting at most 16 MiB, while the file keeps shrinking. One long call of H2's own
     * compaction kept rewriting while the live database made new sparse chunks, and what it rewrote could not be
     * dropped while transactions still read the old version: the file could grow to a gigabyte before it shrank
     * again the next night.
     */
    private static void compact(MVStore store) {
        long before = store.getFileStore().size();
        int retention = store.getRetentionTime();
        long started = System.nanoTime();
        long smallest = before;
        int rounds = 0;
        try {
            while (rounds < MAX_ROUNDS && (System.nanoTime() - started) / 1_000_000 < MAX_MILLIS) {
                rounds++;
                store.compactFile(0);
                long size = store.getFileStore().size();
                if (size >= smallest) {
                    break;
                }
                smallest = size;
            }
        } finally {
            // compactFile drops the retention time to nothing for good; keep H2's safety margin for the day.
            store.setRetentionTime(retention);
        }
        log.info(String.format(Locale.ROOT, "H2 database compacted: %.1f MiB -> %.1f MiB in %d round(s), %d ms",
                before / MIB, store.getFileStore().size() / MIB, rounds, (System.nanoTime() - started) / 1_000_000));
    }
}
