package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The digest as an office expects it: no scheduled digest on Saturdays and Sundays (what came in waits for Monday's),
 * {@code /ringkasan} leaves its items for the scheduled digest and says so, and every item of a long digest has its
 * "#N" button.
 */
class DigestOfficeRulesEndToEndTest extends ClockedEndToEndTest {

    private static final String DIGEST = "Ringkasan laporan";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noDigestOnTheWeekendAndMondaysListsFridayEveningAndWeekendItems() {
        clock.advanceTo(clock.next(LocalTime.of(15, 0), DayOfWeek.FRIDAY));
        FakeUser officer = registeredOfficer("Jumat", agencyName("Dinas Pariwisata"));
        long friday = telegram.checkpoint();
        clock.advanceTo(clock.next(LocalTime.of(16, 30)));
        telegram.awaitMessageToSince(friday, CENTRAL_CHAT, m -> m.contains(DIGEST));

        String evening = agenda(officer, "Festival budaya 20-06-2032 19.00 di Alun-alun");
        long weekend = telegram.checkpoint();
        clock.advanceTo(clock.next(LocalTime.of(16, 1), DayOfWeek.SATURDAY));
        assertNoDigest(weekend);
        String saturday = agenda(officer, "Lomba perahu 21-06-2032 08.00 di Danau");
        clock.advanceTo(clock.next(LocalTime.of(16, 1), DayOfWeek.SUNDAY));
        assertNoDigest(weekend);

        clock.advanceTo(clock.next(LocalTime.of(15, 59), DayOfWeek.MONDAY));
        assertNoDigest(weekend);
        clock.advanceTo(clock.next(LocalTime.of(16, 0), DayOfWeek.MONDAY));
        String monday = digestSince(weekend);
        assertThat(monday).contains("#" + evening + " ", "#" + saturday + " ").doesNotContain("atas permintaan");
    }

    @Test
    void ringkasanOnDemandLeavesItsItemsForTheScheduledDigestAndSaysSo() {
        clock.advanceTo(clock.next(LocalTime.of(10, 0), DayOfWeek.TUESDAY));
        missedDigestPosted();
        FakeUser officer = registeredOfficer("Selasa", agencyName("Dinas Sosial"));
        String number = agenda(officer, "Bakti sosial 15-07-2032 09.00 di Balai Desa");

        long onDemand = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        assertThat(digestSince(onDemand)).contains("#" + number + " ",
                "Ringkasan atas permintaan: laporan di atas tetap dimuat dalam ringkasan terjadwal berikutnya");

        long scheduled = telegram.checkpoint();
        clock.advanceTo(clock.next(LocalTime.of(16, 0)));
        assertThat(digestSince(scheduled)).contains("#" + number + " ").doesNotContain("atas permintaan");
    }

    @Test
    void everyItemOfADigestOfOneHundredFiftyItemsHasItsButton() {
        clock.advanceTo(clock.next(LocalTime.of(10, 0), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY));
        missedDigestPosted();
        String agency = agencyName("Dinas Arsip");
        FakeUser officer = registeredOfficer("Banyak", agency);
        for (int i = 1; i <= 150; i++) {
            officer.sends("/agenda Rapat arsip ke-" + i + " 20-08-2032 09.00 di Ruang Arsip");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> items(agency).size() == 150);
        List<Long> numbers = items(agency);

        long since = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        digestSince(since);
        List<SentMessage> pages = telegram.messagesTo(CENTRAL_CHAT).stream()
                .filter(m -> m.lastChangeSeq() > since && m.plainText() != null).toList();
        List<String> unopenable = new ArrayList<>();
        for (long number : numbers) {
            String shown = "#" + number;
            if (pages.stream().noneMatch(page -> page.plainText().contains(shown + " ") && page.hasButton(shown))) {
                unopenable.add(shown);
            }
        }
        assertThat(unopenable).as("items listed without a button under their message").isEmpty();
        assertThat(pages).allSatisfy(page -> assertThat(page.buttons().size()).isLessThanOrEqualTo(100));

        String last = "#" + numbers.get(numbers.size() - 1);
        SentMessage page = pages.stream().filter(m -> m.hasButton(last)).findFirst().orElseThrow();
        long pressed = telegram.checkpoint();
        CallbackPress press = lead.in(central).presses(page, last);
        assertThat(telegram.awaitCallbackAnswer(press).ok()).isTrue();
        assertThat(telegram.awaitMessageToSince(pressed, CENTRAL_CHAT, m -> m.contains("Laporan " + last + " "))
                .plainText()).contains("Rapat arsip ke-150");

        // the scheduled digest takes them, so that later digests are short again
        long scheduled = telegram.checkpoint();
        clock.advanceTo(clock.next(LocalTime.of(16, 0)));
        assertThat(digestSince(scheduled)).contains(last + " ");
    }

    /**
     * A jump of the clock over a 16:00 makes the scheduler post the digest it missed, at the new time: wait for it,
     * or it takes the items a test is about to send.
     */
    private void missedDigestPosted() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime due = now.with(LocalTime.of(16, 0));
        Instant lastDue = (due.isAfter(now) ? due.minusDays(1) : due).toInstant();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT last_due FROM job_schedule WHERE name = 'digest'", Timestamp.class).stream()
                .anyMatch(last -> !last.toInstant().isBefore(lastDue)));
    }

    private String agenda(FakeUser officer, String text) {
        long since = telegram.checkpoint();
        officer.sends("/agenda " + text);
        String number = SubmissionEndToEndTest.itemNumber(
                telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("tercatat")));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM digest_entry WHERE item_id = ?", Integer.class, Long.parseLong(number)) == 1);
        return number;
    }

    private List<Long> items(String agency) {
        return jdbc.queryForList("SELECT e.item_id FROM digest_entry e JOIN agency a ON a.id = e.agency_id"
                + " WHERE a.name = ? ORDER BY e.item_id", Long.class, agency);
    }

    /** The whole digest posted after {@code since}: all its messages, up to the silent list at its end. */
    private static String digestSince(long since) {
        telegram.awaitMessageToSince(since, CENTRAL_CHAT,
                m -> m.contains("Belum mengirim laporan") || m.contains("Semua instansi sudah"));
        return telegram.messagesTo(CENTRAL_CHAT).stream()
                .filter(m -> m.lastChangeSeq() > since && m.plainText() != null)
                .map(SentMessage::plainText).collect(Collectors.joining("\n"));
    }

    private static void assertNoDigest(long since) {
        telegram.assertNoMessageTo(CENTRAL_CHAT, Duration.ofMillis(800),
                m -> m.lastChangeSeq() > since && m.contains(DIGEST));
    }

}
