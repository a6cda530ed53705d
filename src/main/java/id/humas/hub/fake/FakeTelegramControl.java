package id.humas.hub.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Out-of-process control API of {@link FakeTelegram} under {@code /_fake/} (used when the fake runs as its own
 * process via {@link FakeTelegramMain}). All bodies and answers are JSON.
 *
 * <pre>
 * GET  /_fake/stats                        counters (getUpdates calls, pending updates, calls per method,
 *                                          too_many_requests, premature_retries, messages_per_chat, flood_limits)
 * POST /_fake/users/{id}/messages          {"text": "...", "first_name": "...", "username": "...", "chat_id": -100..}
 *                                          -> {"update_id":..,"chat_id":..,"message_id":..}
 * POST /_fake/users/{id}/callbacks         {"chat_id":.., "message_id":.., "button": "text"} or {..., "data": "raw"}
 * POST /_fake/groups                       {"chat_id": -100.., "title": "...", "type": "supergroup"|"group"}
 * POST /_fake/groups/{id}/migrate          {"new_chat_id": -100..} upgrades a basic group -> the new chat
 * GET  /_fake/flood-limits                 the enforced flood limits, or null
 * POST /_fake/flood-limits                 enforce flood limits; body as {@link #json(FloodLimits)}, missing parts
 *                                          (or an empty body) take {@link FloodLimits#telegramDefaults()}
 * DELETE /_fake/flood-limits               stop enforcing them
 * POST /_fake/flood-globally               {"seconds": 10} or {"millis": 1500}: every send answers 429 meanwhile
 * GET  /_fake/messages?chat_id=..          the bot's messages to that chat (Message JSON)
 * POST /_fake/reset                        clears recordings
 * </pre>
 */
final class FakeTelegramControl {

    private FakeTelegramControl() {
    }

    static MockResponse handle(FakeTelegram fake, RecordedRequest request, List<String> segments) {
        String method = request.getMethod();
        String path = String.join("/", segments.subList(1, segments.size()));
        try {
            if (path.equals("stats")) {
                return ok(fake.stats());
            }
            if (path.equals("reset") && "POST".equals(method)) {
                fake.reset();
                return ok(FakeTelegram.JSON.createObjectNode().put("reset", true));
            }
            if (path.equals("messages")) {
                HttpUrl url = request.getRequestUrl();
                String chatId = url == null ? null : url.queryParameter("chat_id");
                ArrayNode arr = FakeTelegram.JSON.createArrayNode();
                List<SentMessage> messages = chatId == null ? fake.allMessages()
                        : fake.messagesTo(Long.parseLong(chatId));
                messages.forEach(m -> arr.add(m.json()));
                return ok(arr);
            }
            if (path.equals("groups") && "POST".equals(method)) {
                JsonNode body = body(request);
                long chatId = body.path("chat_id").asLong();
                String title = body.path("title").asText("Group");
                FakeChat chat = body.path("type").asText("supergroup").equals("group")
                        ? fake.basicGroup(chatId, title) : fake.group(chatId, title);
                return ok(chat.json());
            }
            if (segments.size() == 4 && segments.get(1).equals("groups") && segments.get(3).equals("migrate")
                    && "POST".equals(method)) {
                long chatId = Long.parseLong(segments.get(2));
                FakeChat group = fake.chat(chatId).orElseThrow(() -> new IllegalArgumentException(
                        "unknown chat " + chatId));
                return ok(fake.migrateToSupergroup(group, body(request).path("new_chat_id").asLong()).json());
            }
            if (path.equals("flood-limits")) {
                switch (method) {
                    case "POST" -> fake.enforceFloodLimits(floodLimits(body(request)));
                    case "DELETE" -> fake.disableFloodLimits();
                    default -> {
                    }
                }
                return ok(fake.floodLimits().<JsonNode>map(FakeTelegramControl::json)
                        .orElse(FakeTelegram.JSON.nullNode()));
            }
            if (path.equals("flood-globally") && "POST".equals(method)) {
                JsonNode body = body(request);
                Duration duration = body.has("millis") ? Duration.ofMillis(body.get("millis").asLong())
                        : Duration.ofSeconds(body.path("seconds").asLong(10));
                fake.floodGlobally(duration);
                return ok(FakeTelegram.JSON.createObjectNode().put("flood_ms", duration.toMillis()));
            }
            if (segments.size() == 4 && segments.get(1).equals("users") && "POST".equals(method)) {
                long userId = Long.parseLong(segments.get(2));
                JsonNode body = body(request);
                FakeUser user = fake.user(userId, body.path("first_name").asText("User " + userId),
                        body.hasNonNull("username") ? body.get("username").asText() : null);
                if (body.hasNonNull("chat_id") && body.get("chat_id").asLong() != userId) {
                    long chatId = body.get("chat_id").asLong();
                    Optional<FakeChat> chat = fake.chat(chatId);
                    user = user.in(chat.orElseGet(() -> fake.group(chatId, "Group " + chatId)));
                }
                switch (segments.get(3)) {
                    case "messages" -> {
                        UserMessage m = user.sends(body.path("text").asText(""));
                        ObjectNode n = FakeTelegram.JSON.createObjectNode();
                        n.put("update_id", m.updateId());
                        n.put("chat_id", m.chatId());
                        n.put("message_id", m.messageId());
                        return ok(n);
                    }
                    case "callbacks" -> {
                        long chatId = body.path("chat_id").asLong(userId);
                        int messageId = body.path("message_id").asInt();
                        SentMessage target = fake.message(chatId, messageId).orElse(null);
                        if (target == null) {
                            return FakeTelegram.respond(404, FakeTelegram.errorJson(404,
                                    "no bot message " + messageId + " in chat " + chatId, null));
                        }
                        CallbackPress press = body.hasNonNull("button")
                                ? user.presses(target, body.get("button").asText())
                                : user.pressesData(target, body.path("data").asText());
                        ObjectNode n = FakeTelegram.JSON.createObjectNode();
                        n.put("update_id", press.updateId());
                        n.put("callback_query_id", press.callbackQueryId());
                        n.put("data", press.data());
                        return ok(n);
                    }
                    default -> {
                        return notFound();
                    }
                }
            }
            return notFound();
        } catch (AssertionError | RuntimeException e) {
            return FakeTelegram.respond(400, FakeTelegram.errorJson(400, String.valueOf(e.getMessage()), null));
        }
    }

    /** {@code {"global": {"limit": 30, "period_ms": 1000}, "private_chat": {...}, "group": {...}}}. */
    static ObjectNode json(FloodLimits limits) {
        ObjectNode n = FakeTelegram.JSON.createObjectNode();
        n.set("global", json(limits.global()));
        n.set("private_chat", json(limits.privateChat()));
        n.set("group", json(limits.group()));
        return n;
    }

    private static ObjectNode json(FloodLimits.Window window) {
        ObjectNode n = FakeTelegram.JSON.createObjectNode();
        n.put("limit", window.limit());
        n.put("period_ms", window.period().toMillis());
        return n;
    }

    /** The inverse of {@link #json(FloodLimits)}; absent windows or fields take Telegram's defaults. */
    static FloodLimits floodLimits(JsonNode n) {
        FloodLimits defaults = FloodLimits.telegramDefaults();
        return new FloodLimits(window(field(n, "global", "global"), defaults.global()),
                window(field(n, "private_chat", "privateChat"), defaults.privateChat()),
                window(field(n, "group", "group"), defaults.group()));
    }

    private static FloodLimits.Window window(JsonNode n, FloodLimits.Window defaults) {
        JsonNode limit = field(n, "limit", "limit");
        JsonNode periodMs = field(n, "period_ms", "periodMs");
        return new FloodLimits.Window(limit.asInt(defaults.limit()),
                periodMs.isMissingNode() ? defaults.period() : Duration.ofMillis(periodMs.asLong()));
    }

    private static JsonNode field(JsonNode n, String snake, String camel) {
        return n.has(snake) ? n.get(snake) : n.path(camel);
    }

    private static JsonNode body(RecordedRequest request) {
        String text = request.getBody().readUtf8();
        if (text.isBlank()) {
            return FakeTelegram.JSON.createObjectNode();
        }
        try {
            return FakeTelegram.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("body must be JSON: " + e.getMessage());
        }
    }

    private static MockResponse ok(JsonNode result) {
        ObjectNode n = FakeTelegram.JSON.createObjectNode();
        n.put("ok", true);
        n.set("result", result);
        return FakeTelegram.respond(200, n);
    }

    private static MockResponse notFound() {
        return FakeTelegram.respond(404, FakeTelegram.errorJson(404, "Not Found: unknown control endpoint", null));
    }
}
