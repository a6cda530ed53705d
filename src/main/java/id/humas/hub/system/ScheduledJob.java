package id.humas.hub.system;

import java.time.ZonedDateTime;

/**
 * Something the bot does on a schedule (digest, reminders, weekly scoreboard, morning agenda...). Jobs are beans;
 * {@link JobScheduler} runs each once per due time of its cron expression, measured on the application
 * {@link java.time.Clock} in {@code bot.timezone}, once across instances.
 */
public abstract class ScheduledJob {

    private final String name;
    private final String cron;

    /**
     * @param name unique, at most 64 characters; the scheduler remembers the last run under it
     * @param cron a Spring cron expression (second minute hour day month weekday), or "-" for never
     */
    protected ScheduledJob(String name, String cron) {
        this.name = name;
        this.cron = cron;
    }

    // Not final: a job with @Transactional methods is a subclass proxy, which must hand these to the job itself.
    public String name() {
        return name;
    }

    public String cron() {
        return cron;
    }

    /**
     * Whether the job runs once per time zone an agency can be in (see {@link TimeZones#all()}): the cron is then
     * read in each of them, and {@link #run}'s {@code due} carries the zone it is for. Off: once, in
     * {@code bot.timezone}.
     */
    public boolean perZone() {
        return false;
    }

    /**
     * @param due the scheduled time this run is for (the latest one that has passed), in {@code bot.timezone} or,
     *            for a {@link #perZone()} job, in the zone this run is for
     */
    public abstract void run(ZonedDateTime due);
}
