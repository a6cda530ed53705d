package id.humas.hub.intake;

import java.time.Instant;

/**
 * An officer answered the bot privately with a reply to one of its messages, or with a short acknowledgement such
 * as "terima kasih" or "siap" (which is not a report).
 *
 * @param replyToMessageId the bot's message replied to, or null
 * @param acknowledgement  whether the text is only an acknowledgement
 */
public record OfficerReplied(long officerUserId, long agencyId, long chatId, Integer replyToMessageId,
                             boolean acknowledgement, Instant at) {
}
