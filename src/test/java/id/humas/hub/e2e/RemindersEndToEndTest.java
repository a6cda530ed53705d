package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;

/**
 * Reminders to silent agencies ({@code bot.reminder.silent-days} = 3 working days, at 09:00 on weekdays; holidays
 * 2031-12-25/26) and officers' leave ({@code /cuti}). The clock is shared and only moves forward: every date is
 * computed from where it is now, and only this test's officers are looked at.
 */
class RemindersEndToEndTest extends ClockedEndToEndTest {

    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2031, 12, 25), LocalDate.of(2031, 12, 26));
    private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
    private static final Duration QUIET = Duration.ofMillis(1200);
    private static final DateTimeFormatter SHOWN_DAY =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Test
    void aSilentOfficerIsRemindedOnTheThirdWorkingDayAtNineAndNotBeforeNorOnTheWeekend() {
        clock.advanceTo(clock.next(LocalTime.of(10, 0), DayOfWeek.WEDNESDAY));
        String agency = agencyName("Dinas Sunyi");
        FakeUser silent = registeredOfficer("Sunyi", agency);
        FakeUser busy = registeredOfficer("Rajin", agencyName("Dinas Rajin"));
        LocalDate registered = today();

        LocalDate second = workingDaysAfter(registered, 2);
        long since = telegram.checkpoint();
        at(second, REMINDER_TIME);
        assertNoReminder(silent, since);
        busy.sends("/agenda Rapat koordinasi besok 09.00 di Aula");
        telegram.awaitMessageToSince(since, busy.id(), m -> m.contains("tercatat"));

        LocalDate third = workingDaysAfter(registered, 3);
        for (LocalDate day = second.plusDays(1); day.isBefore(third); day = day.plusDays(1)) {
            at(day, REMINDER_TIME); // the weekend (and holidays) between: nothing
            assertNoReminder(silent, since);
        }
        at(third, REMINDER_TIME.minusMinutes(1));
        assertNoReminder(silent, since);

        clock.advance(Duration.ofMinutes(1));
        SentMessage reminder = telegram.awaitMessageToSince(since, silent.id(), reminder());
        assertThat(reminder.plainText()).contains(agency, "3 hari kerja", "belum pernah melapor", "/lapor",
                "/agenda", "/isu", "/cuti");
        assertNoReminder(busy, since);
    }

    @Test
    void afterAReminderTheSameAgencyIsRemindedOnlyAfterAnotherThreeSilentWorkingDays() {
        FakeUser officer = registeredOfficer("Lupa", agencyName("Dinas Lupa"));
        LocalDate registered = today();
        long since = telegram.checkpoint();
        LocalDate first = workingDaysAfter(registered, 3);
        at(first, REMINDER_TIME);
        SentMessage firstReminder = telegram.awaitMessageToSince(since, officer.id(), reminder());

        long afterFirst = telegram.checkpoint();
        for (int n = 1; n <= 2; n++) {
            at(workingDaysAfter(first, n), REMINDER_TIME);
            assertNoReminder(officer, afterFirst);
        }
        at(workingDaysAfter(first, 3), REMINDER_TIME);
        SentMessage again = telegram.awaitMessageToSince(afterFirst, officer.id(), reminder());
        assertThat(firstReminder.plainText()).contains("3 hari kerja");
        assertThat(again.plainText()).contains("6 hari kerja");
    }

    @Test
    void anOfficerOnLeaveIsNotRemindedUntilTheDayAfterItAndTheTeamSeesTheLeave() {
        String agency = agencyName("Dinas Cuti");
        FakeUser officer = registeredOfficer("Cuti", agency);
        LocalDate registered = today();
        LocalDate lastDay = workingDaysAfter(registered, 4);

        long since = telegram.checkpoint();
        officer.sends("/cuti " + lastDay.format(TYPED_DAY));
        assertThat(telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("Tercatat")).plainText())
                .contains("cuti sampai dengan " + SHOWN_DAY.format(lastDay));
        assertThat(telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains(agency)).plainText())
                .contains("Cuti", "cuti sampai dengan " + SHOWN_DAY.format(lastDay));

        officer.sends("/cuti");
        assertThat(telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("tercatat cuti")).plainText())
                .contains(SHOWN_DAY.format(lastDay), "/cuti selesai");

        long roster = telegram.checkpoint();
        lead.in(central).sends("/daftar");
        assertThat(line(telegram.awaitMessageToSince(roster, CENTRAL_CHAT, m -> m.contains("Daftar instansi")), agency))
                .contains("Cuti", "cuti s.d. " + SHOWN_DAY.format(lastDay));
        lead.in(central).sends("/belum");
        assertThat(line(telegram.awaitMessageToSince(roster, CENTRAL_CHAT, m -> m.contains("Belum mengirim")), agency))
                .contains("cuti s.d. " + SHOWN_DAY.format(lastDay));

        for (int n = 3; n <= 4; n++) {
            at(workingDaysAfter(registered, n), REMINDER_TIME);
            assertNoReminder(officer, since);
        }
        at(workingDaysAfter(registered, 5), REMINDER_TIME);
        assertThat(telegram.awaitMessageToSince(since, officer.id(), reminder()).plainText())
                .contains(agency, "5 hari kerja");

        long back = telegram.checkpoint();
        lead.in(central).sends("/daftar");
        assertThat(line(telegram.awaitMessageToSince(back, CENTRAL_CHAT, m -> m.contains("Daftar instansi")), agency))
                .doesNotContain("cuti s.d.");
    }

    @Test
    void anOfficerBackEarlyIsRemindedAgain() {
        FakeUser officer = registeredOfficer("Kembali", agencyName("Dinas Kembali"));
        LocalDate registered = today();
        long since = telegram.checkpoint();
        LocalDate lastDay = workingDaysAfter(registered, 10);
        officer.sends("/leave " + lastDay.getDayOfMonth() + "/" + lastDay.getMonthValue() + "/" + lastDay.getYear());
        telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("Tercatat"));

        at(workingDaysAfter(registered, 3), REMINDER_TIME);
        assertNoReminder(officer, since);

        officer.sends("/cuti selesai");
        telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("Cuti Bapak/Ibu diakhiri"));
        at(workingDaysAfter(registered, 4), REMINDER_TIME);
        assertThat(telegram.awaitMessageToSince(since, officer.id(), reminder()).plainText()).contains("4 hari kerja");
    }

    @Test
    void leaveDatesThatCannotBeUsedGetAClearReplyWithAnExample() {
        FakeUser officer = registeredOfficer("Salah", agencyName("Dinas Salah"));
        LocalDate today = today();

        assertThat(reply(officer, "/cuti")).contains("tidak sedang cuti", "Cara pakai", "/cuti "
                + today.plusDays(7).format(TYPED_DAY));
        assertThat(reply(officer, "/cuti " + today.minusDays(1).format(TYPED_DAY)))
                .contains("sudah lewat", "Cara pakai");
        assertThat(reply(officer, "/cuti minggu depan")).contains("\"minggu depan\" tidak dapat dibaca",
                "HARI-BULAN-TAHUN", "Cara pakai");
        assertThat(reply(officer, "/cuti 31-02-2031")).contains("tidak dapat dibaca");
        assertThat(reply(officer, "/cuti " + today.plusDays(91).format(TYPED_DAY)))
                .contains("paling lama 90 hari", SHOWN_DAY.format(today.plusDays(90)));
        assertThat(reply(officer, "/cuti selesai")).contains("tidak sedang cuti");
        assertThat(reply(officer, "/cuti " + today.plusDays(90))) // ISO: 2031-06-02
                .contains("Tercatat", SHOWN_DAY.format(today.plusDays(90)));
        assertThat(reply(officer, "/cuti batal")).contains("Cuti Bapak/Ibu diakhiri");
        assertThat(reply(officer, "/cuti")).contains("tidak sedang cuti");

        FakeUser stranger = newUser("Asing");
        assertThat(reply(stranger, "/cuti 01-01-2032")).contains("belum terdaftar");
    }

    private static String reply(FakeUser user, String command) {
        long since = telegram.checkpoint();
        user.sends(command);
        return telegram.awaitMessageToSince(since, user.id(), m -> true).plainText();
    }

    private static Predicate<SentMessage> reminder() {
        return m -> m.contains("hari kerja");
    }

    private static void assertNoReminder(FakeUser officer, long since) {
        telegram.assertNoMessageTo(officer.id(), QUIET, m -> m.lastChangeSeq() > since && reminder().test(m));
    }

    private static String line(SentMessage message, String agency) {
        return message.plainText().lines().filter(l -> l.contains(agency)).findFirst()
                .orElseThrow(() -> new AssertionError(agency + " not in " + message.plainText()));
    }

    private static LocalDate today() {
        return clock.now().toLocalDate();
    }

    private static void at(LocalDate day, LocalTime time) {
        ZonedDateTime target = day.atTime(time).atZone(WIB);
        if (target.isAfter(clock.now())) {
            clock.advanceTo(target);
        }
    }

    static LocalDate workingDaysAfter(LocalDate from, int count) {
        LocalDate day = from;
        for (int found = 0; found < count; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !HOLIDAYS.contains(day)) {
                found++;
            }
        }
        return day;
    }
}
