package id.humas.hub.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Map;

/**
 * One Bot API request the bot made (getUpdates is not recorded, see {@link FakeTelegram#getUpdatesCalls()}).
 *
 * @param seq      global order of the call
 * @param method   canonical method name, e.g. "sendMessage"
 * @param chatId   the chat_id parameter if present and numeric, else null
 * @param params   decoded parameters: the JSON body, or multipart/form fields; fields that carry JSON
 *                 (reply_markup, media, entities, commands, scope, ...) are decoded into JSON nodes
 * @param uploads  uploaded files (multipart parts with a filename), part name -> bytes
 * @param status   HTTP status the fake answered with (200 on success)
 * @param response the JSON the fake answered with
 * @param at       when the fake received it (before handling it)
 */
public record RecordedCall(long seq, String method, Long chatId, ObjectNode params, Map<String, byte[]> uploads,
                           int status, JsonNode response, Instant at) {

    /** Text value of a parameter (JSON containers are rendered as JSON), or null if absent. */
    public String param(String name) {
        JsonNode n = params.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }

    /** A parameter as JSON (e.g. "commands", "scope", "reply_markup"), or null if absent. */
    public JsonNode json(String name) {
        JsonNode n = params.get(name);
        return n == null || n.isNull() ? null : n;
    }

    public boolean ok() {
        return status == 200 && response.path("ok").asBoolean(false);
    }

    /** The error description for a failed call, else null. */
    public String description() {
        return response.path("description").asText(null);
    }

    /** The "result" of a successful call, else null. */
    public JsonNode result() {
        return response.get("result");
    }

    @Override
    public String toString() {
        return "#" + seq + " " + method + (chatId != null ? " chat=" + chatId : "") + " -> " + status
                + (ok() ? "" : " " + description()) + " " + params;
    }
}
