package id.humas.hub.system;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Dates and times as users read them: in {@code bot.timezone}, in the bot's language. */
@Component
public class Formats {

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    Formats(BotProperties properties) {
        this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", properties.language())
                .withZone(properties.timezone());
        this.date = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", properties.language())
                .withZone(properties.timezone());
    }

    public String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    public String date(Instant instant) {
        return date.format(instant);
    }
}
