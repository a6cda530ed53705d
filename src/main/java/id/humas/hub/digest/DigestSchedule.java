package id.humas.hub.digest;

import java.time.ZonedDateTime;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.ScheduledJob;
import org.springframework.stereotype.Component;

/** The daily digest, at {@code bot.digest.cron} in {@code bot.timezone}. */
@Component
class DigestSchedule extends ScheduledJob {

    private final Digests digests;

    DigestSchedule(Digests digests, BotProperties properties) {
        super("digest", properties.digest().cron());
        this.digests = digests;
    }

    @Override
    public void run(ZonedDateTime due) {
        digests.post(DigestRun.Trigger.SCHEDULE);
    }
}
