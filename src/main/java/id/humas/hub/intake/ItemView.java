package id.humas.hub.intake;

import java.time.Instant;
import java.util.List;

import id.humas.hub.telegram.MediaRef;

/**
 * An item as the other modules see it.
 *
 * @param versionAt when the current version (a revision) arrived; null for the first version
 * @param editedAt  when the officer last edited the current version's message; null if never
 * @param versions  the versions revisions replaced, oldest first
 */
public record ItemView(long id, long agencyId, long officerUserId, Category category, Phase phase, String text,
                       List<MediaRef> media, ItemStatus status, int version, Instant submittedAt, Instant versionAt,
                       Instant editedAt, List<Version> versions) {

    public ItemView {
        media = List.copyOf(media);
        versions = List.copyOf(versions);
    }

    public boolean urgent() {
        return category == Category.ISSUE;
    }

    public record Version(int number, String text, int mediaCount, Instant at) {
    }
}
