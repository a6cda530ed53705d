package id.humas.hub.agency;

import java.util.List;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * {@code /keluarkan ID} ({@code /removemember}): an admin ({@code bot.admins}, on the team) removes a member from the
 * central team. It takes effect at once: every later button, command or answer of theirs is refused, and a restart
 * does not bring them back while {@code bot.central-team} still names them.
 */
@Component
class TeamRemovalCommand implements CommandHandler {

    private final CentralTeam team;
    private final List<Long> admins;
    private final Outbox outbox;
    private final Texts texts;

    TeamRemovalCommand(CentralTeam team, BotProperties properties, Outbox outbox, Texts texts) {
        this.team = team;
        this.admins = properties.admins();
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("keluarkan", "removemember");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    public void handle(IncomingMessage message, String arguments) {
        long admin = message.from().userId();
        String id = arguments.strip();
        if (!admins.contains(admin)) {
            outbox.send(message.chatId(), texts.html("team.remove.admins-only"));
        } else if (!id.matches("\\d{1,18}")) {
            outbox.send(message.chatId(), texts.html("team.remove.usage"));
        } else if (team.remove(Long.parseLong(id), admin)) {
            outbox.send(message.chatId(), texts.html("team.remove.done", id));
        } else {
            outbox.send(message.chatId(), texts.html("team.remove.not-member", id));
        }
    }
}
