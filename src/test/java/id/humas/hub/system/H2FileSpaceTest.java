package id.humas.hub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.locks.LockSupport;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, point 13: the H2 file does not grow without bound while the bot runs. Traffic that the retention deletes
 * again (here 3 000 commits of a 1.5 KB row, each deleting the row written 500 commits before, 400 a second, beside
 * 2 000 rows that stay and now and then change) must leave a file of a few megabytes, not one that keeps the space
 * of the deleted rows: writing each commit with {@code WRITE_DELAY=0}, which switched H2's tidying off, left
 * 23 MiB here.
 */
class H2FileSpaceTest {

    private static final int COMMITS = 3_000;
    private static final int LIVE = 500;
    private static final int AGENCIES = 2_000;
    private static final long EVERY = 1_000_000_000L / 400;

    @TempDir
    Path temp;

    @Test
    void theSpaceOfDeletedRowsIsUsedAgainWhileTheDatabaseIsOpen() throws Exception {
        // H2 holds freed space back for 45 seconds before using it again; the test's minute is a busy day, so it
        // holds nothing back
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + temp.resolve("db").toAbsolutePath() + ";RETENTION_TIME=0");
        pool.setUsername("sa");
        pool.setPassword("");
        new DurableH2().postProcessBeforeInitialization(pool, "dataSource");
        String text = "x".repeat(1_500);
        try (pool; Connection connection = pool.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE report (id BIGINT PRIMARY KEY, text VARCHAR(2000))");
                statement.execute("CREATE INDEX report_text ON report (text)");
                // rows that stay, as agencies and officers do, and now and then change
                statement.execute("CREATE TABLE agency (id INT PRIMARY KEY, name VARCHAR(100))");
                statement.execute("INSERT INTO agency SELECT X, 'Dinas ' || X FROM SYSTEM_RANGE(1, " + AGENCIES + ")");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO report VALUES (?, ?)");
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM report WHERE id = ?");
                 PreparedStatement rename = connection.prepareStatement("UPDATE agency SET name = ? WHERE id = ?")) {
                long start = System.nanoTime();
                for (int id = 0; id < COMMITS; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, text + id);
                    insert.executeUpdate();
                    delete.setLong(1, id - LIVE);
                    delete.executeUpdate();
                    if (id % 50 == 0) {
                        rename.setString(1, "Dinas " + id);
                        rename.setInt(2, 1 + id % AGENCIES);
                        rename.executeUpdate();
                    }
                    connection.commit();
                    // the traffic's pace, not a wait for the database
                    LockSupport.parkNanos(start + (id + 1) * EVERY - System.nanoTime());
                }
            }
            long size = Files.size(temp.resolve("db.mv.db"));
            System.out.printf("H2 file after %d commits with %d rows left: %.1f MiB%n", COMMITS, LIVE,
                    size / 1048576.0);
            assertThat(size).as("the file, with under 1 MB of rows left").isLessThan(12L * 1024 * 1024);
        }
    }
}
