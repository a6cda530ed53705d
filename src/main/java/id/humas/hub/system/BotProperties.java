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

    public BotProperties {
        limits = limits == null ? new Limits(0, 0, 0, 0) : limits;
    }

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
     * How fast the bot may go; a value left out (or 0) takes its default.
     *
     * @param globalPerSecond        messages the bot sends per second in total (Telegram: about 30)
     * @param privatePerSecond       messages the bot sends per second to one private chat (Telegram: about 1)
     * @param groupPerMinute         messages the bot sends per minute to one group (Telegram: 20)
     * @param userMessagesPerMinute  messages one user may send the bot per minute; the rest of that minute is not
     *                               processed and the user is told once; an album counts as one message, the
     *                               central team is not limited
     */
    public record Limits(int globalPerSecond, int privatePerSecond, int groupPerMinute, int userMessagesPerMinute) {

        public Limits {
            globalPerSecond = globalPerSecond > 0 ? globalPerSecond : 30;
            privatePerSecond = privatePerSecond > 0 ? privatePerSecond : 1;
            groupPerMinute = groupPerMinute > 0 ? groupPerMinute : 20;
            userMessagesPerMinute = userMessagesPerMinute > 0 ? userMessagesPerMinute : 30;
        }
    }
}
