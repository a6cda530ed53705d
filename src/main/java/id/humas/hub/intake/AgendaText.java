package id.humas.hub.intake;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.humas.hub.system.DateText;

/**
 * Reads the date, time and place of an agenda out of what an officer wrote: {@code 12-06-2031}, {@code 12/6/2031},
 * {@code 2031-06-12}, {@code 12 Juni 2031} (Indonesian or English month names, the year may be left out),
 * {@code besok}, {@code lusa}; {@code 09.00} or {@code 09:00}; the place after {@code " di "} or {@code tempat:}.
 */
final class AgendaText {

    /** What the text says; a part it does not say is null. */
    record Parsed(LocalDate date, LocalTime time, String place) {

        boolean complete() {
            return date != null && time != null && place != null && !place.isBlank();
        }
    }

    private static final int MAX_PLACE = 200;

    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d.:/-])(?:(?:pukul|jam|pkl\\.?|at)\\s*)?([01]?\\d|2[0-3])[.:]([0-5]\\d)(?![\\d.:/-])"
                    + "(?:\\s*(?:WIB|WITA|WIT)(?![\\p{L}]))?",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_LABEL = Pattern.compile("(?:tempat|lokasi|place)\\s*:\\s*(.+)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** The marker alone, so that finding the last of many is one pass (no ".+" re-read after each). */
    private static final Pattern PLACE_AFTER_DI = Pattern.compile("(?<![\\p{L}])(?:di|at)\\s+(?=\\S)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final String SEPARATORS = ",.;:–-";

    private AgendaText() {
    }

    static Parsed parse(String text, LocalDate today) {
        String body = text == null ? "" : text;
        return new Parsed(DateText.date(body, today).orElse(null), time(body).orElse(null), place(body).orElse(null));
    }

    static Optional<LocalTime> time(String text) {
        Matcher time = TIME.matcher(DateText.withoutDates(text));
        return time.find()
                ? Optional.of(LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2))))
                : Optional.empty();
    }

    /** The place after "tempat:" (or "lokasi:"), else after the last " di ", without dates and times. */
    static Optional<String> place(String text) {
        for (String line : text.split("\\R")) {
            Matcher labelled = PLACE_LABEL.matcher(line);
            if (labelled.find()) {
                return cleanPlace(labelled.group(1));
            }
        }
        String found = null;
        for (String line : text.split("\\R")) {
            Matcher after = PLACE_AFTER_DI.matcher(line);
            int start = -1;
            while (after.find()) {
                start = after.end();
            }
            if (start >= 0) {
                found = line.substring(start);
            }
        }
        return found == null ? Optional.empty() : cleanPlace(found);
    }

    /** The text without the date, time and place it names: what the agenda is, for lists. */
    static String title(String text) {
        String title = TIME.matcher(DateText.withoutDates(text == null ? "" : text)).replaceAll(" ");
        Matcher labelled = PLACE_LABEL.matcher(title);
        if (labelled.find()) {
            title = title.substring(0, labelled.start());
        } else {
            Matcher after = PLACE_AFTER_DI.matcher(title);
            int last = -1;
            while (after.find()) {
                last = after.start();
            }
            title = last < 0 ? title : title.substring(0, last);
        }
        return trim(title.replaceAll("\\s+", " "), false);
    }

    /** An answer to "where?": the place, with or without "di" / "tempat:" in front. */
    static Optional<String> placeAnswer(String text) {
        String answer = text == null ? "" : text.strip();
        Optional<String> marked = place(answer);
        return marked.isPresent() && startsWithMarker(answer) ? marked : cleanPlace(answer);
    }

    private static boolean startsWithMarker(String answer) {
        return answer.regionMatches(true, 0, "di ", 0, 3) || PLACE_LABEL.matcher(answer).lookingAt();
    }

    private static Optional<String> cleanPlace(String raw) {
        String place = trim(TIME.matcher(DateText.withoutDates(raw)).replaceAll(" ").replaceAll("\\s+", " "),
                true);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(place.length() > MAX_PLACE ? place.substring(0, MAX_PLACE).strip() : place);
    }

    /**
     * Without spaces and separators at the end (and at the start when {@code bothEnds}); by hand, because a regex
     * anchored at the end ("[,.]+$") is tried from every position of a long run of separators: quadratic.
     */
    private static String trim(String text, boolean bothEnds) {
        int end = text.length();
        while (end > 0 && isSeparator(text.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (bothEnds && start < end && isSeparator(text.charAt(start))) {
            start++;
        }
        return text.substring(start, end);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0;
    }
}
