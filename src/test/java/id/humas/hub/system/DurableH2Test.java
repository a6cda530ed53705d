package id.humas.hub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class DurableH2Test {

    @TempDir
    Path temp;

    @Test
    void anH2FileUrlWithoutSettingsWritesEachCommitToDiskAtOnce() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + temp.resolve("db").toAbsolutePath());
        pool.setUsername("sa");
        try (pool) {
            new DurableH2().postProcessBeforeInitialization(pool, "dataSource");

            assertThat(new JdbcTemplate(pool).queryForObject(
                    "SELECT DISTINCT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'",
                    String.class)).isEqualTo("0");
        }
    }

    @Test
    void aWriteDelayTheOperatorGaveIsReplaced() {
        assertThat(DurableH2.url("jdbc:h2:file:/srv/humas/db;AUTO_SERVER=TRUE;write_delay=500;DB_CLOSE_ON_EXIT=TRUE"))
                .isEqualTo("jdbc:h2:file:/srv/humas/db;AUTO_SERVER=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(DurableH2.url("jdbc:h2:./data/db")).isEqualTo("jdbc:h2:./data/db;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(DurableH2.url("jdbc:h2:tcp://db.example/humas")).isEqualTo("jdbc:h2:tcp://db.example/humas;WRITE_DELAY=0");
    }

    @Test
    void otherDatabasesAndInMemoryH2AreLeftAlone() {
        assertThat(DurableH2.url("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
        assertThat(DurableH2.url("jdbc:postgresql://127.0.0.1:5432/humas")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/humas");
    }
}
