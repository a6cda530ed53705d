package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;

/**
 * A siaran with a circular (a photo or a document) to chosen agencies: previewed to its writer with Kirim and
 * Batal; Batal sends nothing; Kirim sends the file with its text to exactly those agencies' officers, once; the
 * report counts the officers who acknowledged it.
 */
class BroadcastPreviewEndToEndTest extends EndToEndTest {

    private static final Pattern NUMBER = Pattern.compile("(?i)siaran #(\\d+)");

    @Test
    void aPhotoToTwoChosenAgenciesIsPreviewedCancelledOrSentOnceAndItsAcknowledgementsCounted() {
        String kominfo = agencyName("Dinas Komunikasi");
        String kesehatan = agencyName("Dinas Kesehatan");
        FakeUser ani = registeredOfficer("Ani", kominfo);
        FakeUser budi = registeredOfficer("Budi", kesehatan);
        FakeUser other = registeredOfficer("Cici", agencyName("Dinas Pertanian"));

        long since = telegram.checkpoint();
        lead.sendsPhoto("edaran-1", "/siaran @" + kominfo + ", " + kesehatan + " | Surat edaran: apel pagi <Senin> & rapat");
        SentMessage shown = telegram.awaitMessageToSince(since, LEAD_ID, m -> "sendPhoto".equals(m.method()));
        assertThat(shown.fileId()).isEqualTo("edaran-1");
        assertThat(shown.plainText()).contains("Siaran tim humas pusat").contains("Surat edaran: apel pagi <Senin> & rapat");
        SentMessage preview = telegram.awaitMessageToSince(since, LEAD_ID, m -> m.hasButton("Kirim"));
        assertThat(preview.buttonTexts()).containsExactly("Kirim", "Batal");
        assertThat(preview.plainText()).contains("Pratinjau siaran").contains(kominfo + ", " + kesehatan)
                .contains("2 petugas").contains("Belum ada yang dikirim");

        String sendData = preview.button("Kirim").orElseThrow().callbackData();
        CallbackPress cancel = lead.presses(preview, "Batal");
        assertThat(telegram.awaitCallbackAnswer(cancel).param("text")).contains("dibatalkan");
        SentMessage cancelled = telegram.awaitMessageTo(LEAD_ID,
                m -> m.messageId() == preview.messageId() && m.contains("dibatalkan"));
        assertThat(cancelled.buttons()).isEmpty();
        CallbackPress lateSend = lead.pressesData(preview, sendData);
        assertThat(telegram.awaitCallbackAnswer(lateSend).param("text")).contains("sudah dibatalkan");
        for (FakeUser officer : List.of(ani, budi, other)) {
            telegram.assertNoMessageTo(officer.id(), quietPeriod(), m -> m.contains("Surat edaran"));
        }

        since = telegram.checkpoint();
        lead.sendsPhoto("edaran-2", "/siaran @" + kominfo + ", " + kesehatan.substring(6) + "\nEdaran kedua: apel pagi");
        SentMessage second = telegram.awaitMessageToSince(since, LEAD_ID, m -> m.hasButton("Kirim"));
        String number = number(second);
        String secondSendData = second.button("Kirim").orElseThrow().callbackData();
        CallbackPress send = lead.presses(second, "Kirim");
        assertThat(telegram.awaitCallbackAnswer(send).param("text")).contains("#" + number).contains("dikirim");
        SentMessage toAni = telegram.awaitMessageToSince(since, ani.id(), m -> m.contains("Edaran kedua"));
        SentMessage toBudi = telegram.awaitMessageToSince(since, budi.id(), m -> m.contains("Edaran kedua"));
        assertThat(List.of(toAni, toBudi)).allSatisfy(photo -> {
            assertThat(photo.method()).isEqualTo("sendPhoto");
            assertThat(photo.fileId()).isEqualTo("edaran-2");
        });
        telegram.awaitMessageTo(LEAD_ID, m -> m.messageId() == second.messageId()
                && m.contains("sedang dikirim ke 2 petugas") && m.buttons().isEmpty());
        CallbackPress again = lead.pressesData(second, secondSendData);
        assertThat(telegram.awaitCallbackAnswer(again).param("text")).contains("sudah dikirim");
        SentMessage report = telegram.awaitMessageToSince(since, LEAD_ID,
                m -> m.contains("Laporan siaran #" + number));
        assertThat(report.plainText()).contains("terkirim 2").contains("tidak terjangkau 0");

        ani.replies(toAni, "Siap, laksanakan");
        telegram.awaitMessageTo(LEAD_ID, m -> m.messageId() == report.messageId()
                && m.contains("Sudah dikonfirmasi 1 dari 2"));
        budi.sends("Terima kasih bu");
        telegram.awaitMessageTo(LEAD_ID, m -> m.messageId() == report.messageId()
                && m.contains("Sudah dikonfirmasi 2 dari 2"));
        telegram.assertNoMessageTo(other.id(), quietPeriod(), m -> m.contains("Edaran kedua"));
        assertThat(telegram.messagesTo(ani.id())).filteredOn(m -> m.contains("Edaran kedua")).hasSize(1);
    }

    @Test
    void aDocumentGoesWithItsTextAndUnknownAgenciesOrAlbumsAreRefusedClearly() {
        String arsip = agencyName("Dinas Kearsipan");
        FakeUser dewi = registeredOfficer("Dewi", arsip);

        long since = telegram.checkpoint();
        lead.in(central).sends("/siaran @Dinas Antah Berantah | Rapat besok");
        SentMessage refused = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Antah Berantah"));
        assertThat(refused.plainText()).contains("Tidak ada instansi").contains("Siaran belum dibuat")
                .contains("/siaran @Dinas Kominfo, Dinas Kesehatan | ");
        assertThat(refused.buttons()).isEmpty();

        lead.sendsAlbum(List.of("foto-a", "foto-b"), "/siaran Dua foto");
        telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("satu foto atau satu dokumen"));

        lead.in(central).sendsDocument("surat-edaran-7", "SE-7.pdf", "/siaran @" + arsip + " | Surat edaran nomor 7");
        SentMessage preview = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.hasButton("Kirim"));
        assertThat(preview.plainText()).contains(arsip).contains("1 petugas");
        String number = number(preview);
        lead.in(central).presses(preview, "Kirim");
        SentMessage circular = telegram.awaitMessageToSince(since, dewi.id(), m -> m.contains("Surat edaran nomor 7"));
        assertThat(circular.method()).isEqualTo("sendDocument");
        assertThat(circular.fileId()).isEqualTo("surat-edaran-7");
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Laporan siaran #" + number));
    }

    @Test
    void theTeamsHelpExplainsBroadcasts() {
        long since = telegram.checkpoint();
        lead.sends("/bantuan");
        SentMessage help = telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("Tim humas pusat"));
        assertThat(help.plainText()).contains("/siaran @Dinas Kominfo, Dinas Kesehatan | TEKS")
                .contains("Kirim").contains("Batal").contains("dokumen");
    }

    private static String number(SentMessage preview) {
        Matcher matcher = NUMBER.matcher(preview.plainText());
        assertThat(matcher.find()).as("number in %s", preview.plainText()).isTrue();
        return matcher.group(1);
    }
}
