package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.RecordedCall;
import id.humas.hub.fake.SentMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The review buttons on an isu's card: accept, reject (with and without a reason), published with its link. */
class ReviewEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void acceptingEditsTheCardTellsTheOfficerAndASecondReviewerLearnsWhoActed() {
        FakeUser officer = registeredOfficer("Wati", agencyName("Dinas Sosial"));
        String number = issue(officer, "Bantuan sosial terlambat disalurkan");
        SentMessage card = card(number);

        CallbackPress accept = reviewer.in(central).presses(card, "Terima");

        assertThat(telegram.awaitCallbackAnswer(accept).param("text")).contains("#" + number).contains("diterima");
        SentMessage edited = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == card.messageId() && m.contains("Status: Diterima"));
        assertThat(edited.plainText()).contains("oleh Dodi").contains("Bantuan sosial terlambat");
        assertThat(edited.buttonTexts()).containsExactly("Sudah terbit");
        telegram.awaitMessageTo(officer.id(), "Laporan #" + number + " Bapak/Ibu diterima");

        CallbackPress late = lead.in(central).pressesData(card, "rv:a:" + number);
        RecordedCall refusal = telegram.awaitCallbackAnswer(late);
        assertThat(refusal.param("show_alert")).isEqualTo("true");
        assertThat(refusal.param("text")).contains("#" + number).contains("Diterima").contains("Dodi");
        CallbackPress lateRevision = lead.in(central).pressesData(card, "rv:r:" + number);
        assertThat(telegram.awaitCallbackAnswer(lateRevision).param("text")).contains("Dodi");
        telegram.assertNoMessageTo(officer.id(), quietPeriod(), m -> m.contains("#" + number)
                && !m.contains("Bapak/Ibu diterima") && !m.contains("tercatat dan langsung"));
        assertThat(telegram.messagesTo(CENTRAL_CHAT)).noneMatch(m -> m.forceReply() && m.contains("#" + number));
        assertThat(audit(number)).extracting(row -> row.get("ACTION") + " " + row.get("FROM_STATUS") + "→"
                + row.get("TO_STATUS") + " " + row.get("ACTOR_NAME")).containsExactly("ACCEPT NEW→ACCEPTED Dodi");
    }

    @Test
    void rejectingAsksForTheReasonByForcedReplyAndTellsTheOfficer() {
        FakeUser officer = registeredOfficer("Yanti", agencyName("Dinas Perikanan"));
        String number = issue(officer, "Nelayan mogok melaut");
        SentMessage card = card(number);

        CallbackPress reject = lead.in(central).presses(card, "Tolak");
        assertThat(telegram.awaitCallbackAnswer(reject).param("show_alert")).isNotEqualTo("true");
        SentMessage question = question(number, "mengapa");
        assertThat(question.replyMarkup().path("selective").asBoolean()).isTrue();
        assertThat(question.replyToMessageId()).isEqualTo(card.messageId());
        assertThat(question.plainText()).contains("Rina");

        lead.in(central).replies(question, "Bukan kewenangan <dinas> ini");

        SentMessage edited = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == card.messageId() && m.contains("Status: Ditolak"));
        assertThat(edited.plainText()).contains("oleh Rina").contains("Alasan: Bukan kewenangan <dinas> ini");
        assertThat(edited.buttons()).isEmpty();
        SentMessage told = telegram.awaitMessageTo(officer.id(), "Laporan #" + number + " Bapak/Ibu tidak dapat dimuat");
        assertThat(told.plainText()).contains("Alasan: Bukan kewenangan <dinas> ini");
        assertThat(audit(number)).singleElement().satisfies(row ->
                assertThat(row).containsEntry("NOTE", "Bukan kewenangan <dinas> ini").containsEntry("ACTION", "REJECT"));

        long since = telegram.checkpoint();
        lead.in(central).replies(question, "Alasan kedua");
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("sudah dijawab"));
        assertThat(audit(number)).hasSize(1);
    }

    @Test
    void aRejectionWithoutReasonIsADash() {
        FakeUser officer = registeredOfficer("Budi", agencyName("Dinas Perhubungan"));
        String number = issue(officer, "Lampu lalu lintas mati");
        SentMessage card = card(number);

        reviewer.in(central).presses(card, "Tolak");
        reviewer.in(central).replies(question(number, "mengapa"), "-");

        SentMessage edited = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == card.messageId() && m.contains("Status: Ditolak"));
        assertThat(edited.plainText()).doesNotContain("Alasan");
        SentMessage told = telegram.awaitMessageTo(officer.id(), "Laporan #" + number + " Bapak/Ibu tidak dapat dimuat");
        assertThat(told.plainText()).doesNotContain("Alasan");
        assertThat(audit(number)).singleElement().satisfies(row -> assertThat(row.get("NOTE")).isNull());
    }

    @Test
    void publishingNeedsAProperLinkAndIsAskedAgainUntilItGetsOne() {
        FakeUser officer = registeredOfficer("Citra", agencyName("Dinas Pariwisata"));
        String number = issue(officer, "Festival budaya dibatalkan");
        SentMessage card = card(number);
        reviewer.in(central).presses(card, "Terima");
        SentMessage accepted = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == card.messageId() && m.contains("Status: Diterima"));

        reviewer.in(central).presses(accepted, "Sudah terbit");
        SentMessage question = question(number, "di mana");
        long since = telegram.checkpoint();
        reviewer.in(central).replies(question, "di website kami");

        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("bukan tautan yang valid"));
        SentMessage again = telegram.awaitMessageToSince(since, CENTRAL_CHAT,
                m -> m.forceReply() && m.contains("#" + number));
        assertThat(telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow().plainText())
                .contains("Status: Diterima");

        reviewer.in(central).replies(again, "https://humas.example.go.id/berita/festival");

        SentMessage published = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == card.messageId() && m.contains("Status: Sudah terbit"));
        assertThat(published.plainText()).contains("Tautan: https://humas.example.go.id/berita/festival");
        assertThat(published.buttons()).isEmpty();
        telegram.awaitMessageTo(officer.id(),
                "Laporan #" + number + " Bapak/Ibu sudah terbit: https://humas.example.go.id/berita/festival");
        assertThat(audit(number)).extracting(row -> row.get("TO_STATUS"))
                .containsExactly("ACCEPTED", "PUBLISHED");
    }

    @Test
    void someoneOutsideTheTeamCannotPressTheButtonsNorAnswerTheQuestions() {
        FakeUser officer = registeredOfficer("Eko", agencyName("Dinas Kebakaran"));
        String number = issue(officer, "Kebakaran pasar");
        SentMessage card = card(number);
        FakeUser stranger = newUser("Orang");

        RecordedCall refused = telegram.awaitCallbackAnswer(stranger.in(central).presses(card, "Tolak"));
        assertThat(refused.param("show_alert")).isEqualTo("true");
        assertThat(refused.param("text")).contains("Hanya tim humas pusat");
        lead.in(central).presses(card, "Minta revisi");
        SentMessage question = question(number, "direvisi");
        stranger.in(central).replies(question, "Saya ingin mengubahnya");

        telegram.assertNoMessageTo(officer.id(), quietPeriod(), m -> m.contains("revisi"));
        assertThat(telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow().isEdited()).isFalse();
        assertThat(audit(number)).isEmpty();
    }

    private String issue(FakeUser officer, String text) {
        officer.sends("/isu " + text);
        return itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
    }

    private SentMessage card(String number) {
        return telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));
    }

    private SentMessage question(String number, String words) {
        SentMessage question = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.forceReply() && m.contains("#" + number) && m.contains(words));
        assertThat(question.forceReply()).isTrue();
        // A person replies seconds later; the test could reply before the bot has recorded which message it sent.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE chat_id = ? AND telegram_message_id = ? AND status = 'SENT'",
                Integer.class, CENTRAL_CHAT, question.messageId()) > 0);
        return question;
    }

    private List<Map<String, Object>> audit(String number) {
        return jdbc.queryForList("SELECT * FROM review_action WHERE item_id = ? ORDER BY id", Long.parseLong(number));
    }
}
