package id.humas.hub.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import id.humas.hub.system.BotProperties;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Reaches Telegram once the application is up: calls getMe, and while that fails (network down, Telegram
 * unavailable, token revoked) tries again with back-off — 1 s, 2 s, 4 s … up to {@code bot.operations.contact-retry-max} (a minute) — instead of stopping
 * the process. Until it succeeds, readiness is DOWN (see {@link TelegramHealthIndicator}).
 */
@Component
class TelegramContact {

    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(TelegramContact.class);

    private final TelegramClient client;
    private final String token;
    private final Duration longestWait;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile Instant reachedAt;
    private volatile String botUsername;
    private volatile String lastError;
    private volatile Thread trying;

    TelegramContact(TelegramClient client, BotProperties properties, OperationsProperties operations) {
        this.client = client;
        this.token = properties.token();
        this.longestWait = operations.contactRetryMax();
    }

    /** What the start-up contact has found so far. */
    record State(Optional<Instant> reachedAt, String botUsername, int attempts, String lastError) {
        boolean reached() {
            return reachedAt.isPresent();
        }
    }

    State state() {
        return new State(Optional.ofNullable(reachedAt), botUsername, attempts.get(), lastError);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(this::tryUntilReached, "telegram-contact");
        thread.setDaemon(true);
        trying = thread;
        thread.start();
    }

    @PreDestroy
    void stop() {
        Thread thread = trying;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void tryUntilReached() {
        Duration wait = FIRST_WAIT.compareTo(longestWait) > 0 ? longestWait : FIRST_WAIT;
        while (reachedAt == null && !Thread.currentThread().isInterrupted()) {
            if (tryOnce()) {
                return;
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
            Duration doubled = wait.multipliedBy(2);
            wait = doubled.compareTo(longestWait) > 0 ? longestWait : doubled;
        }
    }

    private boolean tryOnce() {
        int attempt = attempts.incrementAndGet();
        try {
            User me = client.execute(new GetMe());
            botUsername = me.getUserName();
            reachedAt = Instant.now();
            log.info("Telegram reached as @{} (attempt {}); ready", botUsername, attempt);
            return true;
        } catch (Exception failed) {
            lastError = scrubbed(String.valueOf(failed.getMessage()));
            log.warn("Telegram could not be reached (attempt {}): {}; trying again, not ready until then", attempt,
                    lastError);
            return false;
        }
    }

    /** An error message never carries the token, whatever the client put into it. */
    private String scrubbed(String message) {
        return token == null || token.isBlank() ? message : message.replace(token, "<token>");
    }
}
