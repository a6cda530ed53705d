package id.humas.hub.telegram;

import java.util.List;

/**
 * Every message of a batch (see {@link Outbox#sendBatch}) has been delivered or refused for good.
 *
 * @param unreachable the chats Telegram refused
 */
public record BatchDelivered(String batch, int delivered, List<Long> unreachable) {
}
