package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.RecordedCall;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;

/** Routine items have no card: /item N and the digest's buttons show one with its history and review buttons. */
class ItemCommandEndToEndTest extends EndToEndTest {

    @Test
    void aRoutineItemIsShownWithItsHistoryAndCanBeReviewedFromThere() {
        String agency = agencyName("Dinas Perpustakaan");
        FakeUser officer = registeredOfficer("Hana", agency);
        String number = release(officer, "Rilis: perpustakaan keliling hadir di 12 desa");

        lead.in(central).sends("/item " + number);

        SentMessage shown = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("Laporan #" + number + " "));
        assertThat(shown.plainText()).contains(agency).contains("Hana").contains("Rilis").contains("Status: Baru")
                .contains("perpustakaan keliling").contains("Riwayat").contains("dikirim oleh Hana");
        assertThat(shown.buttonTexts()).containsExactly("Terima", "Minta revisi", "Tolak", "Sudah terbit");

        lead.in(central).presses(shown, "Minta revisi");
        SentMessage question = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.forceReply() && m.contains("#" + number) && m.contains("direvisi"));
        lead.in(central).replies(question, "Cantumkan jadwal per desa");
        SentMessage waiting = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == shown.messageId() && m.contains("Status: Perlu revisi"));
        assertThat(waiting.plainText()).contains("Perlu revisi oleh Rina").contains("Cantumkan jadwal per desa");
        SentMessage request = telegram.awaitMessageTo(officer.id(), m -> m.forceReply() && m.contains("#" + number));
        officer.replies(request, "Rilis: perpustakaan keliling, jadwal Senin-Jumat");
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.contains("LAPORAN #" + number + " ") && m.contains("Versi 2"));
        assertThat(card.plainText()).contains("Rilis").contains("jadwal Senin-Jumat");

        reviewer.sends("/item #" + number);

        SentMessage privately = telegram.awaitMessageTo(reviewer.id(), m -> m.contains("Laporan #" + number + " "));
        assertThat(privately.plainText()).contains("versi 2").contains("Status: Baru")
                .contains("Perlu revisi oleh Rina").contains("versi 2 dikirim oleh Hana");
        reviewer.presses(privately, "Terima");
        SentMessage accepted = telegram.awaitMessageTo(reviewer.id(),
                m -> m.messageId() == privately.messageId() && m.contains("Status: Diterima"));
        assertThat(accepted.plainText()).contains("Diterima oleh Dodi");
        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.messageId() == card.messageId() && m.contains("Status: Diterima"));
        telegram.awaitMessageTo(officer.id(), "Laporan #" + number + " Bapak/Ibu diterima");
    }

    @Test
    void aBadOrUnknownNumberGetsAClearReplyAndOfficersCannotUseIt() {
        FakeUser officer = registeredOfficer("Iwan", agencyName("Dinas Arsip"));
        long since = telegram.checkpoint();

        lead.in(central).sends("/item abc");
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Tulis nomor laporannya"));
        lead.in(central).sends("/item 987654321");
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("#987654321 tidak ditemukan"));
        officer.sends("/item 1");
        telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("hanya untuk tim humas pusat"));
    }

    @Test
    void theDigestHasAButtonPerItemThatShowsItForTheTeamOnly() {
        FakeUser officer = registeredOfficer("Joni", agencyName("Dinas Pemuda"));
        String number = release(officer, "Rilis: turnamen futsal pelajar");

        long since = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        // a long digest comes in pieces, the buttons under the last
        SentMessage digest = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.hasButton("#" + number));

        RecordedCall refused = telegram.awaitCallbackAnswer(newUser("Tamu").in(central).presses(digest, "#" + number));
        assertThat(refused.param("show_alert")).isEqualTo("true");
        assertThat(refused.param("text")).contains("Hanya tim humas pusat");
        CallbackPress press = reviewer.in(central).presses(digest, "#" + number);

        assertThat(telegram.awaitCallbackAnswer(press).ok()).isTrue();
        SentMessage shown = telegram.awaitMessageToSince(since, CENTRAL_CHAT,
                m -> m.contains("Laporan #" + number + " "));
        assertThat(shown.plainText()).contains("turnamen futsal").contains("Riwayat");
        assertThat(shown.buttonTexts()).contains("Terima");
        reviewer.in(central).presses(shown, "Tolak");
        reviewer.in(central).replies(telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.forceReply() && m.contains("#" + number)), "-");
        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.messageId() == shown.messageId() && m.contains("Status: Ditolak"));
        telegram.awaitMessageTo(officer.id(), "Laporan #" + number + " Bapak/Ibu tidak dapat dimuat");
    }

    private String release(FakeUser officer, String text) {
        officer.sends(text);
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        officer.presses(question, "Rilis");
        return itemNumber(telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.contains("tercatat")));
    }
}
