package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The revision loop: reason by forced reply, the officer told, the officer's reply as the next version. */
class RevisionEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficersReplyBecomesVersionTwoWithANewCardThatCanBeAccepted() {
        FakeUser officer = registeredOfficer("Rahmat", agencyName("Dinas Lingkungan Hidup"));
        officer.sends("/isu Sampah menumpuk di TPA Sukajadi");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));

        reviewer.in(central).presses(card, "Minta revisi");
        SentMessage question = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.forceReply() && m.contains("#" + number) && m.contains("direvisi"));
        reviewer.in(central).replies(question, "Sebutkan volume sampah & sumber datanya");

        SentMessage waiting = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == card.messageId() && m.contains("Status: Perlu revisi"));
        assertThat(waiting.plainText()).contains("Alasan: Sebutkan volume sampah & sumber datanya")
                .contains("Menunggu versi baru");
        assertThat(waiting.buttonTexts()).containsExactly("Tolak");
        SentMessage request = telegram.awaitMessageTo(officer.id(), m -> m.forceReply() && m.contains("#" + number));
        assertThat(request.plainText()).contains("meminta revisi").contains("Sebutkan volume sampah & sumber datanya");

        officer.replies(request, "Sampah menumpuk 40 ton di TPA Sukajadi (data DLH)");

        telegram.awaitMessageTo(officer.id(), "Versi 2 laporan #" + number + " tercatat");
        SentMessage second = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.contains("ISU #" + number + " ") && m.contains("Versi 2"));
        assertThat(second.messageId()).isNotEqualTo(card.messageId());
        assertThat(second.plainText()).contains("40 ton");
        assertThat(second.buttonTexts()).containsExactly("Terima", "Minta revisi", "Tolak", "Sudah terbit");

        lead.in(central).presses(second, "Terima");

        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.messageId() == second.messageId() && m.contains("Status: Diterima"));
        telegram.awaitMessageTo(officer.id(), "Laporan #" + number + " Bapak/Ibu diterima");
        assertThat(jdbc.queryForList("SELECT action FROM review_action WHERE item_id = ? ORDER BY id", String.class,
                Long.parseLong(number))).containsExactly("REQUEST_REVISION", "REVISION_RECEIVED", "ACCEPT");
        assertThat(jdbc.queryForList("SELECT body FROM item_version WHERE item_id = ?", String.class,
                Long.parseLong(number))).containsExactly("Sampah menumpuk di TPA Sukajadi");

        long since = telegram.checkpoint();
        officer.replies(request, "Versi ketiga tanpa diminta");
        telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("tidak sedang menunggu revisi"));
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.contains("Versi ketiga"));
    }

    @Test
    void aPhotoWithCaptionIsANewVersionAndAnEmptyReasonIsAskedAgain() {
        FakeUser officer = registeredOfficer("Fitri", agencyName("Dinas Koperasi"));
        officer.sends("/isu Pasar murah ricuh");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));

        lead.in(central).presses(card, "Minta revisi");
        SentMessage question = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.forceReply() && m.contains("#" + number) && m.contains("direvisi"));
        long since = telegram.checkpoint();
        lead.in(central).repliesWithPhoto(question, "photo-bukan-alasan", null);
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Alasan revisi tidak boleh kosong"));
        SentMessage again = telegram.awaitMessageToSince(since, CENTRAL_CHAT,
                m -> m.forceReply() && m.contains("#" + number));
        assertThat(telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow().isEdited()).isFalse();
        lead.in(central).replies(again, "Mohon lampirkan foto");

        SentMessage request = telegram.awaitMessageTo(officer.id(), m -> m.forceReply() && m.contains("#" + number));
        officer.repliesWithPhoto(request, "photo-pasar-murah", "Pasar murah sempat ricuh, kini kondusif");

        telegram.awaitMessageTo(officer.id(), "Versi 2 laporan #" + number + " tercatat");
        SentMessage photo = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.fileIds().contains("photo-pasar-murah"));
        SentMessage second = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.contains("ISU #" + number + " ") && m.contains("Versi 2"));
        assertThat(second.plainText()).contains("kini kondusif");
        assertThat(photo.messageId()).isLessThan(second.messageId());
    }

    @Test
    void anAnswerAfterAnotherReviewerActedChangesNothingAndSaysWhoActed() {
        FakeUser officer = registeredOfficer("Gilang", agencyName("Dinas Kependudukan"));
        officer.sends("/isu Server KTP-el down");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));

        lead.in(central).presses(card, "Minta revisi");
        SentMessage question = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.forceReply() && m.contains("#" + number) && m.contains("direvisi"));
        reviewer.in(central).presses(card, "Terima");
        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.messageId() == card.messageId() && m.contains("Status: Diterima"));
        long since = telegram.checkpoint();
        lead.in(central).replies(question, "Tambahkan jam pemulihan");

        SentMessage refusal = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("sudah berstatus"));
        assertThat(refusal.plainText()).contains("Diterima").contains("Dodi");
        telegram.assertNoMessageTo(officer.id(), quietPeriod(), m -> m.contains("meminta revisi"));
        assertThat(jdbc.queryForList("SELECT action FROM review_action WHERE item_id = ?", String.class,
                Long.parseLong(number))).isEqualTo(List.of("ACCEPT"));
    }
}
