package id.humas.hub.telegram;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import okhttp3.Interceptor;
import okhttp3.Response;
import org.springframework.stereotype.Component;

/**
 * When the bot last heard from Telegram: the time of the last successful getUpdates call, and how many failed since.
 * A poller that stopped (network gone, token revoked, another instance polling) shows here as an old time.
 */
@Component
public class PollingLiveness implements Interceptor {

    private final AtomicLong failuresSinceSuccess = new AtomicLong();
    private volatile Instant lastSuccess;

    public Optional<Instant> lastSuccessfulPoll() {
        return Optional.ofNullable(lastSuccess);
    }

    public long failuresSinceLastSuccess() {
        return failuresSinceSuccess.get();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        boolean poll = chain.request().url().encodedPath().toLowerCase(java.util.Locale.ROOT).endsWith("/getupdates");
        try {
            Response response = chain.proceed(chain.request());
            if (poll) {
                record(response.isSuccessful());
            }
            return response;
        } catch (IOException | RuntimeException failure) {
            if (poll) {
                record(false);
            }
            throw failure;
        }
    }

    private void record(boolean success) {
        if (success) {
            lastSuccess = Instant.now();
            failuresSinceSuccess.set(0);
        } else {
            failuresSinceSuccess.incrementAndGet();
        }
    }
}
