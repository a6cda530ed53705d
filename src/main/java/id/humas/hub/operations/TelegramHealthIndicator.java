package id.humas.hub.operations;

import java.time.Duration;
import java.time.Instant;

import id.humas.hub.telegram.BotHealth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code telegram} (part of readiness): DOWN until getMe has succeeded once since the start; then UP, with
 * the time since the last successful poll (or webhook call).
 */
@Component
class TelegramHealthIndicator implements HealthIndicator {

    private final TelegramContact contact;
    private final BotHealth bot;

    TelegramHealthIndicator(TelegramContact contact, BotHealth bot) {
        this.contact = contact;
        this.bot = bot;
    }

    @Override
    public Health health() {
        TelegramContact.State state = contact.state();
        Health.Builder health = state.reached() ? Health.up() : Health.down();
        health.withDetail("reached", state.reached()).withDetail("attempts", state.attempts());
        state.reachedAt().ifPresent(at -> health.withDetail("reachedAt", at.toString())
                .withDetail("bot", "@" + state.botUsername()));
        if (!state.reached() && state.lastError() != null) {
            health.withDetail("lastError", state.lastError());
        }
        bot.snapshot().lastPoll().ifPresentOrElse(
                at -> health.withDetail("lastContact", at.toString())
                        .withDetail("secondsSinceLastContact", Duration.between(at, Instant.now()).toSeconds()),
                () -> health.withDetail("lastContact", "none since the start"));
        return health.build();
    }
}
