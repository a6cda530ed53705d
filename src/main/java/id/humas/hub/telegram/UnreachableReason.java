package id.humas.hub.telegram;

import java.util.Locale;

/** Why Telegram refuses to deliver to a chat for good, read from its error description. */
public enum UnreachableReason {
    /** 403: the user blocked the bot. */
    BLOCKED,
    /** 403: the user never pressed Start, or the bot was removed from the group. */
    NOT_STARTED,
    /** 403: the user deleted their account. */
    DEACTIVATED,
    /** 400: chat not found. */
    NOT_FOUND;

    static UnreachableReason from(String description) {
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        if (text.contains("blocked")) {
            return BLOCKED;
        }
        if (text.contains("deactivated")) {
            return DEACTIVATED;
        }
        if (text.contains("not found")) {
            return NOT_FOUND;
        }
        return NOT_STARTED;
    }

    /** Whether Telegram's answer means the chat cannot be written to at all (as opposed to a bad request). */
    static boolean isUnreachable(int errorCode, String description) {
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        return errorCode == 403
                || errorCode == 400 && (text.contains("chat not found") || text.contains("user not found")
                || text.contains("peer_id_invalid"));
    }
}
