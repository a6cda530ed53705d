package id.humas.hub.digest;

import java.time.ZonedDateTime;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.ScheduledJob;
import org.springframework.stereotype.Component;

/** The daily digest, at {@code bot.digest.cron} in {@code bot.timezone}. */
@Component
class DigestSchedule implements ScheduledJob {

    private final Digests digests;
    private final String cron;

    DigestSchedule(Digests digests, BotProperties properties) {
        this.digests = digests;
        this.cron = properties.digest().cron();
    }

    @Override
    public String name() {
        return "digest";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public void run(ZonedDateTime due) {
        digests.post(DigestRun.Trigger.SCHEDULE);
    }
}
