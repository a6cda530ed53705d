package id.humas.hub.digest;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.WorkingDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduled digest on working days only, unless {@code bot.digest.on-holidays}. */
class DigestScheduleTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final Digests digests = mock(Digests.class);
    private final BotProperties properties = mock(BotProperties.class);

    @BeforeEach
    void settings() {
        when(properties.digest()).thenReturn(new BotProperties.Digest("0 0 16 * * *"));
        when(properties.holidays()).thenReturn(List.of(LocalDate.of(2031, 12, 25)));
    }

    @Test
    void noDigestOnAHolidayNorOnASaturday() {
        DigestSchedule schedule = new DigestSchedule(digests, new WorkingDays(properties), new DigestRules(false, null),
                properties);
        schedule.run(at(LocalDate.of(2031, 12, 25))); // Thursday, a holiday
        schedule.run(at(LocalDate.of(2031, 12, 27))); // Saturday
        verify(digests, never()).post(DigestRun.Trigger.SCHEDULE);

        schedule.run(at(LocalDate.of(2031, 12, 29))); // Monday
        verify(digests).post(DigestRun.Trigger.SCHEDULE);
    }

    @Test
    void onHolidaysWhenConfigured() {
        DigestSchedule schedule = new DigestSchedule(digests, new WorkingDays(properties), new DigestRules(true, null),
                properties);
        schedule.run(at(LocalDate.of(2031, 12, 25)));
        verify(digests).post(DigestRun.Trigger.SCHEDULE);
    }

    private static ZonedDateTime at(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(16, 0), WIB);
    }
}
