package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.RecordedCall;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;

/**
 * Crisis escalation: an isu nobody claims (Tangani) or acts on within {@code bot.escalation.minutes} (15) is raised
 * again in the central group and privately to the escalation contact (LEAD), and again every further 15 minutes,
 * until someone acknowledges it; /belum and the digest list it meanwhile.
 */
class EscalationEndToEndTest extends ClockedEndToEndTest {

    @Test
    void anUnclaimedIsuIsRaisedAfterFifteenMinutesAndAgainUntilSomeoneClaimsIt() {
        clock.advanceTo(clock.next(LocalTime.of(10, 0)));
        FakeUser officer = registeredOfficer("Wulan", agencyName("BPBD"));
        Issue issue = submitIssue(officer, "Banjir bandang di hulu sungai");
        assertThat(issue.card.buttonTexts()).containsExactly("Tangani", "Terima", "Minta revisi", "Tolak",
                "Sudah terbit");

        long since = telegram.checkpoint();
        clock.advance(Duration.ofMinutes(14));
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.seq() > since && issue.isRaise(m));
        telegram.assertNoMessageTo(LEAD_ID, Duration.ofMillis(200), m -> m.seq() > since && issue.isRaise(m));

        clock.advance(Duration.ofMinutes(2));
        SentMessage raised = telegram.awaitMessageToSince(since, CENTRAL_CHAT, issue::isRaise);
        assertThat(raised.plainText()).contains(issue.agency).contains("Isu belum ditangani").contains("(16 menit)")
                .contains("Banjir bandang di hulu sungai");
        assertThat(raised.buttonTexts()).contains("Tangani #" + issue.number);
        SentMessage toLead = telegram.awaitMessageToSince(since, LEAD_ID, issue::isRaise);
        assertThat(toLead.hasButton("Tangani #" + issue.number)).isTrue();
        telegram.assertNoMessageTo(REVIEWER_ID, Duration.ofMillis(200), m -> m.seq() > since && issue.isRaise(m));

        long again = telegram.checkpoint();
        clock.advance(Duration.ofMinutes(15));
        SentMessage second = telegram.awaitMessageToSince(again, CENTRAL_CHAT, issue::isRaise);
        assertThat(second.plainText()).containsPattern("\\((3[01]) menit\\)");

        CallbackPress claim = lead.presses(toLead, "Tangani #" + issue.number);
        assertThat(telegram.awaitCallbackAnswer(claim).param("show_alert")).isNotEqualTo("true");
        SentMessage card = awaitEdited(CENTRAL_CHAT, issue.card.messageId());
        assertThat(card.plainText()).contains("Ditangani oleh Rina").contains("Banjir bandang di hulu sungai");
        assertThat(card.buttonTexts()).containsExactly("Terima", "Minta revisi", "Tolak", "Sudah terbit");
        SentMessage privateRaise = awaitEdited(LEAD_ID, toLead.messageId());
        assertThat(privateRaise.plainText()).contains("Ditangani oleh Rina");
        assertThat(privateRaise.buttonTexts()).doesNotContain("Tangani #" + issue.number);

