package id.humas.hub.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits HTML text into pieces Telegram accepts. Cuts fall on line breaks where possible, then on spaces, and
 * never inside a tag or an entity, so each piece stays valid on its own as long as tags do not span lines.
 */
final class TextChunks {

    private TextChunks() {
    }

    static List<String> split(String html, int limit) {
        List<String> chunks = new ArrayList<>();
        String rest = html;
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            chunks.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isBlank() || chunks.isEmpty()) {
            chunks.add(rest);
        }
        return chunks;
    }

    private static int cutPoint(String text, int limit) {
        int newline = text.lastIndexOf('\n', limit);
        if (newline > limit / 2) {
            return newline + 1;
        }
        int space = text.lastIndexOf(' ', limit);
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
}
