package id.humas.hub.fake;

import java.time.Instant;

/**
 * A simulated press of an inline keyboard button.
 *
 * @param updateId        id of the Update carrying the callback_query
 * @param callbackQueryId the callback_query id the bot has to answer with answerCallbackQuery
 * @param chatId          chat of the pressed message
 * @param messageId       message_id of the pressed (bot) message
 * @param data            the callback_data sent to the bot
 * @param enqueuedAt      when the fake enqueued the Update
 */
public record CallbackPress(int updateId, String callbackQueryId, long chatId, int messageId, String data,
                            Instant enqueuedAt) {

    /** Without an enqueue instant (now is used). */
    public CallbackPress(int updateId, String callbackQueryId, long chatId, int messageId, String data) {
        this(updateId, callbackQueryId, chatId, messageId, data, Instant.now());
    }
}
