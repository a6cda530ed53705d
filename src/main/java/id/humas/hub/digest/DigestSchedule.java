package id.humas.hub.digest;

import java.time.ZonedDateTime;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.ScheduledJob;
import id.humas.hub.system.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The daily digest, at {@code bot.digest.cron} in {@code bot.timezone}; on working days only, unless
 * {@code bot.digest.on-holidays}: what comes in on a Saturday, Sunday or holiday waits for the next working day's
 * digest.
 */
@Component
class DigestSchedule extends ScheduledJob {

    private final Digests digests;
    private final WorkingDays workingDays;
    private final boolean onHolidays;

    DigestSchedule(Digests digests, WorkingDays workingDays, DigestRules rules, BotProperties properties) {
        super("digest", properties.digest().cron());
        this.digests = digests;
        this.workingDays = workingDays;
        this.onHolidays = rules.onHolidays();
    }

    @Override
    public void run(ZonedDateTime due) {
        if (onHolidays || workingDays.isWorkingDay(due.toLocalDate())) {
            digests.post(DigestRun.Trigger.SCHEDULE);
        }
    }
}
