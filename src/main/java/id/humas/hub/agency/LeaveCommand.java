package id.humas.hub.agency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.DateText;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.GroupNotice;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /cuti DATE}: the officer is away up to and including DATE and gets no reminders meanwhile; {@code /cuti
 * selesai} ends the leave early; {@code /cuti} alone shows the state. The central group is told when a leave starts.
 */
@Component
class LeaveCommand implements CommandHandler {

    static final int MAX_DAYS_AHEAD = 90;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final Set<String> END_WORDS = Set.of("selesai", "batal", "end", "cancel", "done");

    private final OfficerRepository officers;
    private final Officers directory;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;
    private final Clock clock;
    private final ZoneId zone;

    LeaveCommand(OfficerRepository officers, Officers directory, CentralTeam team, Outbox outbox, Texts texts,
                 Formats formats, Clock clock, BotProperties properties) {
        this.officers = officers;
        this.directory = directory;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
        this.zone = properties.timezone();
    }

    @Override
    public List<String> names() {
        return List.of("cuti", "leave");
    }

    @Override
    public Audience audience() {
        return Audience.OFFICER;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage message, String arguments) {
        Optional<Officer> found = officers.findByUserIdAndStatus(message.from().userId(), OfficerStatus.ACTIVE);
        if (found.isEmpty()) {
            outbox.send(message.chatId(), texts.html("start.not-registered"));
            return;
        }
        Officer officer = found.get();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String argument = arguments.strip();
        if (argument.isEmpty()) {
            showState(message.chatId(), officer, today);
        } else if (END_WORDS.contains(argument.toLowerCase(Locale.ROOT))) {
            endLeave(message.chatId(), officer, today);
        } else {
            takeLeave(message.chatId(), officer, argument, today);
        }
    }

    private void showState(long chatId, Officer officer, LocalDate today) {
        String state = current(officer).leaveOn(today)
                .map(until -> texts.html("leave.state-on", day(until)))
                .orElseGet(() -> texts.html("leave.state-off"));
        outbox.send(chatId, state + "\n\n" + usage(today));
    }

    private void endLeave(long chatId, Officer officer, LocalDate today) {
        if (current(officer).leaveOn(today).isEmpty()) {
            outbox.send(chatId, texts.html("leave.not-on-leave"));
            return;
        }
        officer.endLeave();
        officers.save(officer);
        outbox.send(chatId, texts.html("leave.ended"));
    }

    private void takeLeave(long chatId, Officer officer, String argument, LocalDate today) {
        Optional<LocalDate> parsed = DateText.date(argument, today);
        if (parsed.isEmpty()) {
            outbox.send(chatId, texts.html("leave.unparsable", argument) + "\n\n" + usage(today));
            return;
        }
        LocalDate until = parsed.get();
        if (until.isBefore(today)) {
            outbox.send(chatId, texts.html("leave.past", day(until)) + "\n\n" + usage(today));
            return;
        }
        LocalDate latest = today.plusDays(MAX_DAYS_AHEAD);
        if (until.isAfter(latest)) {
            outbox.send(chatId, texts.html("leave.too-far", String.valueOf(MAX_DAYS_AHEAD), day(latest))
                    + "\n\n" + usage(today));
            return;
        }
        officer.takeLeave(until);
        officers.save(officer);
        outbox.send(chatId, texts.html("leave.confirmed", day(until), day(until.plusDays(1))));
        OfficerView view = current(officer);
        outbox.notice(team.chatId(), GroupNotice.LEAVE, texts.html("team.officer-on-leave", view.displayName(),
                view.agencyName(), day(until)));
    }

    private OfficerView current(Officer officer) {
        return directory.view(officer);
    }

    private String usage(LocalDate today) {
        return texts.html("leave.usage", TYPED.format(today.plusDays(7)));
    }

    private String day(LocalDate day) {
        return formats.date(day.atStartOfDay(zone).toInstant());
    }
}
