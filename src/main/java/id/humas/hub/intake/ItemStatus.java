package id.humas.hub.intake;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an item is in review. NEW → ACCEPTED | REVISION_REQUESTED | REJECTED | PUBLISHED (publishing implies
 * acceptance); ACCEPTED → PUBLISHED; REVISION_REQUESTED → NEW (the officer's new version) | REJECTED. REJECTED and
 * PUBLISHED are final.
 */
public enum ItemStatus {
    NEW, ACCEPTED, REVISION_REQUESTED, REJECTED, PUBLISHED;

    public String textKey() {
        return "status." + name().toLowerCase();
    }

    public boolean canBecome(ItemStatus next) {
        return next(this).contains(next);
    }

    private static Set<ItemStatus> next(ItemStatus status) {
        return switch (status) {
            case NEW -> EnumSet.of(ACCEPTED, REVISION_REQUESTED, REJECTED, PUBLISHED);
            case ACCEPTED -> EnumSet.of(PUBLISHED);
            case REVISION_REQUESTED -> EnumSet.of(NEW, REJECTED);
            case REJECTED, PUBLISHED -> EnumSet.noneOf(ItemStatus.class);
        };
    }
}
