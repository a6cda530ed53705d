package id.humas.hub.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.humas.hub.agency.AgencyZones;
import id.humas.hub.agency.OfficerView;
import id.humas.hub.agency.Officers;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Texts;
import id.humas.hub.system.WorkingDays;
import id.humas.hub.telegram.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The reminder job's decisions: which agency is reminded on which day (3 silent working days). */
class RemindersTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final long CHAT = 4242;
    private static final long AGENCY = 7;

    private final Officers officers = mock(Officers.class);
    private final DigestEntryRepository entries = mock(DigestEntryRepository.class);
    private final ReminderSentRepository sent = mock(ReminderSentRepository.class);
    private final Outbox outbox = mock(Outbox.class);
    private final Texts texts = mock(Texts.class, call -> Arrays.toString(call.getArguments()));
    private final Formats formats = mock(Formats.class, call -> "when");
    private final BotProperties properties = mock(BotProperties.class);
    private final AgencyZones zones = mock(AgencyZones.class);

    @BeforeEach
    void settings() {
        when(properties.timezone()).thenReturn(WIB);
        when(properties.reminder()).thenReturn(new BotProperties.Reminder(3, "0 0 9 * * *"));
        when(properties.holidays()).thenReturn(List.of(LocalDate.of(2031, 12, 25), LocalDate.of(2031, 12, 26)));
        when(entries.lastItemPerAgency()).thenReturn(List.of());
        when(sent.findAll()).thenReturn(List.of());
        when(zones.all()).thenReturn(Map.of(AGENCY, WIB));
    }

    @Test
    void anAgencyInWitaIsRemindedByTheRunForWitaOnly() {
        officerRegisteredOn(LocalDate.of(2031, 12, 1), null);
        when(zones.all()).thenReturn(Map.of(AGENCY, ZoneId.of("Asia/Makassar")));

        reminders(LocalDate.of(2031, 12, 4)).remindSilentAgencies(LocalDate.of(2031, 12, 4), WIB);
        verify(outbox, never()).send(anyLong(), anyString());

        reminders(LocalDate.of(2031, 12, 4)).remindSilentAgencies(LocalDate.of(2031, 12, 4),
                ZoneId.of("Asia/Makassar"));
        assertThat(reminderText()).contains("Dinas Tenang");
    }

    @Test
    void onAHolidayNobodyIsRemindedEvenWhenTheCronFires() {
        officerRegisteredOn(LocalDate.of(2031, 12, 1), null);

        reminders(LocalDate.of(2031, 12, 25)).remindSilentAgencies(LocalDate.of(2031, 12, 25), WIB);

        verifyNoInteractions(outbox, officers);
    }

    @Test
    void onAWeekendNobodyIsRemindedEvenWhenTheCronFires() {
        officerRegisteredOn(LocalDate.of(2031, 12, 1), null);

        reminders(LocalDate.of(2031, 12, 13)).remindSilentAgencies(LocalDate.of(2031, 12, 13), WIB);
        reminders(LocalDate.of(2031, 12, 14)).remindSilentAgencies(LocalDate.of(2031, 12, 14), WIB);

        verifyNoInteractions(outbox);
    }

    @Test
    void holidaysAndTheWeekendDoNotCountAsSilentDays() {
        officerRegisteredOn(LocalDate.of(2031, 12, 22), null); // Monday; 25-26 are holidays

        reminders(LocalDate.of(2031, 12, 24)).remindSilentAgencies(LocalDate.of(2031, 12, 24), WIB);
        verify(outbox, never()).send(anyLong(), anyString());

        reminders(LocalDate.of(2031, 12, 29)).remindSilentAgencies(LocalDate.of(2031, 12, 29), WIB);
        assertThat(reminderText()).contains("reminder.text", "Dinas Tenang", ", 3,");
    }

    @Test
    void anItemSentLaterThanTheRegistrationRestartsTheCount() {
        officerRegisteredOn(LocalDate.of(2031, 12, 1), null);
        lastItemOn(LocalDate.of(2031, 12, 9));

        reminders(LocalDate.of(2031, 12, 11)).remindSilentAgencies(LocalDate.of(2031, 12, 11), WIB);
        verify(outbox, never()).send(anyLong(), anyString());

        reminders(LocalDate.of(2031, 12, 12)).remindSilentAgencies(LocalDate.of(2031, 12, 12), WIB);
        assertThat(reminderText()).contains(", 3,", "reminder.last-item");
    }

    @Test
    void afterAReminderTheAgencyWaitsAnotherThreeWorkingDays() {
        officerRegisteredOn(LocalDate.of(2031, 12, 1), null);
        ReminderSent last = new ReminderSent(AGENCY);
        last.sent(1, LocalDate.of(2031, 12, 10), Instant.EPOCH);
        when(sent.findAll()).thenReturn(List.of(last));

        reminders(LocalDate.of(2031, 12, 12)).remindSilentAgencies(LocalDate.of(2031, 12, 12), WIB);
        verify(outbox, never()).send(anyLong(), anyString());

        reminders(LocalDate.of(2031, 12, 15)).remindSilentAgencies(LocalDate.of(2031, 12, 15), WIB);
        assertThat(reminderText()).contains(", 10,");
        verify(sent).save(last);
        assertThat(last.sentOn()).isEqualTo(LocalDate.of(2031, 12, 15));
    }

    @Test
    void anOfficerOnLeaveIsRemindedOnlyAfterTheLastDayOfTheLeave() {
        officerRegisteredOn(LocalDate.of(2031, 12, 1), LocalDate.of(2031, 12, 15));

        reminders(LocalDate.of(2031, 12, 15)).remindSilentAgencies(LocalDate.of(2031, 12, 15), WIB);
        verify(outbox, never()).send(anyLong(), anyString());

        reminders(LocalDate.of(2031, 12, 16)).remindSilentAgencies(LocalDate.of(2031, 12, 16), WIB);
        assertThat(reminderText()).contains("Dinas Tenang");
    }

    private Reminders reminders(LocalDate today) {
        Clock clock = Clock.fixed(ZonedDateTime.of(today, LocalTime.of(9, 0), WIB).toInstant(), WIB);
        return new Reminders(officers, entries, sent, new WorkingDays(properties), outbox, texts, formats, clock,
                zones, properties);
    }

    private void officerRegisteredOn(LocalDate day, LocalDate leaveUntil) {
        Instant at = ZonedDateTime.of(day, LocalTime.of(10, 0), WIB).toInstant();
        when(officers.active()).thenReturn(List.of(
                new OfficerView(1, AGENCY, "Dinas Tenang", CHAT, CHAT, "Tari", "tari", at, leaveUntil)));
    }

    private void lastItemOn(LocalDate day) {
        Instant at = ZonedDateTime.of(day, LocalTime.of(14, 0), WIB).toInstant();
        when(entries.lastItemPerAgency()).thenReturn(List.of(new DigestEntryRepository.LastItem() {
            @Override
            public Long getAgencyId() {
                return AGENCY;
            }

            @Override
            public Instant getLastAt() {
                return at;
            }
        }));
    }

    private String reminderText() {
        ArgumentCaptor<String> text = ArgumentCaptor.forClass(String.class);
        verify(outbox).send(eq(CHAT), text.capture());
        return text.getValue();
    }
}
