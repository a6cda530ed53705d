package id.humas.hub.broadcast;

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

/** {@code /siaran TEXT}: the text to every active officer, privately. */
@Component
class BroadcastCommand implements CommandHandler {

    private final Officers officers;
    private final Outbox outbox;
    private final Texts texts;

    BroadcastCommand(Officers officers, Outbox outbox, Texts texts) {
        this.officers = officers;
        this.outbox = outbox;
        this.texts = texts;
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
            outbox.send(message.chatId(), texts.get("broadcast.usage"));
            return;
        }
        List<OfficerView> recipients = officers.active();
        String announcement = texts.get("broadcast.message", Html.escape(text));
        recipients.forEach(officer -> outbox.send(officer.chatId(), announcement));
        outbox.send(message.chatId(), texts.get("broadcast.queued", recipients.size()));
    }
}
