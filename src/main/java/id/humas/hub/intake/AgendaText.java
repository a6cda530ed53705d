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
    private static final Pattern PLACE_AFTER_DI = Pattern.compile("(?<![\\p{L}])(?:di|at)\\s+(.+)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

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
            int from = 0;
            while (from < line.length() && after.find(from)) {
                found = after.group(1);
                from = after.start(1);
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
            int from = 0;
            while (from < title.length() && after.find(from)) {
                last = after.start();
                from = after.start(1);
            }
            title = last < 0 ? title : title.substring(0, last);
        }
        return title.replaceAll("\\s+", " ").replaceAll("[\\s,.;:–-]+$", "").strip();
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
        String place = TIME.matcher(DateText.withoutDates(raw)).replaceAll(" ")
                .replaceAll("\\s+", " ")
                .replaceAll("^[\\s,.;:–-]+|[\\s,.;:–-]+$", "")
                .strip();
        if (place.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(place.length() > MAX_PLACE ? place.substring(0, MAX_PLACE).strip() : place);
    }

}
