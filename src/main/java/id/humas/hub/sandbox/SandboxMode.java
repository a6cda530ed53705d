package id.humas.hub.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before anything starts, whether this run is the sandbox: no {@code bot.token} configured, or
 * {@code bot.mode=sandbox}. Then the settings that point at Telegram, the central team and the database are
 * replaced (above every other source, so an operator's bot-config.yml can never make the sandbox talk to the real
 * Telegram or write into the real database): the Bot API is the double on a loopback port, the token is a fixed
 * sandbox token, the database is a fresh H2 file under {@code bot.sandbox.data-dir} ({@code ./data/sandbox}), and
 * every log line carries {@code [SANDBOX]}. With a token, nothing changes.
 *
 * <p>Runs after the configuration files are read and before logging is set up.
 */
public class SandboxMode implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    public static final String MODE = "sandbox";
    static final String TOKEN = "123456:SANDBOX-placeholder-not-a-token";
    static final String USERNAME = "humas_sandbox_bot";
    static final long CENTRAL_CHAT = -1001000000001L;
    static final String SOURCE = "sandbox";
    static final String PORT_KEY = "bot.sandbox.telegram-port";
    /** Set in the sandbox; its parts are conditional on it. */
    public static final String ACTIVE_KEY = "bot.sandbox.active";

    @Override
    public int getOrder() {
        // after ConfigDataEnvironmentPostProcessor (HIGHEST + 10), before LoggingApplicationListener (HIGHEST + 20)
        return Ordered.HIGHEST_PRECEDENCE + 15;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (applies(environment)) {
            Path dataDir = Path.of(environment.getProperty("bot.sandbox.data-dir", "./data/sandbox"));
            freshDatabase(dataDir);
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, settings(dataDir, freePort())));
        }
    }

    /** The sandbox runs when no token is configured, or when {@code bot.mode} says so. */
    static boolean applies(Environment environment) {
        return MODE.equals(environment.getProperty("bot.mode", "").strip().toLowerCase(Locale.ROOT))
                || environment.getProperty("bot.token", "").isBlank();
    }

    static Map<String, Object> settings(Path dataDir, int telegramPort) {
        Map<String, Object> settings = new LinkedHashMap<>();
        // the sandbox's bot long-polls its double: to the rest of the application this is polling mode
        settings.put("bot.mode", "polling");
        settings.put(ACTIVE_KEY, true);
        settings.put("bot.token", TOKEN);
        settings.put("bot.username", USERNAME);
        settings.put("bot.api-url", "http://127.0.0.1:" + telegramPort);
        settings.put(PORT_KEY, telegramPort);
        settings.put("bot.central-chat-id", CENTRAL_CHAT);
        settings.put("bot.central-team", DemoCast.LEAD_ID + "," + DemoCast.MEMBER_ID);
        settings.put("bot.admins", DemoCast.LEAD_ID);
        settings.put("bot.escalation.contacts", DemoCast.LEAD_ID);
        settings.put("bot.agencies", "");
        settings.put("bot.jobs.check-every", "1s");
        settings.put("bot.dashboard.url", "http://localhost:${server.port:8080}");
        settings.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("humas")
                + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE");
        settings.put("spring.datasource.username", "sa");
        settings.put("spring.datasource.password", "");
        settings.put("logging.pattern.level", "%5p [SANDBOX]");
        settings.put("logging.level.root", "WARN");
        settings.put("logging.level.id.humas.hub.sandbox", "INFO");
        // H2 newer than Flyway has verified: true of every run, nothing a newcomer can act on
        settings.put("logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR");
        return settings;
    }

    /**
     * Every start is a fresh demo province: the double keeps its chats in memory, so a database left from an
     * earlier run would name officers whose chats no longer exist.
     */
    private static void freshDatabase(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            try (Stream<Path> files = Files.list(dataDir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("humas.")).toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the sandbox database in " + dataDir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for the sandbox's Telegram double", e);
        }
    }
}
