package id.humas.hub.agency;

import java.util.List;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.TeamMembership;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * {@code /keluarkan ID} ({@code /removemember}): an admin ({@code bot.admins}, on the team) removes a member from the
 * central team. It takes effect at once: every later button, command or answer of theirs is refused, and a restart
 * does not bring them back while {@code bot.central-team} still names them; their command menu becomes an outsider's at
 * once, the group is told, and the audit trail keeps who removed whom.
 */
@Component
class TeamRemovalCommand implements CommandHandler {

    private final CentralTeam team;
    private final TeamMembership membership;
    private final Outbox outbox;
    private final Texts texts;

    TeamRemovalCommand(CentralTeam team, TeamMembership membership, Outbox outbox, Texts texts) {
        this.team = team;
        this.membership = membership;
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
    public boolean adminOnly() {
        return true;
    }

    @Override
    public void handle(IncomingMessage message, String arguments) {
        long admin = message.from().userId();
        String id = arguments.strip();
        if (!team.isAdmin(admin)) {
            outbox.send(message.chatId(), texts.html("team.remove.admins-only"));
        } else if (!id.matches("\\d{1,18}")) {
            outbox.send(message.chatId(), texts.html("team.remove.usage"));
        } else if (Long.parseLong(id) == admin) {
            outbox.send(message.chatId(), texts.html("team.remove.self"));
        } else if (membership.remove(Long.parseLong(id), admin)) {
            outbox.send(message.chatId(), texts.html("team.remove.done", id));
            if (message.chatId() != team.chatId()) {
                outbox.send(team.chatId(), texts.html("team.remove.group", id, message.from().displayName()));
            }
        } else {
            outbox.send(message.chatId(), texts.html("team.remove.not-member", id));
        }
    }
}
