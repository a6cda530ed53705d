package id.humas.hub.review;

import java.util.Arrays;
import java.util.Optional;

/** The review buttons under an item in the central group, in the order they are shown. */
enum ReviewAction {
    ACCEPT("a"), REQUEST_REVISION("r"), REJECT("x"), PUBLISHED("p");

    private final String code;

    ReviewAction(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    String labelKey() {
        return "review.button." + name().toLowerCase().replace('_', '-');
    }

    static Optional<ReviewAction> ofCode(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
