package id.humas.hub.operations;

import java.time.Duration;
import java.time.Instant;

import id.humas.hub.telegram.BotHealth;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code outbox}: messages waiting to be sent and the age of the oldest, messages Telegram refused for good,
 * and updates waiting to be handled; the same as the gauges {@code humas_outbox_backlog} and
 * {@code humas_outbox_oldest_age_seconds}. A backlog is information, not a failure: it stays UP.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    private final BotHealth bot;

    OutboxHealthIndicator(BotHealth bot, MeterRegistry registry) {
        this.bot = bot;
        Gauge.builder("humas.outbox.backlog", bot, health -> health.snapshot().outboxWaiting())
                .description("Messages waiting in the outbox").register(registry);
        Gauge.builder("humas.outbox.oldest.age", this, OutboxHealthIndicator::oldestAgeSeconds)
                .description("Age of the oldest message waiting in the outbox (0 when none waits)")
                .baseUnit("seconds").register(registry);
    }

    @Override
    public Health health() {
        BotHealth.Snapshot snapshot = bot.snapshot();
        return Health.up()
                .withDetail("backlog", snapshot.outboxWaiting())
                .withDetail("oldestWaitingSeconds", (long) oldestAgeSeconds())
                .withDetail("refused", snapshot.outboxFailed())
                .withDetail("inboxWaiting", snapshot.inboxWaiting())
                .build();
    }

    private double oldestAgeSeconds() {
        return bot.oldestWaitingMessage()
                .map(at -> Math.max(0, Duration.between(at, Instant.now()).toMillis()) / 1000.0)
                .orElse(0.0);
    }
}
