package id.humas.hub.agency;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Finds an agency by the name a team member typed: the exact name, ignoring case and extra spaces; otherwise the
 * names that look like it (a typo, a part of the name), closest first, so that the reply can ask "did you mean".
 */
@Component
class AgencyNames {

    private static final int MAX_SUGGESTIONS = 5;

    private final AgencyRepository agencies;

    AgencyNames(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    Optional<Agency> find(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : agencies.findByNameKey(Agency.keyOf(typed));
    }

    /** Names close to {@code typed}, closest first, agencies merged into another left out. */
    List<String> suggestions(String typed) {
        String key = Agency.keyOf(typed == null ? "" : typed);
        if (key.isEmpty()) {
            return List.of();
        }
        int allowed = Math.max(2, key.length() / 4);
        return agencies.findAllByOrderByNameAsc().stream()
                .filter(agency -> agency.mergedInto() == null)
                .filter(agency -> agency.nameKey().contains(key) || key.contains(agency.nameKey())
                        || distance(agency.nameKey(), key) <= allowed || sharesWord(agency.nameKey(), key))
                .sorted(Comparator.comparingInt((Agency agency) -> distance(agency.nameKey(), key))
                        .thenComparing(Agency::name))
                .limit(MAX_SUGGESTIONS)
                .map(Agency::name)
                .toList();
    }

    /** A distinctive word (not "dinas", "badan" ...: five letters or more, and not the first word) in both. */
    private static boolean sharesWord(String name, String typed) {
        List<String> words = List.of(typed.split(" "));
        List<String> nameWords = List.of(name.split(" "));
        return words.stream().skip(words.size() > 1 ? 1 : 0).filter(word -> word.length() >= 5)
                .anyMatch(nameWords::contains);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
