package id.humas.hub.agency;

import java.util.List;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Reachability;
import org.springframework.stereotype.Component;

/**
 * {@code /undangtim} ({@code /inviteteam}): an admin gets a one-time link, privately, that makes whoever opens it a
 * member of the central team. Asked in the group, the group only learns that a link was made; the link itself is
 * never shown there.
 */
@Component
class TeamInviteCommand implements CommandHandler {

    private final TeamInvites invites;
    private final CentralTeam team;
    private final Reachability reachability;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;
    private final String bot;

    TeamInviteCommand(TeamInvites invites, CentralTeam team, Reachability reachability, Outbox outbox, Texts texts,
                      Formats formats, BotProperties properties) {
        this.invites = invites;
        this.team = team;
        this.reachability = reachability;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
        this.bot = properties.username() == null ? "" : properties.username().replaceFirst("^@", "");
    }

    @Override
    public List<String> names() {
        return List.of("undangtim", "inviteteam");
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
        if (!team.isAdmin(admin)) {
            outbox.send(message.chatId(), texts.html("team-invite.admins-only"));
            return;
        }
        boolean reachable = message.isPrivate()
                || team.hasStartedPrivately(admin) && reachability.of(admin).isEmpty();
        if (!reachable) {
            outbox.send(message.chatId(), texts.html("team-invite.start-first", message.from().displayName(), bot));
            return;
        }
        TeamInvites.Created created = invites.create(admin);
        String expires = formats.dateTime(created.expiresAt());
        outbox.send(admin, texts.html("team-invite.created", created.link(), expires));
        if (!message.isPrivate()) {
            outbox.send(message.chatId(), texts.html("team-invite.made", message.from().displayName(), expires));
        }
    }
}
