package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.RecordedCall;
import id.humas.hub.fake.SentMessage;
import id.humas.hub.system.CentralTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may take a review step, about which version, and what a step costs the central group: issue 11 points 8
 * (review side), 9 and 10, and issue 10 point 5.
 */
class ReviewAccessEndToEndTest extends EndToEndTest {

    private static final Set<String> GROUP_OPERATIONS = Set.of("sendMessage", "editMessageText", "sendPhoto",
            "sendMediaGroup", "editMessageReplyMarkup", "copyMessage", "sendDocument", "sendVideo");

    @Autowired
    CentralTeam team;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPressOnTheCardOfAVersionARevisionReplacedIsRefusedWithTheCurrentState() {
        FakeUser officer = registeredOfficer("Nina", agencyName("Dinas Koperasi"));
        String number = issue(officer, "Harga pupuk naik");
        SentMessage card = card(number);
        SentMessage second = revised(officer, number, card, "Harga pupuk naik 20 persen di tiga kecamatan");
        SentMessage old = telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow();
        assertThat(old.buttonTexts()).containsExactly("Tolak");

        RecordedCall refused = telegram.awaitCallbackAnswer(lead.in(central).presses(old, "Tolak"));

        assertThat(refused.param("show_alert")).isEqualTo("true");
        assertThat(refused.param("text")).contains("versi 1 laporan #" + number).contains("kini versi 2")
                .contains("Baru");
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.forceReply() && m.contains("Rina")
                && m.contains("#" + number));
        assertThat(actions(number)).containsExactly("REQUEST_REVISION", "REVISION_RECEIVED");
        reviewer.in(central).presses(second, "Terima");
        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.messageId() == second.messageId() && m.contains("Status: Diterima"));
    }

    @Test
    void anAnswerAboutAVersionARevisionReplacedIsRefusedAndChangesNothing() {
        FakeUser officer = registeredOfficer("Omar", agencyName("Dinas Pertanian"));
        String number = issue(officer, "Gagal panen di dua desa");
        SentMessage card = card(number);
        SentMessage request = requestRevision(officer, number, card);
        lead.in(central).presses(telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow(), "Tolak");
        SentMessage question = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.forceReply() && m.contains("#" + number) && m.contains("mengapa"));
        officer.replies(request, "Gagal panen di dua desa, 120 hektare");
        telegram.awaitMessageTo(officer.id(), "Versi 2 laporan #" + number);
        long since = telegram.checkpoint();

        lead.in(central).replies(question, "Tidak relevan");

        SentMessage refused = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("kini versi 2"));
        assertThat(refused.plainText()).contains("versi 1 laporan #" + number);
        assertThat(actions(number)).containsExactly("REQUEST_REVISION", "REVISION_RECEIVED");
        telegram.assertNoMessageTo(officer.id(), quietPeriod(), m -> m.contains("tidak dapat dimuat"));
    }

    @Test
    void afterAHandoverThePredecessorsRevisionIsRefusedAndTheOutcomeGoesToTheSuccessor() {
        String agency = agencyName("Dinas Kebudayaan");
        FakeUser predecessor = registeredOfficer("Lama", agency);
        String number = issue(predecessor, "Cagar budaya rusak");
        SentMessage card = card(number);
        SentMessage request = requestRevision(predecessor, number, card);
        FakeUser successor = newUser("Baru");
        successor.sends("/start " + invite(agency));
        telegram.awaitMessageTo(successor.id(), "Selamat datang");

        predecessor.replies(request, "Versi baru dari petugas lama");

        telegram.awaitMessageTo(predecessor.id(), "bukan lagi petugas informasi");
        assertThat(actions(number)).containsExactly("REQUEST_REVISION");
        reviewer.in(central).presses(telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow(), "Tolak");
        reviewer.in(central).replies(telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.forceReply() && m.contains("#" + number) && m.contains("mengapa")), "Tidak lengkap");
        telegram.awaitMessageTo(successor.id(), "Laporan #" + number + " Bapak/Ibu tidak dapat dimuat");
        telegram.assertNoMessageTo(predecessor.id(), quietPeriod(), m -> m.contains("tidak dapat dimuat"));
    }

    @Test
    void afterAHandoverTheSuccessorGetsTheRevisionRequestAndAnswersIt() {
        String agency = agencyName("Dinas Pemuda");
        FakeUser predecessor = registeredOfficer("Awal", agency);
        String number = issue(predecessor, "Stadion rusak");
        SentMessage card = card(number);
        FakeUser successor = newUser("Akhir");
        successor.sends("/start " + invite(agency));
        telegram.awaitMessageTo(successor.id(), "Selamat datang");

        SentMessage request = requestRevision(successor, number, card);
        successor.replies(request, "Stadion rusak di tribun timur");

        telegram.awaitMessageTo(successor.id(), "Versi 2 laporan #" + number);
        telegram.assertNoMessageTo(predecessor.id(), quietPeriod(), m -> m.contains("meminta revisi"));
    }

    @Test
    void aReviewerWhoStartedTheBotIsAskedPrivatelyAndEachStepCostsTheGroupOneEdit() {
        FakeUser member = teamMember("Ayu");
        String agency = agencyName("Dinas Sosial");
        FakeUser officer = registeredOfficer("Putri", agency);
        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("Petugas informasi baru") && m.contains(agency));
        String number = issue(officer, "Bansos salah sasaran");
        SentMessage card = card(number);
        String other = issue(officer, "Dapur umum kekurangan beras");
        SentMessage otherCard = card(other);
        long since = telegram.checkpoint();

        RecordedCall asked = telegram.awaitCallbackAnswer(member.in(central).presses(card, "Tolak"));
        assertThat(asked.param("text")).contains("obrolan pribadi");
        SentMessage question = telegram.awaitMessageToSince(since, member.id(),
                m -> m.forceReply() && m.contains("#" + number));
        member.replies(question, "Data penerima belum diverifikasi");
        telegram.awaitMessageTo(member.id(), "Laporan #" + number + " ditolak");
        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.messageId() == card.messageId() && m.contains("Status: Ditolak"));
        telegram.awaitMessageTo(officer.id(), "Laporan #" + number + " Bapak/Ibu tidak dapat dimuat");
        assertThat(groupOperationsSince(since)).containsExactly("editMessageText");

        long accept = telegram.checkpoint();
        reviewer.in(central).presses(otherCard, "Terima");
        telegram.awaitMessageTo(officer.id(), "Laporan #" + other + " Bapak/Ibu diterima");
        assertThat(groupOperationsSince(accept)).containsExactly("editMessageText");
    }

    @Test
    void aMemberRemovedFromTheTeamCannotAnswerAQuestionAskedBeforeNorPressNorCommand() {
        FakeUser member = teamMember("Bima");
        FakeUser officer = registeredOfficer("Rudi", agencyName("Dinas Pasar"));
        String number = issue(officer, "Kios pasar terbakar");
        SentMessage card = card(number);
        member.in(central).presses(card, "Tolak");
        SentMessage question = telegram.awaitMessageTo(member.id(), m -> m.forceReply() && m.contains("#" + number));

        long removal = telegram.checkpoint();
        reviewer.in(central).sends("/keluarkan " + member.id());
        telegram.awaitMessageToSince(removal, CENTRAL_CHAT, m -> m.contains("Hanya admin"));
        assertThat(team.isMember(member.id())).isTrue();
        lead.in(central).sends("/keluarkan " + member.id());
        telegram.awaitMessageToSince(removal, CENTRAL_CHAT, m -> m.contains("dikeluarkan dari tim humas pusat"));
        member.replies(question, "Alasan dari mantan anggota");

        telegram.awaitMessageTo(member.id(), "tidak lagi termasuk tim humas pusat");
        assertThat(actions(number)).isEmpty();
        assertThat(telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow().isEdited()).isFalse();
        RecordedCall refused = telegram.awaitCallbackAnswer(member.in(central).presses(card, "Terima"));
        assertThat(refused.param("show_alert")).isEqualTo("true");
        long since = telegram.checkpoint();
        member.in(central).sends("/ringkasan");
        member.sends("/undang Dinas Palsu");
        telegram.awaitMessageToSince(since, member.id(), m -> m.contains("hanya untuk tim humas pusat"));
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.seq() > since);
        telegram.assertNoMessageTo(officer.id(), java.time.Duration.ofMillis(200), m -> m.contains("tidak dapat dimuat"));
    }

    private List<String> groupOperationsSince(long since) {
        return telegram.callsTo(CENTRAL_CHAT).stream()
                .filter(call -> call.seq() > since && GROUP_OPERATIONS.contains(call.method()))
                .map(RecordedCall::method).toList();
    }

    /** A team member of this test only, who pressed Start in their private chat with the bot. */
    private FakeUser teamMember(String name) {
        FakeUser member = newUser(name);
        team.add(member.id());
        member.sends("/start");
        telegram.awaitMessageTo(member.id(), "Halo, tim humas pusat");
        return member;
    }

    private SentMessage requestRevision(FakeUser officer, String number, SentMessage card) {
        reviewer.in(central).presses(card, "Minta revisi");
        reviewer.in(central).replies(telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.forceReply() && m.contains("#" + number) && m.contains("direvisi")), "Lengkapi datanya");
        return telegram.awaitMessageTo(officer.id(), m -> m.forceReply() && m.contains("#" + number));
    }

    private SentMessage revised(FakeUser officer, String number, SentMessage card, String text) {
        officer.replies(requestRevision(officer, number, card), text);
        return telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " ") && m.contains("Versi 2"));
    }

    private String issue(FakeUser officer, String text) {
        long since = telegram.checkpoint();
        officer.sends("/isu " + text);
        return itemNumber(telegram.awaitMessageToSince(since, officer.id(),
                m -> m.contains("tercatat dan langsung diteruskan")));
    }

    private SentMessage card(String number) {
        return telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));
    }

    private List<String> actions(String number) {
        return jdbc.queryForList("SELECT action FROM review_action WHERE item_id = ? ORDER BY id", String.class,
                Long.parseLong(number));
    }
}
