package id.humas.hub.broadcast;

import java.time.Clock;
import java.util.List;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.agency.Officers;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /siaran TEXT}: the text to every active officer, privately, at the global sending rate; the sender gets a
 * delivery report when all are done ({@link BroadcastReport}).
 */
@Component
class BroadcastCommand implements CommandHandler {

    private final Officers officers;
    private final BroadcastRepository broadcasts;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    BroadcastCommand(Officers officers, BroadcastRepository broadcasts, Outbox outbox, Texts texts, Clock clock) {
        this.officers = officers;
        this.broadcasts = broadcasts;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("siaran", "broadcast");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage message, String text) {
        if (text.isBlank()) {
            outbox.send(message.chatId(), texts.html("broadcast.usage"));
            return;
        }
        List<OfficerView> recipients = officers.active();
        if (recipients.isEmpty()) {
            outbox.send(message.chatId(), texts.html("broadcast.nobody"));
            return;
        }
        Broadcast broadcast = broadcasts.save(new Broadcast(message.from().userId(), message.chatId(), text,
                recipients.size(), clock.instant()));
        outbox.sendBatch(broadcast.batch(), recipients.stream().map(OfficerView::chatId).toList(),
                texts.html("broadcast.message", text));
        outbox.send(message.chatId(), texts.html("broadcast.queued", String.valueOf(broadcast.id()),
                String.valueOf(recipients.size())));
    }
}
