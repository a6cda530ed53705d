package id.humas.hub.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.humas.hub.agency.AgencyZones;
import id.humas.hub.agency.OfficerView;
import id.humas.hub.agency.Officers;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import id.humas.hub.system.WorkingDays;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the officer of every agency that has sent nothing for {@code bot.reminder.silent-days} working days.
 * Silence counts from the agency's last item, or from when its officer registered when that is later (a successor
 * is not reminded for the predecessor's silence); after a reminder, from the reminder's day, so nobody is nagged
 * every morning. Officers on leave are skipped. An officer the bot cannot reach is left to the outbox. Each agency is
 * reminded in its own zone's morning, its days counted in its zone.
 */
@Service
class Reminders {

    private final Officers officers;
    private final DigestEntryRepository entries;
    private final ReminderSentRepository sent;
    private final WorkingDays workingDays;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;
    private final Clock clock;
    private final AgencyZones zones;
    private final int silentDays;

    Reminders(Officers officers, DigestEntryRepository entries, ReminderSentRepository sent, WorkingDays workingDays,
              Outbox outbox, Texts texts, Formats formats, Clock clock, AgencyZones zones, BotProperties properties) {
        this.officers = officers;
        this.entries = entries;
        this.sent = sent;
        this.workingDays = workingDays;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
        this.zones = zones;
        this.silentDays = Math.max(1, properties.reminder().silentDays());
    }

    /** Reminds the silent agencies that work in {@code zone}, where it is {@code today}. */
    @Transactional
    void remindSilentAgencies(LocalDate today, ZoneId zone) {
        if (!workingDays.isWorkingDay(today)) {
            return;
        }
        Map<Long, ZoneId> agencyZones = zones.all();
        Map<Long, Instant> lastItem = entries.lastItemPerAgency().stream()
                .collect(Collectors.toMap(DigestEntryRepository.LastItem::getAgencyId,
                        DigestEntryRepository.LastItem::getLastAt));
        Map<Long, ReminderSent> reminded = sent.findAll().stream()
                .collect(Collectors.toMap(ReminderSent::agencyId, Function.identity()));
        Instant now = clock.instant();
        for (OfficerView officer : officers.active()) {
            if (!zone.equals(agencyZones.get(officer.agencyId())) || officer.leaveOn(today).isPresent()) {
                continue;
            }
            Optional<Instant> last = Optional.ofNullable(lastItem.get(officer.agencyId()));
            LocalDate silentSince = last.filter(at -> at.isAfter(officer.registeredAt()))
                    .orElse(officer.registeredAt()).atZone(zone).toLocalDate();
            LocalDate countFrom = Optional.ofNullable(reminded.get(officer.agencyId()))
                    .map(ReminderSent::sentOn)
                    .filter(day -> day.isAfter(silentSince))
                    .orElse(silentSince);
            if (workingDays.between(countFrom, today) < silentDays) {
                continue;
            }
            remind(officer, workingDays.between(silentSince, today), last);
            ReminderSent record = reminded.getOrDefault(officer.agencyId(), new ReminderSent(officer.agencyId()));
            record.sent(officer.officerId(), today, now);
            sent.save(record);
        }
    }

    private void remind(OfficerView officer, int days, Optional<Instant> lastItem) {
        String since = lastItem.map(at -> texts.html("reminder.last-item", formats.dateTime(at)))
                .orElseGet(() -> texts.html("reminder.no-item", formats.dateTime(officer.registeredAt())));
        outbox.send(officer.chatId(), texts.html("reminder.text", officer.displayName(),
                officer.agencyName(), String.valueOf(days), Markup.trusted(since)));
    }
}
