package id.humas.hub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class DurableH2Test {

    @TempDir
    Path temp;

    @Test
    void aCommitIsInTheFileWhenItReturnsWhateverTheUrlSays() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:file:" + temp.resolve("db").toAbsolutePath())) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE report (id INT PRIMARY KEY, text VARCHAR(100))");
                connection.setAutoCommit(false);
                statement.execute("INSERT INTO report VALUES (1, 'banjir di Kecamatan Timur')");
                connection.commit();

                // what a process killed right now leaves behind
                Files.copy(temp.resolve("db.mv.db"), temp.resolve("killed.mv.db"));
            }
            assertThat(new JdbcTemplate(pool).queryForObject(
                    "SELECT DISTINCT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'",
                    String.class)).as("H2's background thread, which gives dead space back, stays on").isEqualTo("500");
        }
        DriverManagerDataSource afterTheKill = new DriverManagerDataSource(
                "jdbc:h2:file:" + temp.resolve("killed").toAbsolutePath(), "sa", "");
        assertThat(new JdbcTemplate(afterTheKill).queryForList("SELECT text FROM report", String.class))
                .containsExactly("banjir di Kecamatan Timur");
    }

    @Test
    void aWriteDelayTheOperatorGaveIsReplaced() {
        assertThat(DurableH2.url("jdbc:h2:file:/srv/humas/db;AUTO_SERVER=FALSE;write_delay=0;DB_CLOSE_ON_EXIT=TRUE"))
                .isEqualTo("jdbc:h2:file:/srv/humas/db;AUTO_SERVER=FALSE;WRITE_DELAY=500;QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(DurableH2.url("jdbc:h2:./data/db")).isEqualTo("jdbc:h2:./data/db;WRITE_DELAY=500;QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void aDatabaseOpenedByAnotherProcessWritesEachCommitItself() {
        assertThat(DurableH2.url("jdbc:h2:tcp://db.example/humas")).isEqualTo("jdbc:h2:tcp://db.example/humas;WRITE_DELAY=0;QUERY_CACHE_SIZE=64");
        assertThat(DurableH2.url("jdbc:h2:file:/srv/humas/db;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:/srv/humas/db;AUTO_SERVER=TRUE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(DurableH2.embedded("jdbc:h2:file:/srv/humas/db;AUTO_SERVER=TRUE")).isFalse();
    }

    @Test
    void otherDatabasesAndInMemoryH2AreLeftAlone() {
        assertThat(DurableH2.url("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
        assertThat(DurableH2.url("jdbc:postgresql://127.0.0.1:5432/humas")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/humas");
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        new DurableH2().postProcessBeforeInitialization(pool, "dataSource");
        return pool;
    }
}
