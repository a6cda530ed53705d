package id.humas.hub.telegram;

/**
 * Which waiting message goes first, and how much of a group's budget it may use: what the team is waiting for goes
 * first, and a lower priority leaves part of a group's minute free, so a notice or a digest never delays an isu.
 */
enum SendPriority {
    /** Urgent cards (isu) and what belongs to them. */
    URGENT,
    /** Answers to someone's own action: command replies, review confirmations, card edits. */
    ANSWER,
    /** Notices and reports to the team. */
    NOTICE,
    /** Digest parts. */
    DIGEST;

    /** How many of a group's {@code limit} messages a minute this priority may fill. */
    int groupShare(int limit) {
        return switch (this) {
            case URGENT -> limit;
            case ANSWER -> Math.max(1, limit - Math.max(1, limit / 10));
            case NOTICE, DIGEST -> Math.max(1, limit / 2);
        };
    }

    static SendPriority of(int ordinal) {
        SendPriority[] all = values();
        return ordinal >= 0 && ordinal < all.length ? all[ordinal] : ANSWER;
    }
}
