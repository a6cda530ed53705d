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
 * Makes whatever H2 URL the operator configured as durable as the default, before the first connection is opened.
 * <ul>
 * <li>{@code WRITE_DELAY=0}: otherwise H2 keeps commits in memory for up to half a second, and a killed process
 * loses updates already confirmed to Telegram and forgets messages already sent, which it then sends again.</li>
 * <li>{@code DB_CLOSE_ON_EXIT=FALSE} (embedded databases): otherwise H2's own shutdown hook closes the database
 * while the application is still stopping, and what stops last finds it gone.</li>
 * </ul>
 * A value the URL gives for either setting is replaced.
 */
@Component
class DurableH2 implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DurableH2.class);
    private static final String PREFIX = "jdbc:h2:";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariConfig pool && pool.getJdbcUrl() != null) {
            String durable = url(pool.getJdbcUrl());
            if (!durable.equals(pool.getJdbcUrl())) {
                log.info("H2 database: commits are written to disk at once (WRITE_DELAY=0, DB_CLOSE_ON_EXIT=FALSE)");
                pool.setJdbcUrl(durable);
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
        boolean remote = lower.startsWith(PREFIX + "tcp:") || lower.startsWith(PREFIX + "ssl:");
        String[] parts = configured.split(";");
        List<String> kept = new ArrayList<>(List.of(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            String setting = parts[i].strip().toUpperCase(Locale.ROOT);
            if (!parts[i].isBlank() && !setting.startsWith("WRITE_DELAY=")
                    && !(setting.startsWith("DB_CLOSE_ON_EXIT=") && !remote)) {
                kept.add(parts[i]);
            }
        }
        kept.add("WRITE_DELAY=0");
        if (!remote) {
            kept.add("DB_CLOSE_ON_EXIT=FALSE");
        }
        return String.join(";", kept);
    }
}
