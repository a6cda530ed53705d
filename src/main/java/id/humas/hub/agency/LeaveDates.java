package id.humas.hub.agency;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** The dates an officer may write after /cuti: 15-12-2031, 15/12/2031, 2031-12-15 (day and month may be 1 digit). */
final class LeaveDates {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

    private LeaveDates() {
    }

    static Optional<LocalDate> parse(String text) {
        String candidate = text.strip();
        for (DateTimeFormatter format : ACCEPTED) {
            try {
                return Optional.of(LocalDate.parse(candidate, format));
            } catch (DateTimeException notThisOne) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
