package id.humas.hub.system;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code bot.*} key. Keys named in DESIGN.md are a public contract: rename none of them.
 */
@ConfigurationProperties("bot")
public record BotProperties(
        String token,
        String username,
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        Long centralChatId,
        @DefaultValue List<Long> centralTeam,
        @DefaultValue("id") Locale language,
        @DefaultValue("Asia/Jakarta") ZoneId timezone,
        @DefaultValue List<String> agencies,
        @DefaultValue Invite invite,
        @DefaultValue Digest digest,
        @DefaultValue Intake intake,
        @DefaultValue Limits limits) {

    /** @param ttl how long an invite link stays usable */
    public record Invite(@DefaultValue("7d") Duration ttl) {
    }

    /** @param cron when the scheduled digest is posted, in {@code bot.timezone} */
    public record Digest(@DefaultValue("0 0 16 * * *") String cron) {
    }

    /**
     * @param albumWait how long after the last photo of an album the bot waits for more before treating the
     *                  album as complete (Telegram delivers an album as separate updates)
     */
    public record Intake(@DefaultValue("1500ms") Duration albumWait) {
    }

    /**
     * Telegram's sending limits, and the bot's own limit on what one user may send it.
     *
     * @param globalPerSecond        messages per second to all chats together
     * @param privatePerSecond       messages per second to one private chat
     * @param groupPerMinute         messages per minute to one group
     * @param userMessagesPerMinute  messages per minute one user may send the bot before it stops taking them
     */
    public record Limits(
            @DefaultValue("30") int globalPerSecond,
            @DefaultValue("1") int privatePerSecond,
            @DefaultValue("20") int groupPerMinute,
            @DefaultValue("30") int userMessagesPerMinute) {
    }
}
