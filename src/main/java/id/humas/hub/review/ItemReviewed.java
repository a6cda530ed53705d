package id.humas.hub.review;

import java.time.Instant;

import id.humas.hub.intake.Category;
import id.humas.hub.intake.ItemStatus;

/**
 * A central-team member acted on an item (accepted, asked for a revision, rejected, marked published).
 *
 * @param from the item's state before the action
 * @param to   its state after
 * @param note the reason or the published link the reviewer gave; null when none
 */
public record ItemReviewed(long itemId, long agencyId, Category category, ItemStatus from, ItemStatus to,
                           long actorUserId, String actorName, String note, Instant at) {
}
