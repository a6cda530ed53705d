package id.humas.hub.intake;

import java.util.List;

import id.humas.hub.agency.Officers;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/** {@code /bantuan}: help for whoever asks — the team, an officer, or someone not registered yet. */
@Component
class HelpCommand implements CommandHandler {

    private final Officers officers;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;

    HelpCommand(Officers officers, CentralTeam team, Outbox outbox, Texts texts) {
        this.officers = officers;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("bantuan", "help");
    }

    @Override
    public Audience audience() {
        return Audience.ANYONE;
    }

    @Override
    public void handle(IncomingMessage message, String arguments) {
        long userId = message.from().userId();
        if (!message.isPrivate() || team.isMember(userId)) {
            outbox.send(message.chatId(), texts.html("help.team") + "\n\n" + texts.html("help.team.broadcast")
                    + "\n\n" + texts.html("help.team-office")
                    + (team.isAdmin(userId) ? "\n\n" + texts.html("help.admin") : ""));
            return;
        }
        outbox.send(message.chatId(), officers.activeByUser(userId)
                .map(officer -> texts.html("help.officer", officer.agencyName()))
                .orElseGet(() -> texts.html("start.not-registered")));
    }
}
