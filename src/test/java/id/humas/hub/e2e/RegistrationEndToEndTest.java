package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RegistrationEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTeamGetsAnUnguessableOneTimeDeepLink() {
        String agency = agencyName("Dinas Kesehatan");
        long since = telegram.checkpoint();
        lead.sends("/undang " + agency);

        SentMessage reply = telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("?start="));
        String code = inviteCode(reply);
        assertThat(reply.plainText()).contains(agency).contains("belum punya petugas");
        assertThat(code).matches("[A-Za-z0-9_-]{22,64}");
        assertThat(invite(agency)).isNotEqualTo(code);
    }

    @Test
    void aTeamMemberCanAlsoInvitePrivatelyAndTheEnglishAliasWorks() {
        String agency = agencyName("Dinas Sosial");
        reviewer.sends("/invite " + agency);

        SentMessage reply = telegram.awaitMessageTo(REVIEWER_ID, m -> m.contains(agency) && m.contains("?start="));
        assertThat(inviteCode(reply)).isNotBlank();
    }

    @Test
    void inviteWithoutANameExplainsHowToUseIt() {
        long since = telegram.checkpoint();
        lead.in(central).sends("/undang");

        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Tulis nama instansinya"));
    }

    @Test
    void nobodyOutsideTheTeamCanInvite() {
        FakeUser stranger = newUser("Asing");
        stranger.sends("/undang Dinas Palsu");
        telegram.awaitMessageTo(stranger.id(), "hanya untuk tim humas pusat");

        long since = telegram.checkpoint();
        stranger.in(central).sends("/undang Dinas Palsu");
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.lastChangeSeq() > since);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agency WHERE name = 'Dinas Palsu'", Integer.class))
                .isZero();
    }

    @Test
    void openingTheLinkRegistersTheOfficerWelcomesThemAndTellsTheTeam() {
        String agency = agencyName("BPBD");
        String code = invite(agency);
        FakeUser officer = newUser("Sari");

        officer.sends("/start " + code);

        SentMessage welcome = telegram.awaitMessageTo(officer.id(), "Selamat datang");
        assertThat(welcome.plainText()).contains(agency).contains("/isu").contains("/lapor").contains("/agenda");
        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("Petugas informasi baru") && m.contains(agency)
                && m.contains("Sari"));
        officer.sends("/status");
        telegram.awaitMessageTo(officer.id(), "Belum ada laporan");
    }

    @Test
    void aUsedUnknownOrExpiredCodeIsRefusedAndRegistersNobody() {
        String agency = agencyName("Dinas Pendidikan");
        String code = invite(agency);
        FakeUser first = newUser("Budi");
        first.sends("/start " + code);
        telegram.awaitMessageTo(first.id(), "Selamat datang");

        FakeUser second = newUser("Joko");
        second.sends("/start " + code);
        telegram.awaitMessageTo(second.id(), "sudah dipakai");

        FakeUser third = newUser("Tono");
        third.sends("/start bukan-kode-yang-ada");
        telegram.awaitMessageTo(third.id(), "tidak dikenal");

        String expiring = invite(agencyName("Dinas Perhubungan"));
        jdbc.update("UPDATE invite SET expires_at = expires_at - INTERVAL '8' DAY WHERE code = ?", expiring);
        FakeUser fourth = newUser("Wati");
        fourth.sends("/start " + expiring);
        telegram.awaitMessageTo(fourth.id(), "kedaluwarsa");

        for (FakeUser refused : new FakeUser[] {second, third, fourth}) {
            refused.sends("/isu Percobaan");
            telegram.awaitMessageTo(refused.id(), "belum terdaftar");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM officer WHERE user_id IN (?, ?, ?)", Integer.class,
                second.id(), third.id(), fourth.id())).isZero();
    }

    @Test
    void aFreshInviteHandsTheAgencyOverAndItsItemsStay() {
        String agency = agencyName("Dinas Pariwisata");
        FakeUser predecessor = registeredOfficer("Lama", agency);
        predecessor.sends("/agenda Festival budaya Sabtu depan 14-06-2031 19.00 di Benteng");
        SentMessage confirmed = telegram.awaitMessageTo(predecessor.id(), "tercatat");
        String itemNumber = confirmed.plainText().replaceAll("(?s).*#(\\d+).*", "$1");

        String code = invite(agency);
        assertThat(telegram.lastMessageTo(LEAD_ID).orElseThrow().plainText()).contains("Lama")
                .contains("digantikan");
        FakeUser successor = newUser("Baru");
        successor.sends("/start " + code);

        telegram.awaitMessageTo(successor.id(), "Selamat datang");
        telegram.awaitMessageTo(predecessor.id(), m -> m.contains("tidak lagi menjadi petugas") && m.contains("Baru"));
        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("Serah terima") && m.contains(agency));

        predecessor.sends("/isu Masih bisa kirim?");
        telegram.awaitMessageTo(predecessor.id(), "belum terdaftar");

        long since = telegram.checkpoint();
        lead.in(central).sends("/daftar");
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains(agency + " — Baru"));
        lead.in(central).sends("/ringkasan");
        telegram.awaitMessageToSince(since, CENTRAL_CHAT,
                m -> m.contains("Ringkasan laporan") && m.contains(agency) && m.contains("#" + itemNumber));
    }

    @Test
    void startWithoutACodeTellsStrangersHowToRegister() {
        FakeUser stranger = newUser("Tamu");
        stranger.sends("/start");

        telegram.awaitMessageTo(stranger.id(), "Mintalah tautan undangan");
    }
}
