package id.humas.hub.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.zaxxer.hikari.HikariConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Makes whatever H2 URL the operator configured as durable as the default, before the first connection is opened:
 * a commit is in the file when it returns (otherwise a killed process loses updates already confirmed to Telegram
 * and forgets messages already sent, which it then sends again), and H2 keeps its file tidy.
 * <ul>
 * <li>An embedded file database gets {@code WRITE_DELAY=500} (H2's default, which keeps H2's background thread that
 * gives dead space back) and physical connections that write each commit to the file before {@code commit()}
 * returns ({@link H2CommitsOnDisk}).</li>
 * <li>A database in another process ({@code tcp:}, {@code ssl:}, {@code AUTO_SERVER=TRUE}) gets {@code WRITE_DELAY=0}:
 * there the commit can only be written out by H2 itself, at the price of the thread.</li>
 * <li>{@code DB_CLOSE_ON_EXIT=FALSE} (embedded databases): otherwise H2's own shutdown hook closes the database
 * while the application is still stopping, and what stops last finds it gone.</li>
 * </ul>
 * A value the URL gives for either setting is replaced.
 */
@Component
class DurableH2 implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DurableH2.class);
    private static final String PREFIX = "jdbc:h2:";
    static final String EMBEDDED_WRITE_DELAY = "500";
    static final int QUERY_CACHE_SIZE = 64;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariConfig pool && pool.getJdbcUrl() != null && pool.getDataSource() == null) {
            String durable = url(pool.getJdbcUrl());
            boolean changed = !durable.equals(pool.getJdbcUrl());
            pool.setJdbcUrl(durable);
            if (embedded(durable)) {
                pool.setDataSource(H2CommitsOnDisk.dataSource(durable));
                log.info("H2 database: every commit is in the file when it returns, and H2 keeps the file tidy"
                        + " (WRITE_DELAY=" + EMBEDDED_WRITE_DELAY + ", DB_CLOSE_ON_EXIT=FALSE)");
            } else if (changed) {
                log.info("H2 database in another process: commits are written to disk at once (WRITE_DELAY=0)");
            }
        }
        return bean;
    }

    /** The URL with the durable settings; URLs of other databases and of in-memory H2 are returned as they are. */
    static String url(String configured) {
        String lower = configured.toLowerCase(Locale.ROOT);
        if (!lower.startsWith(PREFIX) || lower.startsWith(PREFIX + "mem:")) {
            return configured;
        }
        boolean remote = remote(configured);
        String[] parts = configured.split(";");
        List<String> kept = new ArrayList<>(List.of(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            String setting = parts[i].strip().toUpperCase(Locale.ROOT);
            if (!parts[i].isBlank() && !setting.startsWith("WRITE_DELAY=")
                    && !(setting.startsWith("DB_CLOSE_ON_EXIT=") && !remote)) {
                kept.add(parts[i]);
            }
        }
        kept.add("WRITE_DELAY=" + (embedded(configured) ? EMBEDDED_WRITE_DELAY : "0"));
        if (!lower.contains("query_cache_size=")) {
            // H2 keeps 8 parsed statements per connection, fewer than handling one update runs: it parsed SQL again
            // and again (6 % of the inbox worker's time in the benchmark's profile)
            kept.add("QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE);
        }
        if (!remote) {
            kept.add("DB_CLOSE_ON_EXIT=FALSE");
        }
        return String.join(";", kept);
    }

    /** A file database this process opens itself, and whose commits it can therefore write out. */
    static boolean embedded(String url) {
        String upper = url.toUpperCase(Locale.ROOT).replace(" ", "");
        return upper.startsWith("JDBC:H2:") && !upper.startsWith("JDBC:H2:MEM:") && !remote(url)
                && !upper.contains(";AUTO_SERVER=TRUE");
    }

    private static boolean remote(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith(PREFIX + "tcp:") || lower.startsWith(PREFIX + "ssl:");
    }
}
