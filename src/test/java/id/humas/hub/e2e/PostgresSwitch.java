package id.humas.hub.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.zaxxer.hikari.HikariConfig;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The PostgreSQL switch for the application tests. A {@code @SpringBootTest} class annotated {@link OnPostgres}
 * — or every one of them when the system property {@code humas.test.db=postgres} is set (Maven: {@code -Ppostgres})
 * — runs its application on the local PostgreSQL instead of the in-memory H2 database it names: each
 * {@code jdbc:h2:mem:NAME} becomes the schema {@code h2_NAME} of the database "test" on 127.0.0.1:5432 (user
 * postgres, trust authentication; {@code humas.test.postgres-url} points elsewhere), emptied the first time this
 * JVM uses it, so contexts that shared an H2 database share the schema. The same Flyway migrations create it.
 * Where no PostgreSQL answers, such a class is reported as skipped with the reason, never passed.
 * (Registered in src/test/resources/META-INF/spring.factories and as an auto-detected JUnit extension.)
 */

public final class PostgresSwitch {

    static final String SWITCH = "humas.test.db";
    static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    private PostgresSwitch() {
    }

    static boolean everywhere() {
        return "postgres".equalsIgnoreCase(System.getProperty(SWITCH, "").trim());
    }

    static boolean applies(Class<?> testClass) {
        return AnnotatedElementUtils.hasAnnotation(testClass, SpringBootTest.class)
                && (everywhere() || AnnotatedElementUtils.hasAnnotation(testClass, OnPostgres.class));
    }

    static String server() {
        return System.getProperty("humas.test.postgres-url", DEFAULT_SERVER);
    }

    /** Why PostgreSQL cannot be used, if it cannot. */
    static Optional<String> unreachable() {
        try (Connection connection = DriverManager.getConnection(server() + "?connectTimeout=3", "postgres", "")) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("PostgreSQL is not reachable on " + server() + " (" + e.getMessage() + ")");
        }
    }

    /** Skips a class that is to run on PostgreSQL where none answers; everything else runs. */
    public static final class Condition implements ExecutionCondition {

        private static volatile Optional<String> unreachable;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<Class<?>> testClass = context.getTestClass();
            if (testClass.isEmpty() || !applies(testClass.get())) {
                return ConditionEvaluationResult.enabled("not a PostgreSQL run");
            }
            if (unreachable == null) {
                unreachable = PostgresSwitch.unreachable();
            }
            return unreachable.map(reason -> ConditionEvaluationResult.disabled(reason + "; the PostgreSQL run of "
                            + testClass.get().getSimpleName() + " is skipped"))
                    .orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL answers"));
        }
    }

    /** Gives the applications of the classes it applies to PostgreSQL in place of their in-memory H2 database. */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            return applies(testClass) ? new Customizer() : null;
        }
    }

    /** Equal to every other: the contexts it customises are cached apart from the H2 ones, and shared among them. */
    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
                registry.registerBeanDefinition("onPostgres", new RootBeanDefinition(Switch.class));
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }

    /** Points the connection pool at PostgreSQL before it opens its first connection. */
    public static final class Switch implements BeanPostProcessor, Ordered {

        private static final Set<String> emptied = ConcurrentHashMap.newKeySet();

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
            if (bean instanceof HikariConfig pool && pool.getJdbcUrl() != null
                    && pool.getJdbcUrl().startsWith("jdbc:h2:mem:")) {
                String name = pool.getJdbcUrl().substring("jdbc:h2:mem:".length()).split(";")[0];
                String schema = "h2_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
                if (emptied.add(schema)) {
                    empty(schema);
                }
                pool.setJdbcUrl(server() + "?currentSchema=" + schema);
                pool.setDriverClassName("org.postgresql.Driver");
                pool.setUsername("postgres");
                pool.setPassword("");
            }
            return bean;
        }

        private static void empty(String schema) {
            try (Connection connection = DriverManager.getConnection(server(), "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                statement.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL schema " + schema + " could not be prepared", e);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
