package id.humas.hub.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How updates come in and how several instances share the work: {@code bot.mode}, {@code bot.webhook.*} and
 * {@code bot.lease.*}. The webhook secret never appears in {@link #toString()}, nor anywhere in the logs.
 *
 * @param mode    {@code polling} (default) or {@code webhook}
 * @param webhook the public URL given to setWebhook and the secret token Telegram sends with every update
 * @param lease   how long an instance holds a task only one instance may do at a time (polling, sending,
 *                handling the inbox) without renewing it; another instance takes over once it ran out
 */
@ConfigurationProperties("bot")
public record BotModeProperties(@DefaultValue("polling") BotMode mode, @DefaultValue Webhook webhook,
                                @DefaultValue Lease lease) {

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public BotModeProperties {
        mode = mode == null ? BotMode.POLLING : mode;
        webhook = webhook == null ? new Webhook(null, null) : webhook;
        lease = lease == null ? new Lease(Duration.ofSeconds(30)) : lease;
    }

    /**
     * @param url    the public HTTPS address Telegram POSTs updates to; the bot listens on its path, on
     *               {@code server.port}
     * @param secret 1-256 characters of {@code A-Za-z0-9_-}, compared with the X-Telegram-Bot-Api-Secret-Token header
     */
    public record Webhook(URI url, String secret) {

        /** The path the bot listens on: the URL's path, or {@code /} when it has none. */
        String path() {
            String path = url == null ? null : url.getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        }

        /** @throws IllegalStateException naming what is wrong (never the secret itself) */
        void check() {
            if (url == null || !"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
                throw new IllegalStateException("bot.mode=webhook needs bot.webhook.url, an https:// address"
                        + " Telegram can reach (a reverse proxy forwards it to server.port)");
            }
            if (secret == null || !SECRET.matcher(secret).matches()) {
                throw new IllegalStateException("bot.mode=webhook needs bot.webhook.secret: 1 to 256 characters"
                        + " of A-Z, a-z, 0-9, _ and -");
            }
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=" + (secret == null ? "none" : "(hidden)") + "]";
        }
    }

    /** @param ttl how long a lease lasts unless renewed (renewed every third of it); default 30 s */
    public record Lease(@DefaultValue("30s") Duration ttl) {

        public Lease {
            ttl = ttl == null || ttl.compareTo(Duration.ofSeconds(3)) < 0 ? Duration.ofSeconds(30) : ttl;
        }
    }
}
