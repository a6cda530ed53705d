package id.humas.hub.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The local PostgreSQL (127.0.0.1:5432, database "test", trust authentication) for tests that run the bot on it,
 * each in a schema of its own. Where no server answers, such a test is skipped with the reason in the report.
 */
final class LocalPostgres {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    private LocalPostgres() {
    }

    /** Drops the schema left by an earlier run, or skips the test class when PostgreSQL is not there. */
    static void freshSchema(String schema, String whatIsSkipped) {
        try (Connection connection = DriverManager.getConnection(SERVER + "?connectTimeout=3", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException unavailable) {
            Assumptions.abort("PostgreSQL is not reachable on 127.0.0.1:5432 (" + unavailable.getMessage()
                    + "); " + whatIsSkipped + " is skipped");
        }
    }

    static void use(DynamicPropertyRegistry registry, String schema) {
        use(registry, schema, SERVER);
    }

    /** The same database reached through a proxy listening on the given local port. */
    static void useThrough(DynamicPropertyRegistry registry, String schema, int port) {
        use(registry, schema, SERVER.replace(":5432/", ":" + port + "/"));
    }

    private static void use(DynamicPropertyRegistry registry, String schema, String server) {
        registry.add("spring.datasource.url", () -> server + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
    }
}
