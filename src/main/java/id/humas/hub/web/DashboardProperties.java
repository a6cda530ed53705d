package id.humas.hub.web;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param url      the dashboard's public address, used in the login links the bot sends (behind a reverse proxy:
 *                 the proxy's https address)
 * @param loginTtl how long a login link stays usable
 */
@ConfigurationProperties("bot.dashboard")
record DashboardProperties(@DefaultValue("http://localhost:8080") URI url, @DefaultValue("10m") Duration loginTtl) {

    /** The address without a trailing slash, to put paths after. */
    String base() {
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
