package id.humas.hub.telegram;

/**
 * A kind of notice to the team's group. Notices of one kind that wait for the group together go as one message
 * ({@link Outbox#notice}), after urgent cards and answers.
 */
public enum GroupNotice {
    /** An officer registered, or an agency's officer changed. */
    NEW_OFFICERS,
    /** An officer can no longer be reached. */
    UNREACHABLE_OFFICERS,
    /** An officer went on leave. */
    LEAVE,
    /** Anything else the team is told without having asked: sent on its own, after answers. */
    REPORT
}
