package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;

/** The weekly scoreboard, Monday 08:00 (bot.scoreboard.cron), for the Monday–Sunday before. */
class ScoreboardEndToEndTest extends ClockedEndToEndTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("id"));

    @Test
    void mondayMorningShowsLastWeeksItemsPerAgencyTheSilentAgenciesAndIsuResponseTimes() {
        // a week of its own: other tests' items are in earlier weeks
        clock.advanceTo(clock.next(LocalTime.of(9, 0), DayOfWeek.TUESDAY));
        ZonedDateTime monday = clock.next(LocalTime.of(9, 0), DayOfWeek.MONDAY);
        clock.advanceTo(monday);

        String busyName = agencyName("Dinas Kominfo");
        String quietName = agencyName("Dinas Pariwisata");
        String silentName = agencyName("Dinas Perikanan");
        FakeUser busy = registeredOfficer("Eka", busyName);
        FakeUser quiet = registeredOfficer("Fajar", quietName);
        registeredOfficer("Gita", silentName);

        report(busy, "/agenda Rapat koordinasi humas lusa 09.00 di Aula Kominfo");
        report(busy, "/agenda Pameran UMKM besok 10.00 di Alun-alun");
        String fast = report(busy, "/isu Hoaks soal vaksin beredar");
        clock.advance(Duration.ofMinutes(20));
        claim(fast);
        accept(fast);

        clock.advanceTo(clock.next(LocalTime.of(10, 0), DayOfWeek.WEDNESDAY));
        String slow = report(quiet, "/isu Warga protes penutupan pantai");
        clock.advance(Duration.ofMinutes(50));
        claim(slow);
        report(quiet, "/isu Perahu nelayan hilang");

        long since = telegram.checkpoint();
        clock.advanceTo(clock.next(LocalTime.of(7, 59), DayOfWeek.MONDAY));
        telegram.assertNoMessageTo(CENTRAL_CHAT, Duration.ofMillis(600),
                m -> m.seq() > since && m.contains("Papan skor pekan"));
        clock.advance(Duration.ofMinutes(1));
        SentMessage board = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Papan skor pekan"));

        String text = board.plainText();
        assertThat(text).contains("Papan skor pekan " + DAY.format(monday) + "–" + DAY.format(monday.plusDays(6)));
        assertThat(text).contains("5 laporan dari 2 instansi")
                .contains("1. " + busyName + " — 3 laporan, 1 diterima, 0 terbit")
                .contains("2. " + quietName + " — 2 laporan, 0 diterima, 0 terbit");
        String silent = text.substring(text.indexOf("Tidak mengirim laporan pekan ini"), text.indexOf("Isu:"));
        assertThat(silent).contains(silentName).doesNotContain(busyName).doesNotContain(quietName);
        String issues = text.substring(text.indexOf("Isu:"));
        assertThat(issues).contains("Isu: 3")
                .contains("Waktu tanggap median: 35 menit")
                .contains("Terlama: 50 menit (#" + slow + ", " + quietName + ")")
                .contains("Tidak pernah ditangani: 1");
    }

    private String report(FakeUser officer, String command) {
        long since = telegram.checkpoint();
        officer.sends(command);
        return itemNumber(telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("tercatat")));
    }

    private void accept(String number) {
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));
        telegram.awaitCallbackAnswer(reviewer.in(central).presses(card, "Terima"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> telegram
                .message(CENTRAL_CHAT, card.messageId()).orElseThrow().plainText().contains("Diterima"));
    }

    private void claim(String number) {
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));
        telegram.awaitCallbackAnswer(lead.in(central).presses(card, "Tangani"));
    }
}
