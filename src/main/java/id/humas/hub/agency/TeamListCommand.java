package id.humas.hub.agency;

import java.util.List;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/** {@code /tim} ({@code /team}): the central team's members with their Telegram ids (what /keluarkan needs). */
@Component
class TeamListCommand implements CommandHandler {

    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;

    TeamListCommand(CentralTeam team, Outbox outbox, Texts texts) {
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("tim", "team");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    public void handle(IncomingMessage message, String arguments) {
        List<CentralTeam.Member> members = team.roster();
        StringBuilder text = new StringBuilder(texts.html("team.list.header", String.valueOf(members.size())));
        for (CentralTeam.Member member : members) {
            String name = member.name() == null ? texts.plain("team.list.unnamed") : member.name();
            text.append('\n').append(texts.html(member.admin() ? "team.list.admin" : "team.list.line", name,
                    String.valueOf(member.userId())));
        }
        if (team.isAdmin(message.from().userId())) {
            text.append("\n\n").append(texts.html("team.list.admin-commands"));
        }
        outbox.send(message.chatId(), text.toString());
    }
}
