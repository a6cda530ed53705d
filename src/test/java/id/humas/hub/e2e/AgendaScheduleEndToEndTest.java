package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Agenda hari ini" at 07:00 and the coverage request the day after an agenda, at 09:00. */
class AgendaScheduleEndToEndTest extends ClockedEndToEndTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMorningListShowsTodaysAgendaAcrossAgenciesByTimeAndNotTomorrows() {
        String health = agencyName("Dinas Kesehatan Pagi");
        String police = agencyName("Satpol PP Pagi");
        FakeUser nurse = registeredOfficer("Ratna", health);
        FakeUser guard = registeredOfficer("Joko", police);
        var morning = clock.next(LocalTime.of(7, 0));
        LocalDate day = morning.toLocalDate();

        String meeting = submit(nurse, "/agenda Rapat gizi buruk " + day.format(DAY) + " 10.00 di Aula Dinkes");
        String parade = submit(guard, "/agenda Apel siaga " + day.format(DAY) + " pukul 08.00 di Lapangan Merdeka");
        String later = submit(nurse, "/agenda Rapat lanjutan " + day.plusDays(1).format(DAY) + " 09.00 di Aula");

        long since = telegram.checkpoint();
        clock.advanceTo(morning);
        SentMessage list = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Agenda hari ini"));

        String text = list.plainText();
        assertThat(text).contains("#" + meeting, "#" + parade).doesNotContain("#" + later)
                .contains("08.00 · " + police + " — Apel siaga").contains("📍 Lapangan Merdeka")
                .contains("10.00 · " + health + " — Rapat gizi buruk").contains("📍 Aula Dinkes");
        assertThat(text.indexOf("#" + parade)).isLessThan(text.indexOf("#" + meeting));
    }

    @Test
    void theDayAfterAnAgendaItsOfficerIsAskedOnceForTheCoverageWhichIsLinkedToIt() {
        FakeUser officer = registeredOfficer("Sinta", agencyName("Dinas Pekerjaan Umum"));
        FakeUser stranger = registeredOfficer("Lain", agencyName("Dinas Lain"));
        LocalDate day = clock.now().toLocalDate();
        String opening = submit(officer, "/agenda Peresmian jembatan " + day.format(DAY) + " 13.00 di Desa Makmur");
        String handover = submit(officer, "/agenda Serah terima aset " + day.plusDays(1).format(DAY)
                + " 10.00 di Kantor Bupati");

        long since = telegram.checkpoint();
        clock.advanceTo(day.plusDays(1).atTime(9, 0).atZone(WIB));
        SentMessage request = telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("kirim liputannya"));
        assertThat(request.plainText()).startsWith("📸 Kemarin: Peresmian jembatan").contains("#" + opening)
                .doesNotContain("Serah terima");
        assertThat(request.buttonTexts()).containsExactly("📸 Kirim liputan");

        stranger.sends("/liputan " + opening);
        telegram.awaitMessageTo(stranger.id(), "Agenda #" + opening + " tidak ditemukan di instansi Bapak/Ibu");

        CallbackPress press = officer.presses(request, "📸 Kirim liputan");
        assertThat(telegram.awaitCallbackAnswer(press).ok()).isTrue();
        telegram.awaitMessageTo(officer.id(), "Liputan agenda #" + opening);
        officer.sendsPhoto("liputan-jembatan-1", "Jembatan diresmikan Bupati");
        SentMessage confirmed = telegram.awaitMessageTo(officer.id(),
                m -> m.contains("tercatat") && m.contains("Liputan dari agenda #" + opening));
        assertThat(confirmed.plainText()).contains("Kegiatan · Pasca");
        String coverage = confirmed.plainText().replaceAll("(?s)^[^#]*#(\\d+).*", "$1");
        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT category, phase, linked_item_id FROM item WHERE id = ?", Long.parseLong(coverage));
        assertThat(stored.get("category")).isEqualTo("ACTIVITY");
        assertThat(stored.get("phase")).isEqualTo("POST");
        assertThat(((Number) stored.get("linked_item_id")).longValue()).isEqualTo(Long.parseLong(opening));

        long digestSince = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        SentMessage digest = telegram.awaitMessageToSince(digestSince, CENTRAL_CHAT, m -> m.contains("#" + coverage));
        assertThat(digest.plainText()).contains("liputan dari agenda #" + opening);

        long nextDay = telegram.checkpoint();
        clock.advanceTo(clock.next(LocalTime.of(9, 0)));
        SentMessage second = telegram.awaitMessageToSince(nextDay, officer.id(), m -> m.contains("kirim liputannya"));
        assertThat(second.plainText()).contains("Serah terima aset").contains("#" + handover);
        telegram.assertNoMessageTo(officer.id(), Duration.ofMillis(500),
                m -> m.lastChangeSeq() > nextDay && m.contains("Peresmian jembatan"));

        officer.sends("/liputan " + handover);
        telegram.awaitMessageTo(officer.id(), "Liputan agenda #" + handover);
        officer.sends("Serah terima berjalan tertib");
        telegram.awaitMessageTo(officer.id(), m -> m.contains("tercatat") && m.contains("Liputan dari agenda #" + handover));
    }

    private String submit(FakeUser officer, String command) {
        long since = telegram.checkpoint();
        officer.sends(command);
        return itemNumber(telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("tercatat")));
    }
}
