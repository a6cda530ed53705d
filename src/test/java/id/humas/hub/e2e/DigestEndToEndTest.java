package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DigestEndToEndTest extends EndToEndTest {

    @Test
    void theDigestGroupsItemsByAgencyAndCategoryNamesTheSilentAndNeverRepeats() {
        String health = agencyName("Dinas Kesehatan");
        String education = agencyName("Dinas Pendidikan");
        String silent = agencyName("Dinas Pemadam");
        FakeUser nurse = registeredOfficer("Nia", health);
        FakeUser teacher = registeredOfficer("Tio", education);
        invite(silent);

        nurse.sends("/agenda Posyandu serentak Kamis <pagi> & siang 12-06-2031 08.00 di Posyandu <Melati>");
        String agenda = SubmissionEndToEndTest.itemNumber(telegram.awaitMessageTo(nurse.id(), "tercatat"));
        teacher.sends("/isu Sekolah rusak diterjang angin");
        String issue = SubmissionEndToEndTest.itemNumber(telegram.awaitMessageTo(teacher.id(), "tercatat"));
        awaitInNextDigest(agenda, issue);

        long since = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        String digest = digestText(since);

        assertThat(digest).contains(health).contains(education).contains("#" + agenda).contains("#" + issue)
                .contains("Posyandu serentak Kamis <pagi> & siang").contains("Agenda").contains("Isu")
                .contains("📅 Kamis, 12 Juni 2031, 08.00 · 📍 Posyandu <Melati>");
        assertThat(digest.indexOf(health)).isLessThan(digest.indexOf("#" + agenda));
        int openIssues = digest.indexOf("Isu belum ditangani");
        String silentPart = digest.substring(digest.indexOf("Belum mengirim laporan"),
                openIssues < 0 ? digest.length() : openIssues);
        assertThat(silentPart).contains(silent + " — belum ada petugas").contains("Sekretariat Daerah")
                .doesNotContain(health).doesNotContain(education);
        assertThat(digest.substring(openIssues)).contains("#" + issue + " " + education);

        long again = telegram.checkpoint();
        reviewer.in(central).sends("/digest");
        String second = digestText(again);
        int stillOpen = second.indexOf("Isu belum ditangani");
        assertThat(second.substring(0, stillOpen)).doesNotContain("#" + agenda).doesNotContain("#" + issue)
                .contains(health);
        assertThat(second.substring(stillOpen)).as("the unclaimed isu is still named until someone acts")
                .contains("#" + issue + " " + education);
    }

    @Test
    void aLongDigestIsSplitIntoMessagesTelegramAccepts() {
        String agency = agencyName("Dinas Komunikasi");
        FakeUser officer = registeredOfficer("Panjang", agency);
        String filler = "Kegiatan sosialisasi keterbukaan informasi publik di kecamatan ".repeat(4);
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long since = telegram.checkpoint();
            officer.sends("/agenda " + i + " 12-06-2031 09.00 " + filler);
            numbers.add(SubmissionEndToEndTest.itemNumber(telegram.awaitMessageToSince(since, officer.id(),
                    m -> m.contains("tercatat"))));
        }
        awaitInNextDigest(numbers.toArray(String[]::new));

        long since = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Belum mengirim laporan")
                || m.contains("Semua instansi sudah"));
        List<SentMessage> parts = telegram.messagesTo(CENTRAL_CHAT).stream()
                .filter(m -> m.lastChangeSeq() > since).toList();

        assertThat(parts).hasSizeGreaterThan(1)
                .allSatisfy(part -> assertThat(part.plainText().length()).isLessThanOrEqualTo(4096));
        String all = parts.stream().map(SentMessage::plainText).collect(Collectors.joining("\n"));
        numbers.forEach(number -> assertThat(all).contains("#" + number));
    }

    @Test
    void missingListsOnlyAgenciesThatSentNothingSinceTheLastDigest() {
        String active = agencyName("Dinas Perdagangan");
        String quiet = agencyName("Dinas Koperasi");
        FakeUser officer = registeredOfficer("Aktif", active);
        registeredOfficer("Diam", quiet);
        lead.in(central).sends("/ringkasan");
        officer.sends("/agenda Pasar murah besok 08.00 di Pasar Induk");
        awaitInNextDigest(SubmissionEndToEndTest.itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat")));

        long since = telegram.checkpoint();
        lead.in(central).sends("/belum");
        SentMessage missing = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Periode berjalan"));

        assertThat(missing.plainText()).contains(quiet).doesNotContain(active);
    }

    @Test
    void rosterShowsOfficersAndTheirLastItem() {
        String agency = agencyName("Dinas Lingkungan Hidup");
        FakeUser officer = registeredOfficer("Lestari", agency);
        officer.sends("/agenda Penanaman pohon besok 07.00 di Tahura");
        awaitInNextDigest(SubmissionEndToEndTest.itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat")));

        long since = telegram.checkpoint();
        lead.sends("/daftar");
        telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("Sekretariat Daerah"));
        // a long roster comes in several messages
        String roster = telegram.messagesTo(LEAD_ID).stream().filter(m -> m.lastChangeSeq() > since)
                .map(SentMessage::plainText).collect(java.util.stream.Collectors.joining("\n"));

        assertThat(roster).contains("Daftar instansi")
                .contains(agency + " — Lestari (@" + officer.username() + ") · laporan terakhir")
                .contains("Sekretariat Daerah — belum ada petugas · belum pernah melapor");
    }

    @Test
    void digestAskedPrivatelyIsPostedToTheGroup() {
        long since = telegram.checkpoint();
        lead.sends("/ringkasan");

        telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("sudah dikirim ke grup"));
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Ringkasan laporan"));
    }

    /** Items reach the digest through an event after their transaction; wait until they have. */
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    void awaitInNextDigest(String... itemNumbers) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> {
            for (String number : itemNumbers) {
                Integer found = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM digest_entry WHERE item_id = ? AND digest_id IS NULL", Integer.class,
                        Long.parseLong(number));
                if (found == null || found == 0) {
                    return false;
                }
            }
            return true;
        });
    }

    private String digestText(long since) {
        telegram.awaitMessageToSince(since, CENTRAL_CHAT,
                m -> m.contains("Belum mengirim laporan") || m.contains("Semua instansi sudah"));
        return telegram.messagesTo(CENTRAL_CHAT).stream().filter(m -> m.lastChangeSeq() > since)
                .map(SentMessage::plainText).collect(Collectors.joining("\n"));
    }
}
