package id.humas.hub.digest;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily digest, at {@code bot.digest.cron} in {@code bot.timezone}; once even with several instances. */
@Component
class DigestSchedule {

    private final Digests digests;

    DigestSchedule(Digests digests) {
        this.digests = digests;
    }

    @Scheduled(cron = "${bot.digest.cron:0 0 16 * * *}", zone = "${bot.timezone:Asia/Jakarta}")
    @SchedulerLock(name = "digest", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    void postDigest() {
        digests.post(DigestRun.Trigger.SCHEDULE);
    }
}
