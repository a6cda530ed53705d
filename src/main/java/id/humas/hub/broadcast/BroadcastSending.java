package id.humas.hub.broadcast;

import java.util.List;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.agency.Officers;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.MediaRef;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * A siaran as its officers get it, and its sending: privately to each, through the outbox at the global rate, the
 * photo or document with the text as its caption; reported by {@link BroadcastReport} when all are done.
 */
@Component
class BroadcastSending {

    private final Officers officers;
    private final Outbox outbox;
    private final Texts texts;

    BroadcastSending(Officers officers, Outbox outbox, Texts texts) {
        this.officers = officers;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** @param agencies the chosen agencies; null for every active officer */
    List<OfficerView> recipients(List<Long> agencies) {
        return officers.active().stream()
                .filter(officer -> agencies == null || agencies.contains(officer.agencyId()))
                .toList();
    }

    /** What each officer gets: the text under the siaran's heading. */
    String html(String text) {
        return text.isBlank() ? texts.html("broadcast.message.no-text") : texts.html("broadcast.message", text);
    }

    /** @return how many officers it goes to; 0 when none is left to receive it (nothing is sent) */
    int send(Broadcast broadcast) {
        List<Long> chats = recipients(broadcast.agencies()).stream().map(OfficerView::chatId).toList();
        if (chats.isEmpty()) {
            return 0;
        }
        broadcast.goesTo(chats.size());
        MediaRef media = broadcast.media();
        if (media == null) {
            outbox.sendBatch(broadcast.batch(), chats, html(broadcast.text()));
        } else {
            outbox.sendBatchMedia(broadcast.batch(), chats, media, html(broadcast.text()));
        }
        return chats.size();
    }
}
