package id.humas.hub.intake;

/** What an item is about. ISSUE items are urgent and reach the central team at once. */
public enum Category {
    ACTIVITY("A"), AGENDA("G"), RELEASE("R"), ISSUE("I");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    /** One letter, for callback data. */
    String code() {
        return code;
    }

    static java.util.Optional<Category> ofCode(String code) {
        return java.util.Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public String textKey() {
        return "category." + name().toLowerCase();
    }
}
