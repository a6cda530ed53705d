package id.humas.hub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.TaskScheduler;

/** The scheduler's decisions: when a job is due, and that each due time runs once, however late. */
class JobSchedulerTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final List<ZonedDateTime> runs = new ArrayList<>();
    private final ScheduledJob daily = new ScheduledJob("daily", "0 0 16 * * *") {
        @Override
        public void run(ZonedDateTime due) {
            runs.add(due);
        }
    };
    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:jobs-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        jdbc.execute("CREATE TABLE job_schedule (name VARCHAR(64) NOT NULL PRIMARY KEY,"
                + " last_due TIMESTAMP WITH TIME ZONE NOT NULL)");
    }

    private JobScheduler at(String localTime, ScheduledJob... jobs) {
        Clock clock = Clock.fixed(ZonedDateTime.parse(localTime + "+07:00[Asia/Jakarta]").toInstant(), WIB);
        BotProperties properties = new BotProperties("1:x", "bot", null, -1L, List.of(), null, WIB, List.of(),
                null, null, null, null, null, null, null, null, null, null, null, null);
        return new JobScheduler(List.of(jobs), jdbc, clock, properties, mock(TaskScheduler.class),
                mock(LockProvider.class), new TimeZones(properties, mock(Texts.class)));
    }

    @Test
    void aJobFirstSeenStartsCountingFromNowAndRunsAtItsNextTime() {
        at("2031-06-02T17:00", daily).runDueJobs();
        at("2031-06-03T15:59:59", daily).runDueJobs();
        assertThat(runs).isEmpty();

        at("2031-06-03T16:00:01", daily).runDueJobs();
        at("2031-06-03T16:30", daily).runDueJobs();

        assertThat(runs).extracting(due -> due.toLocalDateTime().toString()).containsExactly("2031-06-03T16:00");
    }

    @Test
    void daysMissedWhileTheBotWasDownRunOnceForTheLatestTime() {
        at("2031-06-02T17:00", daily).runDueJobs();

        at("2031-06-06T09:00", daily).runDueJobs();
        at("2031-06-06T09:01", daily).runDueJobs();

        assertThat(runs).extracting(due -> due.toLocalDateTime().toString()).containsExactly("2031-06-05T16:00");
    }

    @Test
    void aFailingJobDoesNotStopTheOthersAndIsNotRetriedForTheSameTime() {
        List<String> failures = new ArrayList<>();
        ScheduledJob failing = new ScheduledJob("failing", "0 0 16 * * *") {
            @Override
            public void run(ZonedDateTime due) {
                failures.add(due.toString());
                throw new IllegalStateException("boom");
            }
        };
        at("2031-06-02T17:00", failing, daily).runDueJobs();

        at("2031-06-03T16:00:01", failing, daily).runDueJobs();
        at("2031-06-03T16:00:02", failing, daily).runDueJobs();

        assertThat(failures).hasSize(1);
        assertThat(runs).hasSize(1);
    }

    @Test
    void aJobWithoutScheduleNeverRuns() {
        ScheduledJob never = new ScheduledJob("never", "-") {
            @Override
            public void run(ZonedDateTime due) {
                runs.add(due);
            }
        };
        at("2031-06-02T17:00", never).runDueJobs();
        at("2032-06-02T17:00", never).runDueJobs();

        assertThat(runs).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_schedule", Integer.class)).isZero();
    }

    @Test
    void aPerZoneJobRunsAtItsTimeInEachOfIndonesiasZones() {
        ScheduledJob morning = new ScheduledJob("morning", "0 0 9 * * *") {
            @Override
            public boolean perZone() {
                return true;
            }

            @Override
            public void run(ZonedDateTime due) {
                runs.add(due);
            }
        };
        at("2031-06-02T17:00", morning).runDueJobs();
        at("2031-06-03T06:59", morning).runDueJobs();
        assertThat(runs).isEmpty();

        at("2031-06-03T07:00", morning).runDueJobs(); // 09:00 WIT
        at("2031-06-03T08:00", morning).runDueJobs(); // 09:00 WITA
        at("2031-06-03T08:59", morning).runDueJobs();
        at("2031-06-03T09:00", morning).runDueJobs(); // 09:00 WIB
        at("2031-06-03T12:00", morning).runDueJobs();

        assertThat(runs).extracting(due -> due.getZone().getId() + " " + due.toLocalDateTime())
                .containsExactly("Asia/Jayapura 2031-06-03T09:00", "Asia/Makassar 2031-06-03T09:00",
                        "Asia/Jakarta 2031-06-03T09:00");
        assertThat(jdbc.queryForList("SELECT name FROM job_schedule ORDER BY name", String.class))
                .containsExactly("morning", "morning@Asia/Jayapura", "morning@Asia/Makassar");
    }
}
