package id.humas.hub.telegram;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What waits for one chat under one coalescing key goes as one call: notices of one kind as one message (as many as
 * fit in one), edits of one message as its latest state. The rows left out are recorded with the one that went.
 */
@Component
class Coalescing {

    private static final Logger log = LoggerFactory.getLogger(Coalescing.class);
    private static final int LOOK_AHEAD = 100;

    private final OutboxMessages messages;

    Coalescing(OutboxMessages messages) {
        this.messages = messages;
    }

    /** @param head the chat's first waiting row, with a coalescing key; {@code call} is its call */
    Delivery of(OutboxMessages.Row head, Outgoing call) {
        List<OutboxMessages.Row> waiting = messages.waitingUnder(head.chatId(), head.coalesceKey(), LOOK_AHEAD);
        if (waiting.size() < 2) {
            return Delivery.single(call, head);
        }
        return call instanceof Outgoing.EditText ? latestEdit(waiting) : joined(head, (Outgoing.Text) call, waiting);
    }

    private Delivery latestEdit(List<OutboxMessages.Row> edits) {
        for (int i = edits.size() - 1; i >= 0; i--) {
            try {
                Outgoing latest = messages.read(edits.get(i));
                List<OutboxMessages.Row> earlier = new ArrayList<>(edits);
                earlier.remove(i);
                return new Delivery(latest, edits.get(i), earlier, OutboxStatus.SUPERSEDED, edits.get(i).priority());
            } catch (Exception unreadable) {
                log.warn("Outbox row {} unreadable; an earlier edit of its message goes instead", edits.get(i).id());
            }
        }
        return Delivery.single(readOrFail(edits.get(0)), edits.get(0));
    }

    private Delivery joined(OutboxMessages.Row head, Outgoing.Text first, List<OutboxMessages.Row> notices) {
        StringBuilder html = new StringBuilder(first.html());
        List<OutboxMessages.Row> others = new ArrayList<>();
        for (OutboxMessages.Row row : notices) {
            if (row.id() == head.id()) {
                continue;
            }
            String text;
            try {
                text = ((Outgoing.Text) messages.read(row)).html();
            } catch (Exception unreadable) {
                continue; // goes on its own, and fails there
            }
            if (html.length() + 2 + text.length() > Outbox.TEXT_LIMIT) {
                break;
            }
            html.append("\n\n").append(text);
            others.add(row);
        }
        return new Delivery(new Outgoing.Text(first.chatId(), html.toString(), null), head, others,
                OutboxStatus.COALESCED, head.priority());
    }

    private Outgoing readOrFail(OutboxMessages.Row row) {
        try {
            return messages.read(row);
        } catch (Exception unreadable) {
            throw new IllegalStateException("unreadable outbox row " + row.id(), unreadable);
        }
    }
}
