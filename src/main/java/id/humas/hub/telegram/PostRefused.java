package id.humas.hub.telegram;

/**
 * Telegram refused the first message of a {@link Outbox#post post} for good (e.g. the bot may no longer post in the
 * channel), or it could not be delivered within a day.
 *
 * @param ref   the ref the post was written under (as given to {@link Outbox#post})
 * @param error Telegram's answer, for the log and the team
 */
public record PostRefused(String ref, long chatId, String error) {
}
