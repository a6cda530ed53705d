package id.humas.hub.telegram;

import java.util.List;
import java.util.stream.Stream;

/**
 * One call to Telegram on behalf of outbox rows: a row on its own, the rows a combined message lists, notices of one
 * kind sent as one message, or the last of several waiting edits of one message.
 *
 * @param call        what is sent
 * @param stands      the row the message is recorded on as sent; null for a combined message
 * @param others      rows that go with it, recorded as {@code othersStatus}
 * @param priority    what the call may take of the budget
 */
record Delivery(Outgoing call, OutboxMessages.Row stands, List<OutboxMessages.Row> others, OutboxStatus othersStatus,
        SendPriority priority) {

    static Delivery single(Outgoing call, OutboxMessages.Row row) {
        return new Delivery(call, row, List.of(), OutboxStatus.SENT, row.priority());
    }

    static Delivery combined(Outgoing call, List<OutboxMessages.Row> rows) {
        return new Delivery(call, null, rows, OutboxStatus.COMBINED, SendPriority.URGENT);
    }

    List<OutboxMessages.Row> rows() {
        return Stream.concat(Stream.ofNullable(stands), others.stream()).toList();
    }

    List<Long> otherIds() {
        return others.stream().map(OutboxMessages.Row::id).toList();
    }

    long chatId() {
        return call.chatId();
    }
}
