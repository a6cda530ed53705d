package id.humas.hub.system;

/** A one-line start of a text, for lists where the whole text would not fit. */
public final class Excerpt {

    private Excerpt() {
    }

    /**
     * The text on one line, cut to at most {@code max} characters plus "…" when it is longer; never splits a
     * character (an emoji) in two.
     */
    public static String of(String text, int max) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= max) {
            return oneLine;
        }
        int cut = Character.isHighSurrogate(oneLine.charAt(max - 1)) ? max - 1 : max;
        return oneLine.substring(0, cut).stripTrailing() + "…";
    }
}
