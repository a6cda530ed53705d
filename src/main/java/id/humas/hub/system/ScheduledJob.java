package id.humas.hub.system;

import java.time.ZonedDateTime;

/**
 * Something the bot does on a schedule (digest, reminders, weekly scoreboard, morning agenda...). Jobs are beans;
 * {@link JobScheduler} runs each once per due time of its cron expression, measured on the application
 * {@link java.time.Clock} in {@code bot.timezone}, once across instances.
 */
public interface ScheduledJob {

    /** Unique, at most 64 characters; the scheduler remembers the last run under it. */
    String name();

    /** A Spring cron expression (second minute hour day month weekday), or "-" for never. */
    String cron();

    /** @param due the scheduled time this run is for (the latest one that has passed) */
    void run(ZonedDateTime due);
}
