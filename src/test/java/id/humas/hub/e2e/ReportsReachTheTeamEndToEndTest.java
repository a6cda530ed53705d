package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import id.humas.hub.fake.UserMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 9: nothing an officer sends is stranded in a half-finished dialogue; the team sees every report. */
class ReportsReachTheTeamEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoReportsWithoutAnyTapAreTwoItemsInTheNextDigest() {
        String agency = agencyName("Dinas Kesehatan");
        FakeUser officer = registeredOfficer("Wati", agency);

        long since = telegram.checkpoint();
        officer.sends("/lapor Rapat koordinasi stunting di Aula Dinkes");
        SentMessage firstReply = telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("tercatat"));
        String first = itemNumber(firstReply);
        long between = telegram.checkpoint();
        officer.sends("/lapor Posyandu balita di Desa Mekar");
        String second = itemNumber(telegram.awaitMessageToSince(between, officer.id(),
                m -> m.contains("tercatat") && m.messageId() != firstReply.messageId()));

        assertThat(second).isNotEqualTo(first);
        telegram.awaitMessageTo(officer.id(), m -> m.messageId() == firstReply.messageId() && m.buttons().isEmpty());
        awaitInNextDigest(first, second);
        String digest = digest();
        assertThat(digest).contains("#" + first).contains("#" + second).contains("Rapat koordinasi stunting")
                .contains("Posyandu balita").contains("Jenis belum dipilih");
        assertThat(digest.substring(digest.indexOf("Belum mengirim laporan") + 1)).doesNotContain(agency);
        long asked = telegram.checkpoint();
        lead.in(central).sends("/item " + first);
        telegram.awaitMessageToSince(asked, CENTRAL_CHAT, m -> m.contains("#" + first) && m.contains("Jenis belum dipilih"));
        officer.sends("/status");
        telegram.awaitMessageTo(officer.id(), m -> m.contains("#" + second) && m.contains("jenis belum dipilih"));
    }

    @Test
    void anIsuWhileAnActivityWaitsForItsPhaseReachesTheGroupAtOnceAndTheDraftIsNotLost() {
        FakeUser officer = registeredOfficer("Yudi", agencyName("Dinas Sosial"));
        officer.sends("Bakti sosial di Panti Asuhan Kasih");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        officer.presses(question, "Kegiatan");
        telegram.awaitMessageTo(officer.id(), m -> m.messageId() == question.messageId() && m.hasButton("Pasca"));

        officer.sends("/isu Banjir merendam RSUD");

        String isu = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + isu));
        assertThat(card.plainText()).contains("Banjir merendam RSUD").doesNotContain("Bakti sosial");
        String draft = itemNumber(telegram.awaitMessageTo(officer.id(), "dicatat lebih dulu"));
        assertThat(draft).isNotEqualTo(isu);
        telegram.awaitMessageTo(officer.id(), m -> m.messageId() == question.messageId() && m.buttons().isEmpty());
        officer.sends("/status");
        SentMessage status = telegram.awaitMessageTo(officer.id(), "Laporan terakhir");
        assertThat(status.plainText()).contains("#" + draft).contains("Bakti sosial").contains("#" + isu);
    }

    @Test
    void thanksAfterABroadcastAsksNothingAndIsCountedInTheBroadcastReport() {
        FakeUser officer = registeredOfficer("Tono", agencyName("Dinas Perhubungan"));
        FakeUser colleague = registeredOfficer("Sinta", agencyName("Dinas Perikanan"));
        long since = telegram.checkpoint();
        lead.in(central).sends("/siaran Rapat koordinasi humas besok pukul 09.00");
        lead.in(central).presses(telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.hasButton("Kirim")), "Kirim");
        SentMessage broadcast = telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("Siaran tim humas"));
        telegram.awaitMessageToSince(since, colleague.id(), m -> m.contains("Siaran tim humas"));
        SentMessage report = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Laporan siaran"));

        officer.replies(broadcast, "Terima kasih, siap");

        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.messageId() == report.messageId()
                && m.contains("Sudah dikonfirmasi 1 dari"));
        colleague.sends("Siap, terima kasih bu");
        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.messageId() == report.messageId()
                && m.contains("Sudah dikonfirmasi 2 dari"));
        telegram.assertNoMessageTo(officer.id(), quietPeriod(), m -> m.contains("Ini laporan apa?"));
        telegram.assertNoMessageTo(colleague.id(), Duration.ZERO, m -> m.contains("Ini laporan apa?"));
        officer.sends("/batal");
        telegram.awaitMessageTo(officer.id(), "Tidak ada laporan yang sedang disiapkan");
    }

    @Test
    void photosSentOneByOneJoinOneReportThatIsAskedAboutOnce() {
        FakeUser officer = registeredOfficer("Lani", agencyName("Dinas Pendidikan"));
        officer.sendsPhoto("one-by-one-1", "Wisuda SMK negeri 3");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        for (int i = 2; i <= 5; i++) {
            officer.sendsPhoto("one-by-one-" + i, "");
        }

        SentMessage updated = telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.contains("terkumpul 5 pesan dengan 5 media"));
        telegram.assertNoMessageTo(officer.id(), quietPeriod(),
                m -> m.contains("Ini laporan apa?") && m.messageId() != question.messageId());
        officer.presses(updated, "Rilis");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.contains("tercatat")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item_media WHERE item_id = ?", Integer.class,
                Long.parseLong(number))).isEqualTo(5);
    }

    @Test
    void aRoutineAlbumsPhotosReachTheTeamMemberWhoPressedItsNumber() {
        FakeUser officer = registeredOfficer("Gani", agencyName("Dinas Pendidikan"));
        officer.sendsAlbum(List.of("grad-a", "grad-b", "grad-c"), "Wisuda angkatan 2031");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        officer.presses(question, "Rilis");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.contains("tercatat")));
        awaitInNextDigest(number);

        long since = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        SentMessage digest = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.hasButton("#" + number));
        CallbackPress press = lead.in(central).presses(digest, "#" + number);

        List<String> files = List.of("grad-a", "grad-b", "grad-c");
        telegram.awaitMessageTo(LEAD_ID, m -> m.fileIds().contains("grad-c"));
        List<SentMessage> album = telegram.messagesTo(LEAD_ID).stream()
                .filter(m -> files.containsAll(m.fileIds()) && !m.fileIds().isEmpty()).toList();
        assertThat(album).flatMap(SentMessage::fileIds).containsExactlyElementsOf(files);
        assertThat(album).allMatch(m -> m.method().equals("sendMediaGroup"))
                .extracting(SentMessage::mediaGroupId).containsOnly(album.get(0).mediaGroupId());
        assertThat(telegram.awaitCallbackAnswer(press).ok()).isTrue();
        assertThat(telegram.messagesTo(CENTRAL_CHAT)).noneMatch(m -> m.fileIds().contains("grad-a"));
    }

    @Test
    void anItemEditedAfterADigestIsListedAgainAsUpdatedWithItsNewText() {
        FakeUser officer = registeredOfficer("Reni", agencyName("Dinas Perindustrian"));
        UserMessage sent = officer.sends("/lapor Lomba desain batik tingkat kabupaten");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat"));
        awaitInNextDigest(number);
        assertThat(digest()).contains("#" + number).contains("tingkat kabupaten");

        officer.editsMessage(sent.messageId(), "/lapor Lomba desain batik tingkat provinsi");

        SentMessage told = telegram.awaitMessageTo(officer.id(), "diperbarui");
        assertThat(told.plainText()).contains("ringkasan berikutnya");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM digest_entry WHERE item_id = ? AND updated_after_digest = TRUE", Integer.class,
                Long.parseLong(number)) == 1);
        String next = digest();
        assertThat(next).contains("#" + number).contains("tingkat provinsi")
                .contains("diperbarui setelah ringkasan sebelumnya");
    }

    @Test
    void aPredecessorsEditOfAnOldMessageIsRefusedAndTheItemStaysAsItWas() {
        String agency = agencyName("Dinas Pariwisata");
        FakeUser predecessor = registeredOfficer("Lama", agency);
        UserMessage sent = predecessor.sends("/lapor Pameran UMKM di alun-alun kota");
        String number = itemNumber(telegram.awaitMessageTo(predecessor.id(), "tercatat"));
        predecessor.sends("Draf yang belum selesai");
        SentMessage question = telegram.awaitMessageTo(predecessor.id(),
                m -> m.contains("Ini laporan apa?") && !m.contains("#" + number));

        String code = invite(agency);
        FakeUser successor = newUser("Baru");
        successor.sends("/start " + code);
        telegram.awaitMessageTo(predecessor.id(), m -> m.contains("tidak lagi menjadi petugas"));
        predecessor.editsMessage(sent.messageId(), "/lapor Pameran UMKM dibatalkan");

        telegram.awaitMessageTo(predecessor.id(), "tidak lagi Bapak/Ibu wakili");
        CallbackPress late = predecessor.presses(question, "Rilis");
        assertThat(telegram.awaitCallbackAnswer(late).param("text")).contains("tidak berlaku");
        assertThat(jdbc.queryForObject("SELECT body FROM item WHERE id = ?", String.class, Long.parseLong(number)))
                .isEqualTo("Pameran UMKM di alun-alun kota");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item WHERE body = 'Draf yang belum selesai'",
                Integer.class)).isZero();
    }

    @Test
    void anItemKeepsTwentyMediaAndTheOfficerIsToldWhatWasNotKept() {
        FakeUser officer = registeredOfficer("Banyak", agencyName("Dinas Kebudayaan"));
        officer.sendsAlbum(album("cap-a", 10), "Festival budaya");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        officer.sendsAlbum(album("cap-b", 10), "");
        telegram.awaitMessageTo(officer.id(), m -> m.messageId() == question.messageId()
                && m.contains("terkumpul 2 pesan dengan 20 media"));
        officer.sendsAlbum(album("cap-c", 5), "");

        SentMessage refused = telegram.awaitMessageTo(officer.id(), "paling banyak 20");
        assertThat(refused.plainText()).contains("5 media terakhir tidak disimpan");
        officer.presses(telegram.message(officer.id(), question.messageId()).orElseThrow(), "Rilis");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.contains("tercatat")));
        assertThat(jdbc.queryForList("SELECT file_id FROM item_media WHERE item_id = ? ORDER BY seq", String.class,
                Long.parseLong(number))).hasSize(20).startsWith("cap-a-0").endsWith("cap-b-9");
    }

    @Test
    void theOfficerAndTheTeamCanChangeAnItemsKindWhileItIsUnderReview() {
        FakeUser officer = registeredOfficer("Jeni", agencyName("Dinas Koperasi"));
        FakeUser other = registeredOfficer("Lain", agencyName("Dinas Lain"));
        officer.sends("/lapor Pelatihan UMKM digital di balai desa");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat"));

        officer.sends("/jenis " + number + " kegiatan pasca");
        telegram.awaitMessageTo(officer.id(), m -> m.contains("#" + number) && m.contains("Kegiatan · Pasca"));
        other.sends("/jenis " + number + " isu");
        telegram.awaitMessageTo(other.id(), "bukan laporan instansi");
        long since = telegram.checkpoint();
        lead.in(central).sends("/jenis " + number + " rilis");
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("#" + number) && m.contains("Rilis"));

        assertThat(jdbc.queryForObject("SELECT category FROM item WHERE id = ?", String.class,
                Long.parseLong(number))).isEqualTo("RELEASE");
        awaitInNextDigest(number);
        String digest = digest();
        assertThat(digest.substring(digest.indexOf("Rilis"))).contains("#" + number);
    }

    private static List<String> album(String prefix, int size) {
        return IntStream.range(0, size).mapToObj(i -> prefix + "-" + i).toList();
    }

    private String digest() {
        long since = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        telegram.awaitMessageToSince(since, CENTRAL_CHAT,
                m -> m.contains("Belum mengirim laporan") || m.contains("Semua instansi sudah"));
        return telegram.messagesTo(CENTRAL_CHAT).stream().filter(m -> m.lastChangeSeq() > since)
                .map(SentMessage::plainText).collect(Collectors.joining("\n"));
    }

    private void awaitInNextDigest(String... numbers) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (String number : numbers) {
                Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM digest_entry WHERE item_id = ?"
                        + " AND (digest_id IS NULL OR updated_after_digest = TRUE)", Integer.class,
                        Long.parseLong(number));
                if (found == null || found == 0) {
                    return false;
                }
            }
            return true;
        });
    }
}
