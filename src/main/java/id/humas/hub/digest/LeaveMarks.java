package id.humas.hub.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Texts;
import org.springframework.stereotype.Component;

/** "cuti s.d. …" next to an officer who is on leave today, in the roster and the silent-agency list. */
@Component
class LeaveMarks {

    private final Texts texts;
    private final Formats formats;
    private final Clock clock;
    private final ZoneId zone;

    LeaveMarks(Texts texts, Formats formats, Clock clock, BotProperties properties) {
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
        this.zone = properties.timezone();
    }

    Optional<String> of(OfficerView officer) {
        return officer.leaveOn(LocalDate.now(clock.withZone(zone)))
                .map(until -> texts.html("leave.mark", formats.date(until.atStartOfDay(zone).toInstant())));
    }
}
