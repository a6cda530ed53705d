package id.humas.hub.fake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The double's webhook mode, as Telegram does it: once setWebhook gave an HTTPS URL, every pending update is POSTed
 * to it as JSON with the secret token in {@code X-Telegram-Bot-Api-Secret-Token}, on up to max_connections
 * connections at once (here at most 8); an update counts as delivered only when the bot answered 2xx, otherwise it
 * is POSTed again after a while. The public URL is reached through a reverse proxy: the local addresses given by
 * {@link FakeTelegram#routeWebhookTo}, round robin. Guarded by the double's lock where it touches its state; its
 * own fields are written under that lock and read by the delivery threads.
 */
final class FakeWebhook {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_THREADS = 8;

    private final FakeTelegram.WebhookQueue queue;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<Integer> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Long> retryAt = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> deliveriesPerUpdate = new ConcurrentHashMap<>();
    private final AtomicLong deliveries = new AtomicLong();
    private final AtomicInteger nextBackend = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile List<URI> backends = List.of();
    private volatile Duration retryDelay = Duration.ofMillis(500);
    private volatile String url = "";
    private volatile String secret;
    private volatile String lastError;
    private volatile boolean closed;

    FakeWebhook(FakeTelegram.WebhookQueue queue) {
        this.queue = queue;
    }

    boolean isSet() {
        return !url.isEmpty();
    }

    String url() {
        return url;
    }

    synchronized void set(String url, String secret, int maxConnections) {
        this.url = url;
        this.secret = secret;
        int wanted = Math.min(MAX_THREADS, maxConnections);
        while (threads.size() < wanted) {
            Thread thread = new Thread(this::deliver, "fake-telegram-webhook-" + threads.size());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    void clear() {
        url = "";
        secret = null;
    }

    void routeTo(List<URI> backends) {
        this.backends = List.copyOf(backends);
        queue.signal();
    }

    void setRetryDelay(Duration delay) {
        retryDelay = delay;
    }

    long deliveries() {
        return deliveries.get();
    }

    int deliveriesOf(int updateId) {
        return deliveriesPerUpdate.getOrDefault(updateId, 0);
    }

    void describe(ObjectNode info, Set<String> allowedUpdates) {
        if (isSet()) {
            info.put("max_connections", 40);
            if (!allowedUpdates.isEmpty()) {
                ArrayNode allowed = info.putArray("allowed_updates");
                allowedUpdates.stream().sorted().forEach(allowed::add);
            }
            if (lastError != null) {
                info.put("last_error_date", System.currentTimeMillis() / 1000);
                info.put("last_error_message", lastError);
            }
        }
    }

    void close() {
        closed = true;
        synchronized (this) {
            threads.forEach(Thread::interrupt);
        }
    }

    private void deliver() {
        while (!closed && !queue.closed()) {
            ObjectNode update;
            try {
                update = queue.take(inFlight, retryAt, TimeUnit.MILLISECONDS.toNanos(50));
            } catch (InterruptedException interrupted) {
                return;
            }
            if (update != null) {
                post(update);
            }
        }
    }

    private void post(ObjectNode update) {
        int id = update.path("update_id").asInt();
        boolean delivered = false;
        try {
            List<URI> routes = backends;
            String target = url;
            if (routes.isEmpty() || target.isEmpty()) {
                lastError = "Connection refused";
                return;
            }
            URI backend = routes.get(Math.floorMod(nextBackend.getAndIncrement(), routes.size()));
            URI publicUrl = URI.create(target);
            String path = publicUrl.getRawPath() == null || publicUrl.getRawPath().isEmpty() ? "/"
                    : publicUrl.getRawPath();
            HttpRequest.Builder request = HttpRequest.newBuilder(backend.resolve(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
            String token = secret;
            if (token != null) {
                request.header(SECRET_HEADER, token);
            }
            deliveries.incrementAndGet();
            deliveriesPerUpdate.merge(id, 1, Integer::sum);
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            delivered = response.statusCode() / 100 == 2;
            if (!delivered) {
                lastError = "Wrong response from the webhook: " + response.statusCode();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (Exception failed) {
            lastError = "Connection failed: " + failed;
        } finally {
            if (delivered) {
                retryAt.remove(id);
                queue.delivered(id);
            } else {
                retryAt.put(id, System.nanoTime() + retryDelay.toNanos());
            }
            inFlight.remove(id);
            queue.signal();
        }
    }

}
