package id.humas.hub.agency;

import java.util.List;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * {@code /start CODE}: what Telegram sends when someone opens an invite link. A central-team member's /start is
 * noted: from then on the bot writes to them privately where it can (invite links, review questions).
 */
@Component
class StartCommand implements CommandHandler {

    private final Registration registration;
    private final TeamInvites teamInvites;
    private final Officers officers;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;

    StartCommand(Registration registration, TeamInvites teamInvites, Officers officers, CentralTeam team, Outbox outbox,
                 Texts texts) {
        this.registration = registration;
        this.teamInvites = teamInvites;
        this.officers = officers;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("start");
    }

    @Override
    public Audience audience() {
        return Audience.ANYONE;
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public void handle(IncomingMessage message, String code) {
        if (!message.isPrivate()) {
            return;
        }
        boolean member = team.isMember(message.from().userId());
        if (member) {
            team.startedPrivately(message.from().userId());
        }
        if (TeamInvites.isTeamCode(code)) {
            joinTeam(message, code);
        } else if (!code.isEmpty()) {
            redeem(message, code);
        } else if (member) {
            outbox.send(message.chatId(), texts.html("start.team"));
        } else {
            outbox.send(message.chatId(), officers.activeByUser(message.from().userId())
                    .map(officer -> texts.html("start.already", officer.agencyName()))
                    .orElseGet(() -> texts.html("start.not-registered")));
        }
    }

    /** A team invite: the new member is welcomed privately and the group is told who joined. */
    private void joinTeam(IncomingMessage message, String code) {
        TeamInvites.Redeemed redeemed = teamInvites.redeem(code, message.from());
        String key = "team-invite.start." + redeemed.result().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        outbox.send(message.chatId(), texts.html(key, message.from().displayName(),
                redeemed.agency() == null ? "" : redeemed.agency()));
        if (redeemed.result() == TeamInvites.Joined.JOINED) {
            outbox.send(team.chatId(), texts.html("team-invite.joined-group", message.from().displayName()));
        }
    }

    private void redeem(IncomingMessage message, String code) {
        try {
            registration.redeem(code, message.from(), message.chatId());
        } catch (InviteRefused refused) {
            outbox.send(message.chatId(), texts.html("start.refused." + refused.reason().name().toLowerCase()));
        }
    }
}
