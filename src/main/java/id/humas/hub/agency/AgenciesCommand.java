package id.humas.hub.agency;

import java.util.List;

import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * {@code /instansi} ({@code /agencies}): every agency with its state — its officer, vacant, archived, or merged into
 * another — and the admins' commands that change them.
 */
@Component
class AgenciesCommand implements CommandHandler {

    private final Officers officers;
    private final Outbox outbox;
    private final Texts texts;

    AgenciesCommand(Officers officers, Outbox outbox, Texts texts) {
        this.officers = officers;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("instansi", "agencies");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    public void handle(IncomingMessage message, String arguments) {
        List<AgencyEntry> all = officers.allAgencies();
        if (all.isEmpty()) {
            outbox.send(message.chatId(), texts.html("upkeep.list.none"));
            return;
        }
        StringBuilder text = new StringBuilder(texts.html("upkeep.list.header", String.valueOf(all.size())));
        for (AgencyEntry entry : all) {
            text.append('\n').append(line(entry));
        }
        text.append("\n\n").append(texts.html("upkeep.list.commands"));
        outbox.send(message.chatId(), text.toString());
    }

    private String line(AgencyEntry entry) {
        if (entry.merged()) {
            return texts.html("upkeep.list.merged", entry.name(), entry.mergedInto());
        }
        String officer = entry.agency().officer().map(OfficerView::displayName).orElse(null);
        if (entry.archived()) {
            return texts.html("upkeep.list.archived", entry.name());
        }
        return officer == null ? texts.html("upkeep.list.vacant", entry.name())
                : texts.html("upkeep.list.active", entry.name(), officer);
    }
}
