package id.humas.hub.intake;

/** When an activity item was written: before, during or after the activity. */
public enum Phase {
    PRE, DURING, POST;

    static java.util.Optional<Phase> ofName(String name) {
        return java.util.Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }

    public String textKey() {
        return "phase." + name().toLowerCase();
    }
}
