package id.humas.hub.instances;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migrated databases for tests of what several instances share: an H2 in-memory one, or a PostgreSQL database of
 * its own on the local server (127.0.0.1:5432, trust authentication), dropped afterwards. Where PostgreSQL does not
 * answer, a test that needs it is skipped with the reason.
 */
public final class TestDatabases {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private TestDatabases() {
    }

    public static DataSource h2() {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:instances-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    /** A new, empty PostgreSQL database (not yet migrated), e.g. {@code humas_twoinst_1a2b3c}; or the test is skipped. */
    public static String newPostgresDatabase(String prefix, String whatIsSkipped) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = DriverManager.getConnection(SERVER + "test?connectTimeout=3", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException unavailable) {
            Assumptions.abort("PostgreSQL is not reachable on 127.0.0.1:5432 (" + unavailable.getMessage() + "); "
                    + whatIsSkipped + " is skipped");
        }
        return name;
    }

    public static String postgresUrl(String database) {
        return SERVER + database;
    }

    /** A migrated PostgreSQL database of its own; or the test is skipped. */
    public static DataSource postgres(String prefix, String whatIsSkipped) {
        String database = newPostgresDatabase(prefix, whatIsSkipped);
        DataSource dataSource = new DriverManagerDataSource(postgresUrl(database), "postgres", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    /** Drops a database made by {@link #postgres}. */
    public static void drop(DataSource postgres) {
        String url = ((DriverManagerDataSource) postgres).getUrl();
        dropPostgresDatabase(url.substring(url.lastIndexOf('/') + 1));
    }

    public static void dropPostgresDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(SERVER + "test", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // left for the next clean-up; each test's database has a name of its own
        }
    }
}
