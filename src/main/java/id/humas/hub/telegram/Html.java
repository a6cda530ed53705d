package id.humas.hub.telegram;

import id.humas.hub.system.Markup;

/**
 * Telegram's HTML parse mode rejects a whole message over one stray {@code <} or {@code &}, so every value that
 * did not come from our own bundles goes through {@link #escape} before it is put into a message.
 */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        return Markup.escape(text);
    }

    /**
     * The longest start of {@code text} whose escaped form has at most {@code maxEscaped} characters. It never
     * splits a character in two, and ends after a line break or a space when there is one in its second half.
     */
    public static String prefixFitting(String text, int maxEscaped) {
        int escapedLength = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int width = escapedWidth(codePoint);
            if (escapedLength + width > maxEscaped) {
                break;
            }
            escapedLength += width;
            end += Character.charCount(codePoint);
        }
        if (end == text.length()) {
            return text;
        }
        int lineBreak = text.lastIndexOf('\n', end - 1);
        int space = text.lastIndexOf(' ', end - 1);
        int wordEnd = Math.max(lineBreak, space);
        return wordEnd >= end / 2 ? text.substring(0, wordEnd + 1) : text.substring(0, end);
    }

    private static int escapedWidth(int codePoint) {
        return switch (codePoint) {
            case '<', '>' -> 4;
            case '&' -> 5;
            case '"' -> 6;
            default -> Character.charCount(codePoint);
        };
    }
}
