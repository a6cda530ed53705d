package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import id.humas.hub.fake.UserMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An officer corrects an item by editing the message it came from, as long as the item is under review. */
class EditedMessagesEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEditedIssueUpdatesTheItemItsCardInTheCentralGroupAndTheDigest() {
        FakeUser officer = registeredOfficer("Tono", agencyName("BPBD Kabupaten"));
        UserMessage alert = officer.sends("/isu Banjir setinggi 50 cm di Desa Mekar");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number));
        awaitCardSent(number);

        officer.editsMessage(alert.messageId(), "/isu Banjir setinggi 1 meter di Desa Mekar & <Sukamaju>");

        telegram.awaitMessageTo(officer.id(), m -> m.contains("#" + number + " diperbarui"));
        SentMessage edited = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == card.messageId() && m.contains("Diedit oleh petugas"));
        assertThat(edited.plainText()).contains("ISU #" + number)
                .contains("Banjir setinggi 1 meter di Desa Mekar & <Sukamaju>").doesNotContain("50 cm");
        assertThat(edited.buttonTexts()).containsExactly("Tangani", "Terima", "Minta revisi", "Tolak", "Sudah terbit");
        assertThat(jdbc.queryForObject("SELECT previous_body FROM item WHERE id = ?", String.class,
                Long.parseLong(number))).isEqualTo("Banjir setinggi 50 cm di Desa Mekar");

        awaitDigestEntry(number, "1 meter");
        String line = digestLine(number);
        assertThat(line).contains("Banjir setinggi 1 meter di Desa Mekar & <Sukamaju>").contains("(diedit)")
                .doesNotContain("50 cm");
    }

    @Test
    void anEditedCaptionUpdatesTheItemToo() {
        FakeUser officer = registeredOfficer("Wulan", agencyName("Dinas Pariwisata"));
        UserMessage photo = officer.sendsPhoto("photo-festival-1", "Festival budaya hari pertama");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        officer.presses(question, "Rilis");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.contains("tercatat")));

        officer.editsCaption(photo.messageId(), "Festival budaya hari pertama, 5.000 pengunjung");

        telegram.awaitMessageTo(officer.id(), m -> m.contains("#" + number + " diperbarui"));
        long since = telegram.checkpoint();
        officer.sends("/status");
        SentMessage status = telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("Laporan terakhir"));
        assertThat(status.plainText()).contains("5.000 pengunjung");
    }

    @Test
    void anEditWhileTheKindIsAskedChangesTheSubmissionBeingPrepared() {
        FakeUser officer = registeredOfficer("Yudi", agencyName("Dinas Perhubungan"));
        UserMessage text = officer.sends("Uji emisi kendaraan dinas Selasa 10-06-2031 08.00 di Terminal");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");

        officer.editsMessage(text.messageId(), "Uji emisi kendaraan dinas Rabu pagi 11-06-2031 08.00 di Terminal");
        telegram.awaitMessageTo(officer.id(), "Perubahan dicatat");
        officer.presses(question, "Agenda");
        telegram.awaitMessageTo(officer.id(), m -> m.messageId() == question.messageId() && m.contains("tercatat"));

        long since = telegram.checkpoint();
        officer.sends("/status");
        SentMessage status = telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("Laporan terakhir"));
        assertThat(status.plainText()).contains("Uji emisi kendaraan dinas Rabu pagi").doesNotContain("Selasa");
    }

    @Test
    void anItemNoLongerUnderReviewStaysAsItIsAndTheOfficerIsToldToSendANewOne() {
        FakeUser officer = registeredOfficer("Zaki", agencyName("Dinas Koperasi UMKM"));
        UserMessage agenda = officer.sends("/agenda Bazar UMKM Sabtu 14-06-2031 08.00 di Alun-alun");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat"));
        // Review actions come in a later version; the test decides the item directly.
        jdbc.update("UPDATE item SET status = 'ACCEPTED' WHERE id = ?", Long.parseLong(number));

        officer.editsMessage(agenda.messageId(), "/agenda Bazar UMKM Minggu 15-06-2031 08.00 di Alun-alun");

        SentMessage refusal = telegram.awaitMessageTo(officer.id(), m -> m.contains("#" + number + " sudah berstatus"));
        assertThat(refusal.plainText()).contains("Diterima").contains("laporan baru");
        assertThat(jdbc.queryForObject("SELECT body FROM item WHERE id = ?", String.class, Long.parseLong(number)))
                .isEqualTo("Bazar UMKM Sabtu 14-06-2031 08.00 di Alun-alun");
        assertThat(telegram.messagesTo(officer.id())).noneMatch(m -> m.contains("diperbarui"));
    }

    @Test
    void editsOfCommandsAreIgnoredAndEditsOfMessagesThatMadeNoItemGetAHint() {
        FakeUser officer = registeredOfficer("Ayu", agencyName("Dinas Kearsipan"));
        UserMessage status = officer.sends("/status");
        telegram.awaitMessageTo(officer.id(), "Belum ada laporan");
        UserMessage typo = officer.sends("Salah kirim");
        telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE chat_id = ? AND ref LIKE 'draft:%'"
                        + " AND telegram_message_id IS NOT NULL", Integer.class, officer.id()) > 0);
        officer.sends("/batal");
        telegram.awaitMessageTo(officer.id(), "dibatalkan");
        telegram.awaitMessageTo(officer.id(), m -> m.contains("Ini laporan apa?") && m.buttons().isEmpty());
        long since = telegram.checkpoint();

        officer.editsMessage(status.messageId(), "/status semua");
        officer.editsMessage(typo.messageId(), "Salah kirim lagi");

        telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("tidak mengubah laporan"));
        telegram.assertNoMessageTo(officer.id(), quietPeriod(),
                m -> m.lastChangeSeq() > since && !m.contains("tidak mengubah laporan"));
    }

    @Test
    void aStrangersEditChangesNothingAndGetsNoReply() {
        FakeUser stranger = newUser("Asing");
        UserMessage hello = stranger.sends("Halo, ada info banjir");
        telegram.awaitMessageTo(stranger.id(), "belum terdaftar");
        long since = telegram.checkpoint();

        stranger.editsMessage(hello.messageId(), "Halo, ada info banjir besar");

        telegram.assertNoMessageTo(stranger.id(), quietPeriod(), m -> m.lastChangeSeq() > since);
        assertThat(telegram.messagesTo(CENTRAL_CHAT)).noneMatch(m -> m.contains("banjir besar"));
    }

    private void awaitCardSent(String number) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE ref = ? AND status = 'SENT'", Integer.class,
                "item:" + number) > 0);
    }

    private void awaitDigestEntry(String number, String text) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM digest_entry WHERE item_id = ? AND digest_id IS NULL AND excerpt LIKE ?",
                Integer.class, Long.parseLong(number), "%" + text + "%") > 0);
    }

    /** Posts the digest and returns the line of item #number. */
    private String digestLine(String number) {
        long since = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        telegram.awaitMessageToSince(since, CENTRAL_CHAT,
                m -> m.contains("Belum mengirim laporan") || m.contains("Semua instansi sudah"));
        String digest = telegram.messagesTo(CENTRAL_CHAT).stream().filter(m -> m.lastChangeSeq() > since)
                .map(SentMessage::plainText).collect(Collectors.joining("\n"));
        return Arrays.stream(digest.split("\n")).filter(line -> line.contains("#" + number + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no line for #" + number + " in\n" + digest));
    }
}
