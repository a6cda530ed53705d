package id.humas.hub.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as users type them: 12-06-2031, 12/6/2031, 12.06.2031, 2031-06-12, "12 Juni 2031" (Indonesian or English
 * month names; without a year, the next such day), hari ini, besok, lusa.
 */
public final class DateText {

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
    private DateText() {
    }

    /** The first date the text names; an impossible one (31-02-2031) is no date. */
    public static Optional<LocalDate> date(String text, LocalDate today) {
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

    /** The text with every date it names blanked out, so that the rest can be read for other things. */
    public static String withoutDates(String text) {
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
