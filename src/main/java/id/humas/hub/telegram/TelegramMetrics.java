package id.humas.hub.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The edge's metrics, seen on the Bot API client's calls and the inbox worker: messages Telegram accepted
 * ({@code humas_messages_sent_total}), its 429 answers ({@code humas_telegram_429_total}), how long a send call
 * took ({@code humas_send_latency_seconds}, by method) and how long handling one stored update took
 * ({@code humas_inbox_processing_seconds}).
 */
@Component
class TelegramMetrics implements Interceptor {

    /** Calls that create messages in a chat (an album counts once). */
    private static final Set<String> SENDS = Set.of("sendmessage", "sendphoto", "sendvideo", "senddocument",
            "sendanimation", "sendaudio", "sendvoice", "sendsticker", "sendvideonote", "sendmediagroup",
            "copymessage", "forwardmessage");

    private final MeterRegistry registry;
    private final Counter sent;
    private final Counter tooManyRequests;
    private final Timer inboxProcessing;
    private final Map<String, Timer> sendLatency = new ConcurrentHashMap<>();

    TelegramMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
        this.sent = Counter.builder("humas.messages.sent")
                .description("Messages Telegram accepted (an album counts once)").register(this.registry);
        this.tooManyRequests = Counter.builder("humas.telegram.429")
                .description("429 Too Many Requests answers from Telegram").register(this.registry);
        this.inboxProcessing = Timer.builder("humas.inbox.processing")
                .description("Time to handle one stored update").register(this.registry);
    }

    /** Metrics kept in memory only, for units built by hand. */
    static TelegramMetrics unregistered() {
        return new TelegramMetrics(new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(MeterRegistry.class));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String path = chain.request().url().encodedPath();
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        long started = System.nanoTime();
        Response response = chain.proceed(chain.request());
        if (SENDS.contains(method)) {
            sendLatency.computeIfAbsent(method, name -> Timer.builder("humas.send.latency")
                            .description("Time of a Bot API call that sends a message").tag("method", name)
                            .register(registry))
                    .record(Duration.ofNanos(System.nanoTime() - started));
            if (response.isSuccessful()) {
                sent.increment();
            }
        }
        if (response.code() == 429) {
            tooManyRequests.increment();
        }
        return response;
    }

    /** {@code updates} were handled in {@code nanos}: each counts as an equal share. */
    void processed(int updates, long nanos) {
        if (updates > 0) {
            Duration each = Duration.ofNanos(nanos / updates);
            for (int i = 0; i < updates; i++) {
                inboxProcessing.record(each);
            }
        }
    }
}
