package id.humas.hub.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link ScheduledJob}s. Every {@code bot.jobs.check-every} it compares each job's next due time (after the
 * one it last ran for) with the application clock, so that time is the clock's, not the machine's: a job missed
 * while the bot was down runs once when it is back, and tests move the clock instead of waiting. The check holds a
 * ShedLock lock, so with several instances each due time runs once.
 */
@Component
class JobScheduler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);
    private static final int MAX_CATCH_UP_STEPS = 100_000;

    private final List<ScheduledJob> jobs;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final BotProperties properties;
    private final TaskScheduler scheduler;
    private final LockingTaskExecutor locks;
    private final TimeZones zones;
    private volatile ScheduledFuture<?> checks;

    JobScheduler(List<ScheduledJob> jobs, JdbcTemplate jdbc, Clock clock, BotProperties properties,
                 TaskScheduler scheduler, LockProvider lockProvider, TimeZones zones) {
        this.zones = zones;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.scheduler = scheduler;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        checks = scheduler.scheduleWithFixedDelay(this::checkUnderLock, properties.jobs().checkEvery());
    }

    /** Stops looking for due jobs before the database goes away, so that a shutdown logs no failed job. */
    @Override
    public void destroy() {
        ScheduledFuture<?> running = checks;
        if (running != null) {
            running.cancel(false);
        }
    }

    private void checkUnderLock() {
        locks.executeWithLock((Runnable) this::runDueJobs, new LockConfiguration(Instant.now(), "jobs",
                Duration.ofMinutes(10), Duration.ZERO));
    }

    void runDueJobs() {
        for (ScheduledJob job : jobs) {
            if (job.cron() == null || job.cron().isBlank() || "-".equals(job.cron().strip())) {
                continue;
            }
            for (ZoneId zone : job.perZone() ? zones.all() : List.of(properties.timezone())) {
                // the team's zone keeps the job's own name, so that a job made per-zone goes on where it was
                String name = zone.equals(properties.timezone()) ? job.name() : job.name() + "@" + zone.getId();
                try {
                    runIfDue(job, name, zone);
                } catch (RuntimeException e) {
                    // One failing job must not keep the others from running; its due time is already used up, so
                    // it is not retried every few seconds.
                    log.error("Scheduled job {} failed", name, e);
                }
            }
        }
    }

    private void runIfDue(ScheduledJob job, String name, ZoneId zone) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(zone);
        List<Timestamp> last = jdbc.queryForList("SELECT last_due FROM job_schedule WHERE name = ?", Timestamp.class,
                name);
        if (last.isEmpty()) {
            jdbc.update("INSERT INTO job_schedule (name, last_due) VALUES (?, ?)", name,
                    Timestamp.from(now.toInstant()));
            return;
        }
        CronExpression cron = CronExpression.parse(job.cron().strip());
        ZonedDateTime due = null;
        ZonedDateTime next = cron.next(last.get(0).toInstant().atZone(zone));
        for (int step = 0; next != null && !next.isAfter(now) && step < MAX_CATCH_UP_STEPS; step++) {
            due = next;
            next = cron.next(next);
        }
        if (due == null) {
            return;
        }
        jdbc.update("UPDATE job_schedule SET last_due = ? WHERE name = ?", Timestamp.from(due.toInstant()), name);
        log.info("Running scheduled job {} for {}", name, due);
        job.run(due);
    }
}