        long afterClaim = telegram.checkpoint();
        clock.advance(Duration.ofMinutes(16));
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.seq() > afterClaim && issue.isRaise(m));
    }

    @Test
    void thirtyUnacknowledgedIsuGiveOneRaiseMessageInTheGroupAndOnePerContact() {
        clock.advanceTo(clock.next(LocalTime.of(13, 0)));
        FakeUser officer = registeredOfficer("Gita", agencyName("BPBD Kabupaten"));
        List<Issue> issues = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            issues.add(submitIssue(officer, "Longsor titik " + i + " di jalur provinsi"));
        }
        long since = telegram.checkpoint();

        clock.advance(Duration.ofMinutes(16));

        SentMessage raised = telegram.awaitMessageToSince(since, CENTRAL_CHAT, issues.get(0)::isRaise);
        for (Issue issue : issues) {
            assertThat(raised.plainText()).contains("Isu #" + issue.number + " dari " + issue.agency);
            assertThat(raised.buttonTexts()).contains("Tangani #" + issue.number);
        }
        assertThat(raised.plainText()).contains("Longsor titik 30 di jalur provinsi").contains("(16 menit)");
        telegram.awaitMessageToSince(since, LEAD_ID, issues.get(29)::isRaise);
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.seq() > since
                && m.messageId() != raised.messageId() && issues.stream().anyMatch(issue -> issue.isRaise(m)));
        assertThat(telegram.messagesTo(LEAD_ID)).filteredOn(m -> m.seq() > since
                && issues.stream().anyMatch(issue -> issue.isRaise(m))).hasSize(1);
        for (Issue issue : issues) {
            lead.in(central).pressesData(raised, "cl:" + issue.number);
        }
        awaitEdited(CENTRAL_CHAT, issues.get(29).card.messageId());
    }

    @Test
    void tanganiClaimsTheIsuOnceAndOnlyForTheTeam() {
        FakeUser officer = registeredOfficer("Bayu", agencyName("Dinas Kesehatan"));
        Issue issue = submitIssue(officer, "Keracunan makanan di sekolah");

        FakeUser stranger = newUser("Penyusup");
        RecordedCall refused = telegram.awaitCallbackAnswer(stranger.in(central).presses(issue.card, "Tangani"));
        assertThat(refused.param("show_alert")).isEqualTo("true");
        assertThat(refused.param("text")).contains("Hanya tim humas pusat");
        assertThat(telegram.message(CENTRAL_CHAT, issue.card.messageId()).orElseThrow().isEdited()).isFalse();

        CallbackPress claim = reviewer.in(central).presses(issue.card, "Tangani");
        assertThat(telegram.awaitCallbackAnswer(claim).param("text")).contains("#" + issue.number);
        SentMessage card = awaitEdited(CENTRAL_CHAT, issue.card.messageId());
        assertThat(card.plainText()).contains("Ditangani oleh Dodi").contains("Keracunan makanan di sekolah");
        assertThat(card.buttonTexts()).containsExactly("Terima", "Minta revisi", "Tolak", "Sudah terbit");

        // the lead's client still showed the button when she pressed it
        RecordedCall second = telegram.awaitCallbackAnswer(lead.in(central).pressesData(card, "cl:" + issue.number));
        assertThat(second.param("show_alert")).isEqualTo("true");
        assertThat(second.param("text")).contains("sudah ditangani oleh Dodi");
        RecordedCall stale = telegram.awaitCallbackAnswer(lead.in(central).pressesData(card, "cl:999999999"));
        assertThat(stale.param("text")).contains("tidak berlaku");

        long since = telegram.checkpoint();
        clock.advance(Duration.ofMinutes(16));
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.seq() > since && issue.isRaise(m));
        telegram.assertNoMessageTo(LEAD_ID, Duration.ofMillis(200), m -> m.seq() > since && issue.isRaise(m));
    }

    @Test
    void missingAndTheDigestListTheIsuUntilSomeoneClaimsIt() {
        FakeUser officer = registeredOfficer("Citra", agencyName("Dinas Sosial"));
        Issue issue = submitIssue(officer, "Pengungsi belum dapat logistik");

        String missing = openIssuesSection(ask("/belum", "Periode berjalan"));
        assertThat(missing).contains("#" + issue.number + " " + issue.agency);
        String digest = openIssuesSection(ask("/ringkasan", "Ringkasan laporan"));
        assertThat(digest).contains("#" + issue.number + " " + issue.agency);

        lead.in(central).presses(issue.card, "Tangani");
        awaitEdited(CENTRAL_CHAT, issue.card.messageId());

        assertThat(openIssuesSection(ask("/belum", "Periode berjalan"))).doesNotContain("#" + issue.number + " ");
        assertThat(openIssuesSection(ask("/ringkasan", "Ringkasan laporan"))).doesNotContain("#" + issue.number + " ");
    }

    @Test
    void aReviewActionAcknowledgesTheIsu() {
        FakeUser officer = registeredOfficer("Dewi", agencyName("Dinas Perhubungan"));
        Issue issue = submitIssue(officer, "Kecelakaan beruntun di jalan tol");
        assertThat(openIssuesSection(ask("/belum", "Periode berjalan"))).contains("#" + issue.number + " ");

        reviewer.in(central).presses(issue.card, "Terima");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                telegram.message(CENTRAL_CHAT, issue.card.messageId()).orElseThrow().plainText().contains("Dodi"));
        SentMessage card = telegram.message(CENTRAL_CHAT, issue.card.messageId()).orElseThrow();
        assertThat(card.buttonTexts()).doesNotContain("Tangani", "Terima").contains("Sudah terbit");

        assertThat(openIssuesSection(ask("/belum", "Periode berjalan"))).doesNotContain("#" + issue.number + " ");
        long since = telegram.checkpoint();
        clock.advance(Duration.ofMinutes(16));
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.seq() > since && issue.isRaise(m));
        RecordedCall taken = telegram.awaitCallbackAnswer(lead.in(central).pressesData(card, "cl:" + issue.number));
        assertThat(taken.param("text")).contains("sudah ditangani oleh Dodi");
    }

    private Issue submitIssue(FakeUser officer, String text) {
        long since = telegram.checkpoint();
        officer.sends("/isu " + text);
        String number = itemNumber(telegram.awaitMessageToSince(since, officer.id(),
                m -> m.contains("tercatat dan langsung diteruskan")));
        SentMessage card = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));
        String agency = card.plainText().replaceAll("(?s)^.*?ISU #" + number + " — ([^\\n]+)\\n.*$", "$1");
        return new Issue(number, agency, card);
    }

    private SentMessage ask(String command, String replyText) {
        long since = telegram.checkpoint();
        lead.in(central).sends(command);
        return telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains(replyText));
    }

    private static String openIssuesSection(SentMessage message) {
        String text = message.plainText();
        int start = text.indexOf("Isu belum ditangani");
        return start < 0 ? "" : text.substring(start);
    }

    private static SentMessage awaitEdited(long chatId, int messageId) {
        await().atMost(Duration.ofSeconds(10)).until(() ->
                telegram.message(chatId, messageId).orElseThrow().plainText().contains("Ditangani oleh"));
        return telegram.message(chatId, messageId).orElseThrow();
    }

    private record Issue(String number, String agency, SentMessage card) {

        boolean isRaise(SentMessage message) {
            return message.contains("Isu #" + number + " dari") && message.contains("belum ditangani");
        }
    }
}
