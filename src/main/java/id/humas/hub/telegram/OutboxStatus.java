package id.humas.hub.telegram;

/** Where an outbox row stands; only {@link OutboxMessages} writes it. */
enum OutboxStatus {
    /** Waiting to be sent. */
    PENDING,
    /** Telegram accepted it. */
    SENT,
    /** Listed in a combined message instead of being sent on its own (see {@link BurstCombiner}). */
    COMBINED,
    /** A combined row whose own messages were posted after all, as new rows. */
    OPENED,
    /** Sent together with other notices of its kind in one message. */
    COALESCED,
    /** An edit overtaken by a later edit of the same message before it went. */
    SUPERSEDED,
    /** Not to be sent (leaving the central group). */
    SKIPPED,
    /** Telegram refused it for good, or it could not be sent for a day. */
    FAILED
}
