package id.humas.hub.crash;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;

/**
 * Sits between the application and the Bot API double and passes every call through, until a {@link KillSwitch}
 * says when to kill the application: before a call reaches Telegram, or after Telegram has carried it out but
 * before the application hears the answer (a send whose outcome it cannot know). From the kill on, calls the
 * dead process had already written are dropped instead of passed on, until {@link #reopen()}, so what reached
 * Telegram before the kill is known exactly, and so are the sends that were under way at that moment.
 */
final class KillSwitchProxy implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LAST_ANSWERED = 3;

    /** A Bot API call: its method and its parameters (JSON bodies only; media uploads show none). */
    record Call(String method, JsonNode params) {

        /** TelegramBots writes method names in lower case; Telegram accepts any case. */
        boolean is(String name) {
            return method.equalsIgnoreCase(name);
        }

        boolean sends() {
            return !is("getUpdates");
        }

        long chatId() {
            return params.path("chat_id").asLong();
        }

        String text() {
            return params.path("text").asText("");
        }
    }

    /** What Telegram answered to a call. */
    record Exchange(Call call, int status, JsonNode answer) {

        boolean ok() {
            return status == 200 && answer.path("ok").asBoolean(false);
        }
    }

    /** Decides the moment of the kill; called from the proxy's threads. */
    interface KillSwitch {

        /** Kill instead of passing this call on to Telegram. */
        default boolean before(Call call) {
            return false;
        }

        /** Kill instead of passing Telegram's answer on to the application. */
        default boolean after(Exchange exchange) {
            return false;
        }
    }

    /**
     * The sends whose outcome the application may not have known when it died: those under way, and the last
     * few answered, which it may not have recorded yet.
     */
    record AtTheKill(List<Call> underWay, List<Call> lastAnswered) {

        List<Call> unknownOutcome() {
            List<Call> all = new ArrayList<>(underWay);
            all.addAll(lastAnswered);
            return all;
        }
    }

    private record Armed(KillSwitch killSwitch, CompletableFuture<AtTheKill> fired) {
    }

    private final String target;
    private final Runnable kill;
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(120))
            .writeTimeout(Duration.ofSeconds(30)).retryOnConnectionFailure(false).build();
    private final Map<Long, Call> underWay = new ConcurrentHashMap<>();
    private final AtomicLong callIds = new AtomicLong();
    private final AtomicReference<Armed> armed = new AtomicReference<>();
    private final Deque<Call> lastAnswered = new ArrayDeque<>();
    private final Map<Integer, Integer> deliveries = new ConcurrentHashMap<>();
    private volatile boolean open = true;

    /** @param kill kills the application and returns once it is gone */
    KillSwitchProxy(String target, Runnable kill) {
        this.target = target;
        this.kill = kill;
        server.setDispatcher(new PassThrough());
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the proxy", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Arms the switch; the future completes once the application is gone. */
    CompletableFuture<AtTheKill> arm(KillSwitch killSwitch) {
        CompletableFuture<AtTheKill> fired = new CompletableFuture<>();
        armed.set(new Armed(killSwitch, fired));
        return fired;
    }

    /** Sends passed on to Telegram whose answer has not come back yet. */
    long sendsUnderWay() {
        return underWay.values().stream().filter(Call::sends).count();
    }

    /** Updates the application was handed more than once (the answers it never received do not count). */
    long redelivered() {
        return deliveries.values().stream().filter(times -> times > 1).count();
    }

    /** Lets calls through again, for the next start of the application. */
    void reopen() {
        armed.set(null);
        open = true;
    }

    @Override
    public void close() {
        open = false;
        try {
            server.shutdown();
        } catch (IOException ignored) {
            // the test is over either way
        }
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    private AtTheKill killNow() {
        open = false;
        List<Call> sendsUnderWay = underWay.values().stream().filter(Call::sends).toList();
        List<Call> answered;
        synchronized (lastAnswered) {
            answered = List.copyOf(lastAnswered);
        }
        kill.run();
        return new AtTheKill(sendsUnderWay, answered);
    }

    private boolean fire(Armed trigger, boolean now) {
        if (trigger == null || !now || !armed.compareAndSet(trigger, null)) {
            return false;
        }
        trigger.fired().complete(killNow());
        return true;
    }

    private final class PassThrough extends Dispatcher {

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            try {
                server.takeRequest(0, TimeUnit.NANOSECONDS); // keep MockWebServer's request log empty
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = request.getBody().readByteArray();
            String contentType = request.getHeader("Content-Type");
            Call call = call(request, body, contentType);
            long id = callIds.incrementAndGet();
            underWay.put(id, call);
            try {
                // checked after registering, so that killNow() either sees this call or this call sees the kill
                if (!open) {
                    return dropped();
                }
                Armed trigger = armed.get();
                if (fire(trigger, trigger != null && trigger.killSwitch().before(call))) {
                    return dropped();
                }
                return passOn(request, call, body, contentType);
            } finally {
                underWay.remove(id);
            }
        }

        private MockResponse passOn(RecordedRequest request, Call call, byte[] body, String contentType) {
            RequestBody forwarded = "GET".equals(request.getMethod()) ? null
                    : RequestBody.create(body, contentType == null ? null : MediaType.parse(contentType));
            Request outgoing = new Request.Builder().url(target + request.getPath())
                    .method(request.getMethod(), forwarded).build();
            Exchange exchange;
            String answerType;
            byte[] answer;
            try (Response response = client.newCall(outgoing).execute()) {
                answer = response.body() == null ? new byte[0] : response.body().bytes();
                answerType = response.header("Content-Type", "application/json");
                exchange = new Exchange(call, response.code(), json(answer));
            } catch (IOException unreachable) {
                return dropped();
            }
            Armed trigger = armed.get();
            if (fire(trigger, trigger != null && trigger.killSwitch().after(exchange))) {
                return dropped();
            }
            if (call.sends()) {
                synchronized (lastAnswered) {
                    lastAnswered.addLast(call);
                    if (lastAnswered.size() > LAST_ANSWERED) {
                        lastAnswered.removeFirst();
                    }
                }
            } else {
                exchange.answer().path("result")
                        .forEach(update -> deliveries.merge(update.path("update_id").asInt(), 1, Integer::sum));
            }
            return new MockResponse().setResponseCode(exchange.status()).setHeader("Content-Type", answerType)
                    .setBody(new Buffer().write(answer));
        }

        private Call call(RecordedRequest request, byte[] body, String contentType) {
            String path = request.getPath() == null ? "" : request.getPath();
            int query = path.indexOf('?');
            String bare = query < 0 ? path : path.substring(0, query);
            boolean json = contentType != null && contentType.startsWith("application/json");
            return new Call(bare.substring(bare.lastIndexOf('/') + 1), json ? json(body) : JSON.createObjectNode());
        }

        private MockResponse dropped() {
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START);
        }

        private JsonNode json(byte[] bytes) {
            try {
                JsonNode parsed = bytes.length == 0 ? null : JSON.readTree(bytes);
                return parsed == null ? JSON.createObjectNode() : parsed;
            } catch (IOException notJson) {
                return JSON.createObjectNode();
            }
        }
    }
}
