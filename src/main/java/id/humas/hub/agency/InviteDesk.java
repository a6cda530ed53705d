package id.humas.hub.agency;

import id.humas.hub.telegram.Sender;
import org.springframework.stereotype.Component;

/**
 * Invites made on the web dashboard: the same as {@code /undang NAME} — the agency is created if new, and the
 * one-time link goes to the team member who asked, in their private chat with the bot.
 */
@Component
public class InviteDesk {

    private final Registration registration;

    InviteDesk(Registration registration) {
        this.registration = registration;
    }

    public enum Result {
        SENT, NAME_MISSING, NAME_TOO_LONG
    }

    public Result invite(String agencyName, long teamMemberUserId) {
        String name = Agency.tidy(agencyName == null ? "" : agencyName);
        if (name.isEmpty()) {
            return Result.NAME_MISSING;
        }
        if (name.length() > Agency.MAX_NAME || name.contains("\n")) {
            return Result.NAME_TOO_LONG;
        }
        registration.invite(name, new Sender(teamMemberUserId, null, null, null), teamMemberUserId, true);
        return Result.SENT;
    }
}
