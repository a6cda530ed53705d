package id.humas.hub.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Out-of-process control API of {@link FakeTelegram} under {@code /_fake/} (used when the fake runs as its own
 * process via {@link FakeTelegramMain}). All bodies and answers are JSON.
 *
 * <pre>
 * GET  /_fake/stats                        counters (getUpdates calls, pending updates, calls per method, ...)
 * POST /_fake/users/{id}/messages          {"text": "...", "first_name": "...", "username": "...", "chat_id": -100..}
 *                                          -> {"update_id":..,"chat_id":..,"message_id":..}
 * POST /_fake/users/{id}/callbacks         {"chat_id":.., "message_id":.., "button": "text"} or {..., "data": "raw"}
 * POST /_fake/groups                       {"chat_id": -100.., "title": "..."}
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
                FakeChat chat = fake.group(body.path("chat_id").asLong(), body.path("title").asText("Group"));
                return ok(chat.json());
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
