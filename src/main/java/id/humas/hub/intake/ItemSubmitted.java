package id.humas.hub.intake;

import java.time.Instant;
import java.util.List;

import id.humas.hub.telegram.MediaRef;

/** An officer's item has been received and numbered. */
public record ItemSubmitted(long itemId, long agencyId, String agencyName, long officerUserId, String officerName,
                            String officerUsername, Category category, Phase phase, String text, List<MediaRef> media,
                            Instant submittedAt) {

    public boolean urgent() {
        return category == Category.ISSUE;
    }
}
