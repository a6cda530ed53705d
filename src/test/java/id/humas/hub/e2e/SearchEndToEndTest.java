package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;

/** /cari (/search): the central team finds items by words, agency, category and dates. */
class SearchEndToEndTest extends EndToEndTest {

    private static final AtomicLong tokens = new AtomicLong();

    @Test
    void findsItemsByTheirWordsNewestFirstAndNarrowsThemByAgencyCategoryAndDates() {
        String token = token();
        String health = agencyName("Dinas Kesehatan");
        FakeUser nurse = registeredOfficer("Nur", health);
        FakeUser teacher = registeredOfficer("Guru", agencyName("Dinas Pendidikan"));
        String issue = submit(nurse, "/isu Wabah " + token.toUpperCase() + " di puskesmas");
        String contest = submit(teacher, "/agenda Lomba " + token + " 12-06-2031 09.00 di Aula SMA");
        String vaccination = submit(nurse, "/agenda Vaksinasi " + token + " 13-06-2031 08.00 di Puskesmas");

        SentMessage all = search("/cari " + token);
        assertThat(all.plainText()).contains("3 laporan").contains(health).contains("Isu").contains("Agenda")
                .contains("Wabah " + token.toUpperCase() + " di puskesmas");
        String text = all.plainText();
        assertThat(text.indexOf("#" + vaccination)).isLessThan(text.indexOf("#" + contest));
        assertThat(text.indexOf("#" + contest)).isLessThan(text.indexOf("#" + issue));

        assertThat(search("/cari " + token + " instansi:\"" + health + "\"").plainText())
                .contains("#" + issue, "#" + vaccination).doesNotContain("#" + contest);
        assertThat(search("/cari " + token + " kategori:agenda").plainText())
                .contains("#" + contest, "#" + vaccination).doesNotContain("#" + issue);
        assertThat(search("/cari " + token + " instansi:kesehatan kategori:isu").plainText())
                .contains("1 laporan").contains("#" + issue).doesNotContain("#" + vaccination);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        assertThat(search("/cari " + token + " dari:" + today + " sampai:"
                + today.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))).plainText()).contains("3 laporan");
        assertThat(search("/cari " + token + " dari:" + today.plusDays(1)).plainText())
                .contains("Tidak ada laporan yang cocok");
    }

    @Test
    void theEnglishAliasWorksPrivatelyAndLikeWildcardsAreOrdinaryCharacters() {
        String token = token();
        FakeUser officer = registeredOfficer("Wati", agencyName("Dinas Perindustrian"));
        String item = submit(officer, "/isu Harga naik 50% di pasar " + token);

        long since = telegram.checkpoint();
        reviewer.sends("/search " + token);
        assertThat(telegram.awaitMessageToSince(since, REVIEWER_ID, m -> m.contains("🔎")).plainText())
                .contains("#" + item);

        assertThat(search("/cari 50% di pasar " + token).plainText()).contains("#" + item);
        assertThat(search("/cari 5% " + token).plainText()).contains("Tidak ada laporan yang cocok");
        assertThat(search("/cari " + token.substring(0, 3) + "_" + token.substring(4)).plainText())
                .contains("Tidak ada laporan yang cocok");
    }

    @Test
    void showsTwentyAndSaysHowManyMore() {
        String token = token();
        FakeUser officer = registeredOfficer("Banyak", agencyName("Dinas Perhubungan"));
        for (int i = 0; i < 22; i++) {
            submit(officer, "/agenda Uji " + token + " nomor " + i + " 12-06-2031 09.00 di Terminal");
        }

        SentMessage found = search("/cari " + token);

        assertThat(found.plainText()).contains("22 laporan").contains("nomor 21").doesNotContain("nomor 0 ")
                .contains("… dan 2 lainnya");
        assertThat(found.plainText().lines().filter(line -> line.startsWith("• #"))).hasSize(20);
    }

    @Test
    void strangersAreRefusedAndBadRequestsGetAClearReply() {
        FakeUser officer = registeredOfficer("Bukan Tim", agencyName("Dinas Sosial"));
        long since = telegram.checkpoint();
        officer.sends("/cari banjir");
        telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("hanya untuk tim humas pusat"));

        assertThat(search("/cari").plainText()).contains("Cari laporan dengan kata").contains("kategori:kegiatan")
                .as("example dates of the current month").contains("dari:" + java.time.LocalDate.now(
                        java.time.ZoneId.of("Asia/Jakarta")).withDayOfMonth(1));
        assertThat(search("/cari banjir kategori:gosip").plainText()).contains("Kategori gosip tidak dikenal")
                .contains("Cari laporan dengan kata");
        assertThat(search("/cari banjir instansi:tidakadaxyz").plainText())
                .contains("Tidak ada instansi yang namanya memuat tidakadaxyz");
        assertThat(search("/cari banjir dari:bulanlalu").plainText()).contains("Tanggal bulanlalu tidak saya kenali");
        assertThat(search("/cari tidakadayangcocok" + token()).plainText()).contains("Tidak ada laporan yang cocok");
    }

    private static String token() {
        return "cari" + tokens.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    private String submit(FakeUser officer, String command) {
        long since = telegram.checkpoint();
        officer.sends(command);
        return itemNumber(telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("tercatat")));
    }

    private SentMessage search(String command) {
        long since = telegram.checkpoint();
        lead.in(central).sends(command);
        Predicate<SentMessage> reply = m -> m.contains("🔎") || m.contains("Cari laporan dengan kata")
                || m.contains("Tidak ada instansi");
        return telegram.awaitMessageToSince(since, CENTRAL_CHAT, reply);
    }
}
