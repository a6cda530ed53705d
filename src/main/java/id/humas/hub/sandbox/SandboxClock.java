package id.humas.hub.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The application clock in the sandbox: it runs like a real clock from where it was set, and the page (or the demo
 * province being built) moves it forward — never back — to make the digest, the morning agenda, reminders or an
 * escalation due at once. The job scheduler reads it, so whatever is due runs within {@code bot.jobs.check-every}.
 */
public final class SandboxClock extends Clock {

    private final ZoneId zone;
    private Instant base;
    private long baseNanos;

    SandboxClock(Instant start, ZoneId zone) {
        this.zone = zone;
        this.base = start;
        this.baseNanos = System.nanoTime();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return zone.equals(other) ? this : Clock.fixed(instant(), other);
    }

    @Override
    public synchronized Instant instant() {
        return base.plusNanos(System.nanoTime() - baseNanos);
    }

    public ZonedDateTime now() {
        return instant().atZone(zone);
    }

    public synchronized void advance(Duration duration) {
        if (!duration.isNegative()) {
            base = instant().plus(duration);
            baseNanos = System.nanoTime();
        }
    }

    /** Moves to {@code time}; a time in the clock's past leaves it where it is. */
    public synchronized void advanceTo(ZonedDateTime time) {
        advance(Duration.between(instant(), time.toInstant()));
    }

    /** The next {@code time} of day after now (today's, or tomorrow's when today's has passed). */
    public ZonedDateTime next(LocalTime time) {
        ZonedDateTime now = now();
        ZonedDateTime candidate = now.truncatedTo(ChronoUnit.DAYS).with(time);
        return candidate.isAfter(now) ? candidate : candidate.plusDays(1);
    }
}
