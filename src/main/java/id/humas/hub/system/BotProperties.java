package id.humas.hub.system;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
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
        @DefaultValue Limits limits,
        @DefaultValue Jobs jobs,
        @DefaultValue Escalation escalation,
        @DefaultValue Reminder reminder,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue Scoreboard scoreboard,
        @DefaultValue Agenda agenda,
        @DefaultValue List<Long> admins,
        @DefaultValue Retention retention) {

    public BotProperties {
        limits = limits == null ? new Limits(0, 0, 0, 0) : limits;
        jobs = jobs == null ? new Jobs(Duration.ofSeconds(15)) : jobs;
        escalation = escalation == null ? new Escalation(15, List.of()) : escalation;
        reminder = reminder == null ? new Reminder(3, "0 0 9 * * MON-FRI") : reminder;
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        scoreboard = scoreboard == null ? new Scoreboard("0 0 8 * * MON") : scoreboard;
        agenda = agenda == null ? new Agenda("0 0 7 * * *", "0 0 9 * * *") : agenda;
        admins = admins == null ? List.of() : List.copyOf(admins);
        retention = retention == null ? new Retention(90) : retention;
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
     * @param draftTimeout how long an unfinished guided submission waits for the officer before it is submitted as
     *                     it is
     */
    public record Intake(@DefaultValue("1500ms") Duration albumWait, @DefaultValue("10m") Duration draftTimeout) {
    }

    /** @param checkEvery how often the scheduler looks for jobs that are due (see system/JobScheduler) */
    public record Jobs(@DefaultValue("15s") Duration checkEvery) {
    }

    /**
     * @param minutes  how long an isu may wait for a team member to claim it (Tangani) or act on it before the bot
     *                 raises it again
     * @param contacts central-team user ids who are also told privately when an isu is raised again
     */
    public record Escalation(@DefaultValue("15") int minutes, @DefaultValue List<Long> contacts) {
    }

    /**
     * @param silentDays working days without an item after which an agency's officer is reminded
     * @param cron       when reminders go out, in {@code bot.timezone}; never on weekends or {@code bot.holidays}
     */
    public record Reminder(@DefaultValue("3") int silentDays, @DefaultValue("0 0 9 * * MON-FRI") String cron) {
    }

    /** @param cron when the weekly scoreboard is posted to the central group, in {@code bot.timezone} */
    public record Scoreboard(@DefaultValue("0 0 8 * * MON") String cron) {
    }

    /**
     * @param cron         when "agenda hari ini" is posted to the central group, in {@code bot.timezone}
     * @param coverageCron when officers are asked for the coverage of yesterday's activities
     */
    public record Agenda(@DefaultValue("0 0 7 * * *") String cron, @DefaultValue("0 0 9 * * *") String coverageCron) {
    }

    /**
     * @param days how long handled updates, sent messages and completed events are kept; items, their versions and
     *             their history are kept for good
     */
    public record Retention(@DefaultValue("90") int days) {

        public Retention {
            days = days > 0 ? days : 90;
        }
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
