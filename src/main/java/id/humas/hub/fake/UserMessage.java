package id.humas.hub.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * A message a simulated user sent (or edited), as enqueued in an Update.
 *
 * @param updateId   id of the Update carrying it (-1 if group privacy mode hid it from the bot)
 * @param chatId     chat it was sent in
 * @param messageId  its message_id in that chat
 * @param json       the Message object exactly as delivered to the bot (a copy)
 * @param enqueuedAt when the fake enqueued the Update; with {@link SentMessage#date()} of the bot's answer it gives
 *                   the bot's latency, e.g. {@code Duration.between(m.enqueuedAt(), reply.date())}
 */
public record UserMessage(int updateId, long chatId, int messageId, ObjectNode json, Instant enqueuedAt) {

    /** Without an enqueue instant (now is used). */
    public UserMessage(int updateId, long chatId, int messageId, ObjectNode json) {
        this(updateId, chatId, messageId, json, Instant.now());
    }

    public String text() {
        return json.path("text").asText(null);
    }
}
