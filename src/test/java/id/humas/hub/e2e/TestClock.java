package id.humas.hub.e2e;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The application clock in tests: it runs like a real clock from where it was set, and a test moves it forward
 * (never back) to make scheduled work due instead of waiting for it.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant base;
    private volatile long baseNanos;

    public TestClock(Instant start, ZoneId zone) {
        this.zone = zone;
        this.base = start;
        this.baseNanos = System.nanoTime();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this.zone.equals(zone) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public synchronized Instant instant() {
        return base.plusNanos(System.nanoTime() - baseNanos);
    }

    public ZonedDateTime now() {
        return instant().atZone(zone);
    }

    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The test clock only moves forward");
        }
        base = instant().plus(duration);
        baseNanos = System.nanoTime();
    }

    /** Moves the clock to {@code time}, which must not be in its past. */
    public synchronized void advanceTo(ZonedDateTime time) {
        advance(Duration.between(instant(), time.toInstant()));
    }

    /** The next time after now (in the clock's zone) that is {@code time} on one of {@code days}. */
    public ZonedDateTime next(LocalTime time, DayOfWeek... days) {
        ZonedDateTime candidate = now().truncatedTo(ChronoUnit.DAYS).with(time);
        while (!candidate.isAfter(now()) || !matches(candidate.getDayOfWeek(), days)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private static boolean matches(DayOfWeek day, DayOfWeek... days) {
        if (days.length == 0) {
            return true;
        }
        for (DayOfWeek candidate : days) {
            if (candidate == day) {
                return true;
            }
        }
        return false;
    }
}
