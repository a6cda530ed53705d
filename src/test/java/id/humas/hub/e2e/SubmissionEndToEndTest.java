package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.RecordedCall;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;

class SubmissionEndToEndTest extends EndToEndTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anIssueReachesTheCentralGroupAtOnceEscapedAndWithReviewButtons() {
        String agency = agencyName("Dinas Kesehatan");
        FakeUser officer = registeredOfficer("Sari", agency);
        String text = "Warga protes <RSUD> & \"antrean\" panjang </b><script>alert(1)</script>";

        officer.sends("/isu " + text);

        SentMessage confirmation = telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan");
        String number = itemNumber(confirmation);
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number));
        assertThat(card.plainText()).contains(agency).contains("Sari").contains(text);
        assertThat(card.buttonTexts()).containsExactly("Tangani", "Terima", "Minta revisi", "Tolak", "Sudah terbit");
    }

    @Test
    void thePhotoOfAnIssueIsCopiedToTheCentralGroupByFileId() {
        String agency = agencyName("BPBD");
        FakeUser officer = registeredOfficer("Andi", agency);

        officer.sendsPhoto("photo-longsor-1", "/isu Longsor menutup jalan provinsi");

        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage photo = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.fileIds().contains("photo-longsor-1"));
        assertThat(photo.method()).isEqualTo("sendPhoto");
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number));
        assertThat(card.plainText()).contains("Longsor menutup jalan provinsi");
        assertThat(photo.messageId()).isLessThan(card.messageId());
    }

    @Test
    void aPlainMessageStartsAGuidedSubmissionThatAsksKindAndPhase() {
        FakeUser officer = registeredOfficer("Rudi", agencyName("Dinas Pertanian"));

        officer.sends("Panen raya padi di Desa Sukamaju bersama Bupati");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        assertThat(question.buttonTexts()).contains("Kegiatan", "Agenda", "Rilis", "Isu");

        officer.presses(question, "Kegiatan");
        SentMessage phases = telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.hasButton("Pasca"));
        assertThat(phases.buttonTexts()).contains("Pra", "Saat", "Pasca");
        CallbackPress press = officer.presses(phases, "Pasca");

        SentMessage confirmed = telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.contains("tercatat"));
        assertThat(confirmed.plainText()).contains("Kegiatan · Pasca");
        assertThat(confirmed.buttons()).isEmpty();
        assertThat(telegram.awaitCallbackAnswer(press).ok()).isTrue();

        officer.sends("/status");
        SentMessage status = telegram.awaitMessageTo(officer.id(), "Laporan terakhir Bapak/Ibu");
        assertThat(status.plainText()).contains("#" + itemNumber(confirmed)).contains("Kegiatan · Pasca")
                .contains("Baru").contains("Panen raya padi");
    }

    @Test
    void anAlbumBecomesOneItemWithAllItsPhotos() {
        FakeUser officer = registeredOfficer("Lina", agencyName("Dinas Pendidikan"));

        officer.sendsAlbum(List.of("album-a", "album-b", "album-c"), "Wisuda SMK negeri");

        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        telegram.assertNoMessageTo(officer.id(), quietPeriod(),
                m -> m.contains("Ini laporan apa?") && m.messageId() != question.messageId());
        officer.presses(question, "Isu");

        String number = itemNumber(telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.contains("tercatat")));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number));
        List<SentMessage> album = telegram.messagesTo(CENTRAL_CHAT).stream()
                .filter(m -> m.method().equals("sendMediaGroup") && m.messageId() < card.messageId())
                .filter(m -> List.of("album-a", "album-b", "album-c").containsAll(m.fileIds()))
                .toList();
        assertThat(album).flatMap(SentMessage::fileIds).containsExactly("album-a", "album-b", "album-c");
        assertThat(card.plainText()).contains("Wisuda SMK negeri");
    }

    @Test
    void documentsAndVideosAreItemsToo() {
        FakeUser officer = registeredOfficer("Dewi", agencyName("Bappeda"));

        officer.sendsDocument("doc-rilis-1", "rilis.pdf", "Draf rilis musrenbang");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        officer.presses(question, "Rilis");
        telegram.awaitMessageTo(officer.id(), m -> m.contains("tercatat") && m.contains("Rilis"));

        officer.sendsVideo("video-1", "Video senam bersama besok 06.30 di Alun-alun");
        SentMessage second = telegram.awaitMessageTo(officer.id(),
                m -> m.contains("Ini laporan apa?") && m.messageId() != question.messageId());
        officer.presses(second, "Agenda");
        telegram.awaitMessageTo(officer.id(), m -> m.contains("tercatat") && m.contains("Agenda"));
    }

    @Test
    void reportWithTextIsAnItemBeforeAnyTapAndItsKindIsAskedAfterwardsWhileReportAloneWaitsForTheContent() {
        FakeUser officer = registeredOfficer("Eka", agencyName("Dinas Kominfo Kota"));

        officer.sends("/lapor Rilis peluncuran aplikasi layanan publik");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        assertThat(question.plainText()).as("recorded before any tap").contains("tercatat").contains("#");
        String number = itemNumber(question);
        officer.presses(question, "Rilis");
        SentMessage refined = telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.contains("dicatat sebagai Rilis"));
        assertThat(refined.plainText()).contains("#" + number);
        assertThat(refined.buttons()).isEmpty();

        officer.sends("/agenda");
        telegram.awaitMessageTo(officer.id(), "Silakan kirim isi");
        officer.sends("Rapat koordinasi 09-06-2031 09.00 di aula");
        SentMessage agenda = telegram.awaitMessageTo(officer.id(), m -> m.contains("Laporan #") && m.contains("Agenda")
                && m.messageId() > question.messageId());
        assertThat(agenda.plainText()).contains("ringkasan");
    }

    @Test
    void cancelDiscardsTheDraftAndItsButtonsStopWorking() {
        FakeUser officer = registeredOfficer("Fajar", agencyName("Dinas Perikanan"));
        officer.sends("Teks yang salah kirim");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");

        String issueData = question.button("Isu").orElseThrow().callbackData();
        // as a person would: the bot has noted which message its question became before the officer answers
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE chat_id = ? AND ref LIKE 'draft:%'"
                        + " AND telegram_message_id IS NOT NULL", Integer.class, officer.id()) > 0);

        officer.sends("/batal");
        telegram.awaitMessageTo(officer.id(), "dibatalkan");
        telegram.awaitMessageTo(officer.id(), m -> m.messageId() == question.messageId() && m.buttons().isEmpty());
        CallbackPress late = officer.pressesData(question, issueData);

        RecordedCall answer = telegram.awaitCallbackAnswer(late);
        assertThat(answer.param("text")).contains("tidak berlaku");
        officer.sends("/status");
        telegram.awaitMessageTo(officer.id(), "Belum ada laporan");
        officer.sends("/batal");
        telegram.awaitMessageTo(officer.id(), "Tidak ada laporan yang sedang disiapkan");
    }

    @Test
    void unsupportedContentGetsAClearReplyAndCreatesNothing() {
        FakeUser officer = registeredOfficer("Gita", agencyName("Satpol PP"));

        officer.sendsSticker("sticker-1");
        telegram.awaitMessageTo(officer.id(), "tidak dapat dijadikan laporan");
        officer.sendsLocation(-6.2, 106.8);
        telegram.awaitMessageTo(officer.id(), m -> m.contains("tidak dapat dijadikan laporan")
                && telegram.messagesTo(officer.id()).stream().filter(x -> x.contains("tidak dapat")).count() == 2);
        officer.sends("/status");
        telegram.awaitMessageTo(officer.id(), "Belum ada laporan");
    }

    @Test
    void helpExplainsWhatToSend() {
        FakeUser officer = registeredOfficer("Hadi", agencyName("Dinas Sosial"));

        officer.sends("/bantuan");

        SentMessage help = telegram.awaitMessageTo(officer.id(), "Petugas informasi");
        assertThat(help.plainText()).contains("/isu").contains("/lapor").contains("/status").contains("/batal");
    }

    @Test
    void onlyTheCentralTeamMayPressReviewButtons() {
        FakeUser officer = registeredOfficer("Indra", agencyName("Dinas PUPR"));
        officer.sends("/isu Jembatan retak");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number));

        FakeUser stranger = newUser("Penyusup");
        CallbackPress refused = stranger.in(central).presses(card, "Terima");
        RecordedCall alert = telegram.awaitCallbackAnswer(refused);
        assertThat(alert.param("show_alert")).isEqualTo("true");
        assertThat(alert.param("text")).contains("Hanya tim humas pusat");

        CallbackPress forged = stranger.in(central).pressesData(card, "rv:a:999999999");
        assertThat(telegram.awaitCallbackAnswer(forged).param("text")).contains("Hanya tim humas pusat");

        assertThat(telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow().isEdited()).isFalse();
        CallbackPress byTeam = lead.in(central).presses(card, "Terima");
        assertThat(telegram.awaitCallbackAnswer(byTeam).param("show_alert")).isNotEqualTo("true");
        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.messageId() == card.messageId() && m.contains("Diterima"));
    }

    static String itemNumber(SentMessage confirmation) {
        return confirmation.plainText().replaceAll("(?s).*#(\\d+).*", "$1");
    }
}
