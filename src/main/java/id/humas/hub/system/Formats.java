package id.humas.hub.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.stereotype.Component;

/** Dates and times as users read them: in {@code bot.timezone}, in the bot's language. */
@Component
public class Formats {

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    Formats(BotProperties properties) {
        this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", properties.language())
                .withZone(properties.timezone());
        this.date = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", properties.language())
                .withZone(properties.timezone());
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(properties.language());
    }

    public String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    public String date(Instant instant) {
        return date.format(instant);
    }

    /** A calendar day (an agenda's), as {@link #date(Instant)} writes it. */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** A time of day (an agenda's): 09.00 in Indonesian, 9:00 AM in English. */
    public String time(LocalTime clockTime) {
        return time.format(clockTime);
    }
}
