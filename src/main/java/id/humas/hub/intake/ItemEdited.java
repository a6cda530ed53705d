package id.humas.hub.intake;

import java.time.Instant;

/**
 * An officer changed the text of an item still under review by editing the message it came from. Carries what a
 * listener needs even if it has not seen the item's {@link ItemSubmitted} yet.
 */
public record ItemEdited(long itemId, long agencyId, String agencyName, long officerUserId, String officerName,
                         String officerUsername, Category category, Phase phase, String text, String previousText,
                         int mediaCount, Instant submittedAt, Instant editedAt) {

    public boolean urgent() {
        return category == Category.ISSUE;
    }
}
