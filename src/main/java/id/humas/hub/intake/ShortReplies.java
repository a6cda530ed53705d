package id.humas.hub.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rule for short replies that are not reports: a text of at most {@value #MAX_WORDS} words, each a word of thanks
 * or assent ("terima kasih", "siap", "baik", "oke", "noted"…) or a form of address ("pak", "bu"), at least one of
 * them thanks or assent; or a text of only emoji and punctuation ("👍", "🙏"). It starts no draft and joins none.
 */
final class ShortReplies {

    static final int MAX_WORDS = 6;

    private static final Set<String> ASSENT = Set.of("terima", "kasih", "makasih", "trims", "trimakasih",
            "terimakasih", "tks", "thx", "tq", "thanks", "thank", "siap", "baik", "ok", "oke", "okay", "okey", "noted",
            "sip", "mantap", "laksanakan", "dimengerti", "dipahami", "setuju", "iya", "ya", "insyaallah");
    private static final Set<String> ADDRESS = Set.of("pak", "bu", "bapak", "ibu", "kak", "mas", "mbak", "min",
            "admin", "banyak", "you", "much", "very", "tim", "humas", "sudah", "dan", "atas", "infonya", "informasinya");

    private ShortReplies() {
    }

    static boolean isAcknowledgement(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > 80) {
            return false;
        }
        List<String> words = Arrays.stream(stripped.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty()) {
            return true; // only emoji and punctuation
        }
        return words.size() <= MAX_WORDS
                && words.stream().allMatch(word -> ASSENT.contains(word) || ADDRESS.contains(word))
                && words.stream().anyMatch(ASSENT::contains);
    }
}
