package id.humas.hub.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message a simulated user sent (or edited), as enqueued in an Update.
 *
 * @param updateId  id of the Update carrying it
 * @param chatId    chat it was sent in
 * @param messageId its message_id in that chat
 * @param json      the Message object exactly as delivered to the bot (a copy)
 */
public record UserMessage(int updateId, long chatId, int messageId, ObjectNode json) {

    public String text() {
        return json.path("text").asText(null);
    }
}
