package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.RecordedCall;
import id.humas.hub.fake.SentMessage;
import id.humas.hub.system.CentralTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11 point 7, tried as a new user would: the link never shows in the group, an agency has one open code, a
 * team member cannot become an officer, the team can undo a handover and list and revoke open invites.
 */
class InviteAccessEndToEndTest extends EndToEndTest {

    @Autowired
    CentralTeam team;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInviteAskedForInTheGroupGoesToTheInviterPrivatelyAndTheGroupOnlySeesThatItWasMade() {
        FakeUser member = teamMember("Sinta", true);
        String agency = agencyName("Dinas Kesehatan");
        long since = telegram.checkpoint();

        member.in(central).sends("/undang " + agency);

        SentMessage link = telegram.awaitMessageToSince(since, member.id(), m -> m.contains("?start="));
        assertThat(link.plainText()).contains(agency);
        SentMessage notice = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains(agency));
        assertThat(notice.plainText()).contains("dibuat oleh Sinta").contains("secara pribadi")
                .doesNotContain("?start=").doesNotContain(inviteCode(link));
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.seq() > since && m.contains("?start="));
    }

    @Test
    void anInviterWhoNeverStartedTheBotIsToldSoInTheGroupWithoutALink() {
        FakeUser member = teamMember("Tono", false);
        String agency = agencyName("Dinas Sosial");
        long since = telegram.checkpoint();

        member.in(central).sends("/undang " + agency);

        SentMessage told = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("tekan Mulai"));
        assertThat(told.plainText()).contains("Tono").contains("@" + BOT).doesNotContain("?start=");
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.seq() > since && m.contains("?start="));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invite i JOIN agency a ON a.id = i.agency_id"
                + " WHERE a.name = ?", Integer.class, agency)).isZero();
    }

    @Test
    void aNewInviteRevokesTheOlderCodeSoAnOutsiderHoldingItCannotReplaceTheOfficer() {
        String agency = agencyName("Dinas Pariwisata");
        String older = invite(agency);
        String newer = invite(agency);
        FakeUser officer = newUser("Rahmat");
        officer.sends("/start " + newer);
        telegram.awaitMessageTo(officer.id(), "Selamat datang");

        FakeUser outsider = newUser("Penyusup");
        outsider.sends("/start " + older);

        telegram.awaitMessageTo(outsider.id(), "sudah dicabut");
        officer.sends("/status");
        telegram.awaitMessageTo(officer.id(), "Belum ada laporan");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM officer WHERE user_id = ?", Integer.class,
                outsider.id())).isZero();
    }

    @Test
    void aRegistrationRevokesTheAgencysOtherOpenCodes() {
        String agency = agencyName("Dinas Perikanan");
        String first = invite(agency);
        // two open codes at once, as an older version of the bot left them
        String parallel = "parallel-" + first;
        jdbc.update("INSERT INTO invite (code, agency_id, created_by, created_at, expires_at)"
                + " SELECT ?, agency_id, created_by, created_at, expires_at FROM invite WHERE code = ?", parallel, first);
        FakeUser officer = newUser("Yuli");
        officer.sends("/start " + first);
        telegram.awaitMessageTo(officer.id(), "Selamat datang");

        FakeUser outsider = newUser("Orang");
        outsider.sends("/start " + parallel);

        telegram.awaitMessageTo(outsider.id(), "sudah dicabut");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM officer WHERE user_id = ?", Integer.class,
                outsider.id())).isZero();
    }

    @Test
    void aTeamMemberCannotRegisterAsAnOfficerAndTheirTapDoesNotUseTheCodeUp() {
        FakeUser member = teamMember("Wawan", false);
        String agency = agencyName("Dinas Pendidikan");
        String code = invite(agency);

        member.sends("/start " + code);

        telegram.awaitMessageTo(member.id(), "anggota tim humas pusat");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM officer WHERE user_id = ?", Integer.class,
                member.id())).isZero();
        FakeUser officer = newUser("Lina");
        officer.sends("/start " + code);
        SentMessage welcome = telegram.awaitMessageTo(officer.id(), "Selamat datang");
        assertThat(welcome.plainText()).contains(agency);
    }

    @Test
    void theTeamIsToldOfAHandoverAndCanUndoItSoThePredecessorServesAgain() {
        String agency = agencyName("Dinas Perhubungan");
        FakeUser predecessor = registeredOfficer("Lama", agency);
        String code = invite(agency);
        FakeUser successor = newUser("Baru");
        successor.sends("/start " + code);
        telegram.awaitMessageTo(predecessor.id(), "tidak lagi menjadi petugas");
        SentMessage notice = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.contains("Serah terima #") && m.contains(agency));
        assertThat(notice.plainText()).contains("Baru menggantikan Lama").contains("/batalserah");
        assertThat(notice.buttonTexts()).containsExactly("Batalkan serah terima");

        CallbackPress undo = reviewer.in(central).presses(notice, "Batalkan serah terima");

        assertThat(telegram.awaitCallbackAnswer(undo).param("show_alert")).isNotEqualTo("true");
        SentMessage undone = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == notice.messageId() && m.contains("dibatalkan oleh Dodi"));
        assertThat(undone.plainText()).contains("Lama kembali menjadi petugas informasi " + agency)
                .contains("Baru tidak lagi menjadi petugas informasi " + agency);
        assertThat(undone.buttons()).isEmpty();
        telegram.awaitMessageTo(predecessor.id(), "kembali menjadi petugas informasi");
        telegram.awaitMessageTo(successor.id(), "dibatalkan oleh tim humas pusat");
        predecessor.sends("/isu Jembatan retak");
        telegram.awaitMessageTo(predecessor.id(), "tercatat dan langsung diteruskan");
        successor.sends("/isu Percobaan");
        telegram.awaitMessageTo(successor.id(), "belum terdaftar");

        String number = notice.plainText().replaceAll("(?s).*Serah terima #(\\d+).*", "$1");
        long since = telegram.checkpoint();
        lead.in(central).sends("/batalserah " + number);
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("tidak dapat dibatalkan lagi"));
        FakeUser stranger = newUser("Asing");
        RecordedCall refused = telegram.awaitCallbackAnswer(stranger.in(central).pressesData(undone, "ho:" + number));
        assertThat(refused.param("show_alert")).isEqualTo("true");
    }

    @Test
    void anOfficerWhoOpenedAnotherAgencysLinkIsSentBackWhenTheTeamUndoesTheMove() {
        String home = agencyName("Dinas Koperasi");
        String other = agencyName("Dinas Tenaga Kerja");
        FakeUser officer = registeredOfficer("Pindah", home);
        officer.sends("/start " + invite(other));
        telegram.awaitMessageTo(officer.id(), m -> m.contains("Selamat datang") && m.contains(other));
        SentMessage moved = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("Pindah pindah dari"));
        assertThat(moved.plainText()).contains(home).contains(other).contains("/batalserah");

        reviewer.in(central).presses(moved, "Batalkan serah terima");

        SentMessage undone = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == moved.messageId() && m.contains("dibatalkan oleh Dodi"));
        assertThat(undone.plainText()).contains("Pindah kembali menjadi petugas informasi " + home)
                .contains("Pindah tidak lagi menjadi petugas informasi " + other);
        telegram.awaitMessageTo(officer.id(), m -> m.contains("kembali menjadi petugas informasi") && m.contains(home));
        officer.sends("/isu Antrean pencari kerja");
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("Antrean pencari kerja"));
        assertThat(card.plainText()).contains(home).doesNotContain(other);
    }

    @Test
    void openInvitesAreListedWithARevokeButtonEachAndARevokedCodeRegistersNobody() {
        String agency = agencyName("Dinas Lingkungan Hidup");
        String code = invite(agency);
        long since = telegram.checkpoint();

        lead.sends("/undangan");

        SentMessage list = telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("Undangan yang masih terbuka"));
        assertThat(list.plainText()).contains(agency).doesNotContain(code);
        CallbackPress revoke = lead.presses(list, "Cabut: " + agency);
        assertThat(telegram.awaitCallbackAnswer(revoke).param("text")).contains(agency).contains("dicabut");
        SentMessage redrawn = telegram.awaitMessageTo(LEAD_ID,
                m -> m.messageId() == list.messageId() && m.isEdited());
        assertThat(redrawn.hasButton("Cabut: " + agency)).isFalse();

        FakeUser officer = newUser("Hadi");
        officer.sends("/start " + code);
        telegram.awaitMessageTo(officer.id(), "sudah dicabut");
        long english = telegram.checkpoint();
        lead.sends("/invites");
        telegram.awaitMessageToSince(english, LEAD_ID, m -> m.contains("Undangan yang masih terbuka")
                || m.contains("Tidak ada undangan"));
    }

    /** A team member of this test only; {@code started}: they pressed Start in their private chat with the bot. */
    private FakeUser teamMember(String name, boolean started) {
        FakeUser member = newUser(name);
        team.add(member.id());
        if (started) {
            member.sends("/start");
            telegram.awaitMessageTo(member.id(), "Halo, tim humas pusat");
        }
        return member;
    }
}
