package id.humas.hub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.ZonedDateTime;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot writes every commit at once, which switches off H2's background tidying: the file keeps the space of
 * deleted rows. The nightly compaction gives it back while the database stays open and in use.
 */
class H2CompactionTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseThatDeletedMostOfItsRowsShrinksOvernightAndStaysUsable() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(DurableH2.url("jdbc:h2:file:" + dir.resolve("humas")));
        Path file = dir.resolve("humas.mv.db");
        try (Connection open = dataSource.getConnection(); Statement sql = open.createStatement()) {
            sql.execute("CREATE TABLE traffic (id BIGINT AUTO_INCREMENT PRIMARY KEY, payload VARCHAR(4000))");
            sql.execute("CREATE TABLE item (id BIGINT PRIMARY KEY, body VARCHAR(100))");
            sql.execute("INSERT INTO item VALUES (1, 'Banjir di kecamatan')");
            // Days of traffic, each committed message by message as the bot does, then the old days pruned.
            try (PreparedStatement insert = open.prepareStatement("INSERT INTO traffic (payload) VALUES (?)")) {
                for (int day = 0; day < 20; day++) {
                    for (int message = 0; message < 300; message++) {
                        insert.setString(1, "x".repeat(1000) + day + "/" + message);
                        insert.executeUpdate();
                    }
                    sql.execute("DELETE FROM traffic WHERE id <= " + (day - 2) * 300);
                }
            }
            long grown = Files.size(file);

            new H2Compaction(dataSource).run(ZonedDateTime.now());

            assertThat(Files.size(file)).as("file after compaction, it was %d bytes", grown).isLessThan(grown / 2);
            sql.execute("INSERT INTO traffic (payload) VALUES ('after')");
            try (var rows = sql.executeQuery("SELECT body FROM item WHERE id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Banjir di kecamatan");
            }
        }
    }

    @Test
    void otherDatabasesAreLeftAlone() throws Exception {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:compaction-" + System.nanoTime());
        try (Connection connection = memory.getConnection()) {
            assertThat(H2Compaction.store(connection)).isEmpty();
            new H2Compaction(memory).run(ZonedDateTime.now());
            assertThat(connection.isValid(1)).isTrue();
        }
    }
}
