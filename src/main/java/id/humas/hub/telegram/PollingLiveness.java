package id.humas.hub.telegram;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import okhttp3.Interceptor;
import okhttp3.Response;
import org.springframework.stereotype.Component;

/**
 * When the bot last heard from Telegram: the time of the last successful getUpdates call, seen on the polling
 * client, or in webhook mode of the last update delivered. A poller that stopped (network gone, token revoked, another instance polling) shows here as an old time.
 */
@Component
public class PollingLiveness implements Interceptor {

    private volatile Instant lastSuccess;

    public Optional<Instant> lastSuccessfulPoll() {
        return Optional.ofNullable(lastSuccess);
    }

    /** An update came in by the webhook: Telegram reaches the bot. */
    void heardFromTelegram() {
        lastSuccess = Instant.now();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.isSuccessful()
                && chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates")) {
            lastSuccess = Instant.now();
        }
        return response;
    }
}
