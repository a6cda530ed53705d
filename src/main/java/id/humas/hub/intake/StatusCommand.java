package id.humas.hub.intake;

import java.util.List;

import id.humas.hub.system.Excerpt;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code /status}: the officer's ten latest items and where each is in review. */
@Component
class StatusCommand implements CommandHandler {

    private static final int EXCERPT = 60;

    private final OfficerGate gate;
    private final ItemRepository items;
    private final Prompts prompts;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;

    StatusCommand(OfficerGate gate, ItemRepository items, Prompts prompts, Outbox outbox, Texts texts,
                  Formats formats) {
        this.gate = gate;
        this.items = items;
        this.prompts = prompts;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
    }

    @Override
    public List<String> names() {
        return List.of("status");
    }

    @Override
    public Audience audience() {
        return Audience.OFFICER;
    }

    @Override
    @Transactional(readOnly = true)
    public void handle(IncomingMessage message, String arguments) {
        gate.admit(message.from().userId(), message.chatId()).ifPresent(officer -> {
            List<Item> latest = items.findTop10ByOfficerUserIdOrderByIdDesc(officer.userId());
            if (latest.isEmpty()) {
                outbox.send(message.chatId(), texts.html("status.none", officer.agencyName()));
                return;
            }
            StringBuilder list = new StringBuilder(texts.html("status.header", officer.agencyName()));
            for (Item item : latest) {
                list.append('\n').append(texts.html("status.line", String.valueOf(item.id()),
                        prompts.kind(item.category(), item.phase()), formats.dateTime(item.createdAt()),
                        texts.plain(item.status().textKey()), Excerpt.of(item.body(), EXCERPT)));
            }
            outbox.send(message.chatId(), list.toString());
        });
    }
}
