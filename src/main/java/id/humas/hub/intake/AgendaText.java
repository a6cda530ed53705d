package id.humas.hub.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("pebruari", 2),
            Map.entry("maret", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("agustus", 8), Map.entry("august", 8), Map.entry("agu", 8), Map.entry("agt", 8),
            Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nopember", 11), Map.entry("nov", 11),
            Map.entry("desember", 12), Map.entry("december", 12), Map.entry("des", 12), Map.entry("dec", 12));

    private static final String NOT_A_NUMBER_BEFORE = "(?<![\\d.:/-])";
    private static final String NOT_A_NUMBER_AFTER = "(?![\\d:/-]|\\.\\d)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            NOT_A_NUMBER_BEFORE + "(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})" + NOT_A_NUMBER_AFTER);
    private static final Pattern ISO = Pattern.compile(
            NOT_A_NUMBER_BEFORE + "(\\d{4})-(\\d{1,2})-(\\d{1,2})" + NOT_A_NUMBER_AFTER);
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            NOT_A_NUMBER_BEFORE + "(\\d{1,2})\\s+([\\p{L}]{3,9})\\.?(?:\\s+(\\d{4}))?(?![\\p{L}\\d])",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<![\\p{L}])(hari ini|today|besok|tomorrow|lusa)(?![\\p{L}])",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
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
        return new Parsed(date(body, today).orElse(null), time(body).orElse(null), place(body).orElse(null));
    }

    /** The first date the text names; an impossible one (31-02-2031) is no date. */
    static Optional<LocalDate> date(String text, LocalDate today) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.find()) {
            return of(Integer.parseInt(dmy.group(4)), Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(1)));
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        Matcher named = DAY_MONTH_NAME.matcher(text);
        while (named.find()) {
            Integer month = MONTHS.get(named.group(2).toLowerCase(Locale.ROOT));
            if (month == null) {
                continue;
            }
            int day = Integer.parseInt(named.group(1));
            if (named.group(3) != null) {
                return of(Integer.parseInt(named.group(3)), month, day);
            }
            Optional<LocalDate> thisYear = of(today.getYear(), month, day);
            return thisYear.map(date -> date.isBefore(today) ? date.plusYears(1) : date);
        }
        Matcher relative = RELATIVE.matcher(text);
        if (relative.find()) {
            return Optional.of(switch (relative.group(1).toLowerCase(Locale.ROOT)) {
                case "besok", "tomorrow" -> today.plusDays(1);
                case "lusa" -> today.plusDays(2);
                default -> today;
            });
        }
        return Optional.empty();
    }

    static Optional<LocalTime> time(String text) {
        Matcher time = TIME.matcher(stripDates(text));
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
        String title = TIME.matcher(stripDates(text == null ? "" : text)).replaceAll(" ");
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
        String place = TIME.matcher(stripDates(raw)).replaceAll(" ")
                .replaceAll("\\s+", " ")
                .replaceAll("^[\\s,.;:–-]+|[\\s,.;:–-]+$", "")
                .strip();
        if (place.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(place.length() > MAX_PLACE ? place.substring(0, MAX_PLACE).strip() : place);
    }

    private static String stripDates(String text) {
        String without = DAY_MONTH_YEAR.matcher(text).replaceAll(" ");
        without = ISO.matcher(without).replaceAll(" ");
        Matcher named = DAY_MONTH_NAME.matcher(without);
        StringBuilder kept = new StringBuilder();
        while (named.find()) {
            boolean month = MONTHS.containsKey(named.group(2).toLowerCase(Locale.ROOT));
            named.appendReplacement(kept, month ? " " : Matcher.quoteReplacement(named.group()));
        }
        named.appendTail(kept);
        return RELATIVE.matcher(kept).replaceAll(" ");
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
