package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Agencies in WITA and WIT ({@code /zona}): their reminders come at 09:00 their time, "besok" is their tomorrow, their
 * coverage requests come on their morning, and the central team (WIB) sees their agenda times with the zone.
 */
class AgencyTimeZonesEndToEndTest extends ClockedEndToEndTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");
    private static final DateTimeFormatter SHOWN_DAY =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final Duration QUIET = Duration.ofMillis(1200);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAgencyInWitaIsRemindedAtNineWitaAndOneInWibAtNineWib() {
        clock.advanceTo(clock.next(LocalTime.of(10, 0), DayOfWeek.WEDNESDAY));
        String eastern = agencyName("Dinas Kelautan");
        FakeUser wita = registeredOfficer("Wita", eastern);
        FakeUser wib = registeredOfficer("Wib", agencyName("Dinas Pertanian"));
        assertThat(reply("/zona " + eastern.toUpperCase(Locale.ROOT) + " wita"))
                .contains(eastern, "sekarang WITA", "pengingat pukul 09.00");
        assertThat(reply("/zona")).contains("Zona waktu instansi", "tim humas pusat: WIB", eastern + ": WITA");
        LocalDate third = RemindersEndToEndTest.workingDaysAfter(clock.now().toLocalDate(), 3);

        long since = telegram.checkpoint();
        clock.advanceTo(third.atTime(7, 59).atZone(WIB));
        assertNoReminder(wita, since);

        clock.advanceTo(third.atTime(9, 0).atZone(WITA)); // 08:00 WIB
        SentMessage reminder = telegram.awaitMessageToSince(since, wita.id(), m -> m.contains("hari kerja"));
        assertThat(reminder.plainText()).contains(eastern, "3 hari kerja");
        assertNoReminder(wib, since);

        clock.advanceTo(third.atTime(9, 0).atZone(WIB));
        telegram.awaitMessageToSince(since, wib.id(), m -> m.contains("hari kerja"));
    }

    @Test
    void anOfficerInWitSaysBesokInHisOwnDayAndTheTeamSeesTheTimeAsWit() {
        // 23:30 WIB is already 01:30 the next day in WIT: "besok" there is two days after the team's today
        clock.advanceTo(clock.next(LocalTime.of(23, 30), DayOfWeek.MONDAY));
        String papua = agencyName("Dinas Kominfo Papua");
        FakeUser officer = registeredOfficer("Yohanes", papua);
        assertThat(reply("/timezone " + papua + " WIT")).contains("sekarang WIT");
        LocalDate agendaDay = clock.now().toLocalDate().plusDays(2);

        long since = telegram.checkpoint();
        officer.sends("/agenda Rapat koordinasi besok 10.00 di Aula Kantor Gubernur");
        SentMessage confirmed = telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("tercatat"));
        assertThat(confirmed.plainText()).contains(SHOWN_DAY.format(agendaDay) + ", pukul 10.00");
        String number = SubmissionEndToEndTest.itemNumber(confirmed);
        assertThat(jdbc.queryForObject("SELECT event_date FROM item WHERE id = ?", LocalDate.class,
                Long.parseLong(number))).isEqualTo(agendaDay);

        lead.in(central).sends("/ringkasan");
        SentMessage digest = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("#" + number + " "));
        assertThat(line(digest, "#" + number + " ")).contains(SHOWN_DAY.format(agendaDay) + ", 10.00 WIT");

        long morning = telegram.checkpoint();
        clock.advanceTo(agendaDay.atTime(7, 0).atZone(WIB));
        SentMessage today = telegram.awaitMessageToSince(morning, CENTRAL_CHAT,
                m -> m.contains("Agenda hari ini") && m.contains("#" + number));
        assertThat(line(today, "#" + number)).contains("10.00 WIT", papua, "Rapat koordinasi");

        // the day after, at 09:00 WIT = 07:00 WIB, the officer is asked for the coverage
        long after = telegram.checkpoint();
        clock.advanceTo(agendaDay.plusDays(1).atTime(6, 59).atZone(WIB));
        telegram.assertNoMessageTo(officer.id(), QUIET,
                m -> m.lastChangeSeq() > after && m.contains("kirim liputannya"));
        clock.advanceTo(agendaDay.plusDays(1).atTime(9, 0).atZone(WIT));
        SentMessage request = telegram.awaitMessageToSince(after, officer.id(), m -> m.contains("kirim liputannya"));
        assertThat(request.plainText()).startsWith("📸 Kemarin: Rapat koordinasi").contains("#" + number);
    }

    @Test
    void aZoneForAnUnknownAgencyOrAnUnknownZoneGetsAClearReply() {
        String agency = agencyName("Dinas Perikanan");
        registeredOfficer("Ikan", agency);
        assertThat(reply("/zona Dinas Yang Tidak Ada WITA")).contains("Dinas Yang Tidak Ada", "tidak ditemukan",
                "Cara pakai");
        assertThat(reply("/zona " + agency + " GMT")).contains("Cara pakai", "WITA");
        assertThat(reply("/zona " + agency + " WIB")).contains(agency, "sekarang WIB");
    }

    private String reply(String command) {
        long since = telegram.checkpoint();
        lead.in(central).sends(command);
        return telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("zona") || m.contains("Zona")
                || m.contains("Cara pakai") || m.contains("tidak ditemukan")).plainText();
    }

    private static void assertNoReminder(FakeUser officer, long since) {
        telegram.assertNoMessageTo(officer.id(), QUIET,
                m -> m.lastChangeSeq() > since && m.contains("hari kerja"));
    }

    private static String line(SentMessage message, String marker) {
        return message.plainText().lines().filter(l -> l.contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError(marker + " not in " + message.plainText()));
    }

}
