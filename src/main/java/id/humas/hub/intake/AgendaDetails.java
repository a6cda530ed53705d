package id.humas.hub.intake;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What other modules show of an item beyond its text: an agenda's day, time and place, or the agenda an activity
 * covers ({@code coverageOf}); the parts that do not apply are null.
 */
public record AgendaDetails(long itemId, LocalDate date, LocalTime time, String place, Long coverageOf) {
}
