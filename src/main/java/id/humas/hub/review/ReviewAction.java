package id.humas.hub.review;

import java.util.Arrays;
import java.util.Optional;

import id.humas.hub.intake.ItemStatus;

/** The review buttons under an item in the central group, in the order they are shown, and what each leads to. */
enum ReviewAction {
    ACCEPT("a", ItemStatus.ACCEPTED, false),
    REQUEST_REVISION("r", ItemStatus.REVISION_REQUESTED, true),
    REJECT("x", ItemStatus.REJECTED, true),
    PUBLISHED("p", ItemStatus.PUBLISHED, true);

    private final String code;
    private final ItemStatus target;
    private final boolean asks;

    ReviewAction(String code, ItemStatus target, boolean asks) {
        this.code = code;
        this.target = target;
        this.asks = asks;
    }

    String code() {
        return code;
    }

    ItemStatus target() {
        return target;
    }

    /** Whether the reviewer is asked something first (a reason, the published link) by forced reply. */
    boolean asks() {
        return asks;
    }

    String labelKey() {
        return "review.button." + key();
    }

    /** Message keys of this action: review.&lt;what&gt;.&lt;key&gt;. */
    String key() {
        return name().toLowerCase().replace('_', '-');
    }

    static Optional<ReviewAction> ofCode(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }

    static Optional<ReviewAction> leadingTo(ItemStatus status) {
        return Arrays.stream(values()).filter(action -> action.target == status).findFirst();
    }
}
