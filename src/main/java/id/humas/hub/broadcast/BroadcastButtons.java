package id.humas.hub.broadcast;

import java.util.Optional;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.CallbackHandler;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Kirim} and {@code Batal} under a siaran's preview ({@code bc:k:<id>}, {@code bc:b:<id>}): Kirim sends it
 * ({@link BroadcastSending}), Batal drops it; either once — a later press on the preview is told what became of it.
 * The preview then says so instead of showing the buttons. Only central-team users may press them.
 */
@Component
class BroadcastButtons implements CallbackHandler {

    static final String PREFIX = "bc";

    private final BroadcastRepository broadcasts;
    private final BroadcastSending sending;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;

    BroadcastButtons(BroadcastRepository broadcasts, BroadcastSending sending, CentralTeam team, Outbox outbox,
                     Texts texts) {
        this.broadcasts = broadcasts;
        this.sending = sending;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
    }

    static String data(String action, long broadcastId) {
        return PREFIX + ":" + action + ":" + broadcastId;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    @Transactional
    public void handle(IncomingCallback callback) {
        if (!team.isMember(callback.from().userId())) {
            outbox.alert(callback, texts.plain("review.refused"));
            return;
        }
        String[] parts = callback.data().split(":", -1);
        Optional<Broadcast> found = parts.length == 2 && (parts[0].equals("k") || parts[0].equals("b"))
                && parts[1].matches("\\d{1,18}") ? broadcasts.findById(Long.parseLong(parts[1])) : Optional.empty();
        if (found.isEmpty()) {
            outbox.answer(callback, texts.plain("button.stale"));
            return;
        }
        Broadcast broadcast = found.get();
        String number = String.valueOf(broadcast.id());
        boolean send = parts[0].equals("k");
        if (broadcasts.leaveDraft(broadcast.id(), send ? BroadcastStatus.SENT : BroadcastStatus.CANCELLED) == 0) {
            BroadcastStatus now = broadcasts.findById(broadcast.id()).orElseThrow().status();
            outbox.answer(callback, texts.plain(now == BroadcastStatus.CANCELLED ? "broadcast.was-cancelled"
                    : "broadcast.was-sent", number));
            return;
        }
        Broadcast current = broadcasts.findById(broadcast.id()).orElseThrow();
        String outcome;
        if (!send) {
            outcome = texts.html("broadcast.cancelled", number);
        } else {
            int recipients = sending.send(current);
            outcome = recipients == 0 ? texts.html("broadcast.nobody-left", number)
                    : texts.html("broadcast.queued", number, String.valueOf(recipients));
        }
        outbox.answer(callback, texts.plain(send ? "broadcast.answer.sent" : "broadcast.answer.cancelled", number));
        if (callback.messageId() != 0) {
            outbox.edit(callback.chatId(), callback.messageId(), outcome, null);
        } else {
            outbox.send(callback.chatId(), outcome);
        }
    }
}
