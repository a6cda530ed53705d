package id.humas.hub.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits HTML text into pieces Telegram accepts. Cuts fall on line breaks where possible, then on spaces, and
 * never inside a tag or an entity. An element open at a cut (a long {@code <code>} or {@code <b>}) is closed at
 * the end of its piece and opened again at the start of the next, so each piece is valid on its own.
 */
final class TextChunks {

    private TextChunks() {
    }

    static List<String> split(String html, int limit) {
        List<String> chunks = new ArrayList<>();
        String rest = html;
        while (rest.length() > limit) {
            int room = limit;
            int cut;
            List<String> open;
            String closing;
            do {
                cut = cutPoint(rest, room);
                open = openTags(rest.substring(0, cut));
                closing = closers(open);
                // Strictly smaller each round, so the search ends even when the same cut keeps coming back.
                room = Math.min(room - 1, limit - closing.length());
            } while (cut + closing.length() > limit && room > limit / 2);
            chunks.add(rest.substring(0, cut).stripTrailing() + closing);
            rest = String.join("", open) + rest.substring(cut).stripLeading();
        }
        if (!rest.isBlank() || chunks.isEmpty()) {
            chunks.add(rest);
        }
        return chunks;
    }

    /** A cut at most {@code limit} characters in: a line break or a space found there is left for the next piece. */
    private static int cutPoint(String text, int limit) {
        int newline = text.lastIndexOf('\n', limit - 1);
        if (newline > limit / 2) {
            return newline + 1;
        }
        int space = text.lastIndexOf(' ', limit - 1);
        int cut = space > limit / 2 ? space + 1 : limit;
        int tagStart = text.lastIndexOf('<', cut - 1);
        if (tagStart >= 0 && text.indexOf('>', tagStart) >= cut) {
            cut = tagStart;
        }
        int entityStart = text.lastIndexOf('&', cut - 1);
        if (entityStart >= 0 && cut - entityStart <= 10 && text.indexOf(';', entityStart) >= cut) {
            cut = entityStart;
        }
        if (cut > 1 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--; // an emoji stays whole
        }
        return cut;
    }

    /** The opening tags of the elements still open at the end of {@code html}, outermost first. */
    private static List<String> openTags(String html) {
        List<String> open = new ArrayList<>();
        int at = html.indexOf('<');
        while (at >= 0) {
            int end = html.indexOf('>', at);
            if (end < 0) {
                break;
            }
            String tag = html.substring(at, end + 1);
            if (tag.startsWith("</")) {
                String name = name(tag);
                for (int i = open.size() - 1; i >= 0; i--) {
                    if (name(open.get(i)).equals(name)) {
                        open.remove(i);
                        break;
                    }
                }
            } else if (!tag.endsWith("/>")) {
                open.add(tag);
            }
            at = html.indexOf('<', end);
        }
        return open;
    }

    private static String closers(List<String> open) {
        StringBuilder closing = new StringBuilder();
        for (int i = open.size() - 1; i >= 0; i--) {
            closing.append("</").append(name(open.get(i))).append('>');
        }
        return closing.toString();
    }

    private static String name(String tag) {
        int from = tag.startsWith("</") ? 2 : 1;
        int to = from;
        while (to < tag.length() && tag.charAt(to) != '>' && tag.charAt(to) != '/'
                && !Character.isWhitespace(tag.charAt(to))) {
            to++;
        }
        return tag.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    }
}
