package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import id.humas.hub.system.CentralTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 point 2, in chat: an admin renames an agency with a typo, merges a duplicate (its items move, its history
 * stays), archives one (gone from /belum and the digest, its officer cannot send) and restores it, removes an officer
 * (the agency is vacant, the officer is told). A name with a typo is answered with the names it may mean.
 */
class AgencyUpkeepEndToEndTest extends OfficeEndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CentralTeam team;

    @Test
    void aTypoInAnAgencysNameIsRenamedAwayAndItsOfficerIsTold() {
        String typo = agencyName("Dinas Kesehatn");
        String right = typo.replace("Kesehatn", "Kesehatan");
        FakeUser officer = registeredOfficer("Nurul", typo);
        long since = telegram.checkpoint();

        lead.in(central).sends("/gantinama " + typo + " | " + right);

        SentMessage done = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("kini bernama"));
        assertThat(done.plainText()).contains(typo).contains(right);
        telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("kini bernama " + right));
        long listed = telegram.checkpoint();
        lead.sends("/instansi");
        SentMessage agencies = telegram.awaitMessageToSince(listed, LEAD_ID, m -> m.contains("Instansi ("));
        assertThat(agencies.plainText()).contains(right + " — Nurul").doesNotContain(typo + " ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'AGENCY_RENAMED' AND subject = ?"
                + " AND detail = ? AND actor = ?", Integer.class, typo, right, LEAD_ID)).isOne();
    }

    @Test
    void aNameNotFoundIsAnsweredWithTheNamesItMayMean() {
        String agency = agencyName("Dinas Pariwisata");
        registeredOfficer("Putu", agency);
        long since = telegram.checkpoint();

        lead.in(central).sends("/arsip " + agency.replace("Pariwisata", "Pariwsata"));

        SentMessage reply = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("tidak ditemukan"));
        assertThat(reply.plainText()).contains("Mungkin maksud Anda: " + agency);
        lead.in(central).sends("/gabung " + agency);
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("dipisah tanda |") && m.contains("/gabung"));
    }

    @Test
    void aMergedAgencysItemsAndOfficerHistoryMoveAndItsOfficerIsTold() {
        String duplicate = agencyName("Dinkes");
        String agency = agencyName("Dinas Kesehatan Kota");
        FakeUser former = registeredOfficer("Rudi", duplicate);
        registeredOfficer("Sinta", agency);
        former.sends("/lapor Vaksinasi campak di 12 puskesmas");
        String number = itemNumber(telegram.awaitMessageTo(former.id(), "tercatat"));
        long since = telegram.checkpoint();

        lead.in(central).sends("/gabung " + duplicate + " | " + agency);

        SentMessage done = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("digabungkan ke"));
        assertThat(done.plainText()).contains(duplicate).contains(agency);
        telegram.awaitMessageToSince(since, former.id(), m -> m.contains("tidak lagi terdaftar sebagai petugas"));
        lead.in(central).sends("/item " + number);
        SentMessage item = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Laporan #" + number + " "));
        assertThat(item.plainText()).contains(agency).contains("Vaksinasi campak");
        former.sends("/lapor Laporan sesudah penggabungan");
        telegram.awaitMessageToSince(since, former.id(), m -> m.contains("belum terdaftar sebagai petugas"));
        lead.sends("/instansi");
        SentMessage agencies = telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("Instansi ("));
        assertThat(agencies.plainText()).contains(duplicate + " — digabung ke " + agency);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM officer o JOIN agency a ON a.id = o.agency_id"
                + " WHERE o.user_id = ? AND a.name = ?", Integer.class, former.id(), agency)).isOne();
        lead.sends("/undang " + duplicate);
        telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("?start=") && m.contains(agency));
    }

    @Test
    void anArchivedAgencyLeavesBelumAndTheDigestItsOfficerCannotSendAndARestoreBringsItBack() {
        String archived = agencyName("Dinas Pertamanan");
        String quiet = agencyName("Dinas Pemadam");
        FakeUser officer = registeredOfficer("Tari", archived);
        registeredOfficer("Umar", quiet);
        long since = telegram.checkpoint();

        lead.in(central).sends("/arsip " + archived.toLowerCase());

        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("diarsipkan: tidak lagi muncul"));
        telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("diarsipkan oleh tim humas pusat"));
        assertThat(missing()).contains(quiet).doesNotContain(archived);
        assertThat(digest()).contains(quiet).doesNotContain(archived);
        long sent = telegram.checkpoint();
        officer.sends("/lapor Taman kota dibuka kembali");
        telegram.awaitMessageToSince(sent, officer.id(), m -> m.contains("sedang diarsipkan"));
        telegram.assertNoMessageTo(officer.id(), quietPeriod(), m -> m.seq() > sent && m.contains("tercatat"));

        long restored = telegram.checkpoint();
        lead.in(central).sends("/pulihkan " + archived);
        telegram.awaitMessageToSince(restored, CENTRAL_CHAT, m -> m.contains("dipulihkan"));
        telegram.awaitMessageToSince(restored, officer.id(), m -> m.contains("diaktifkan kembali"));
        assertThat(missing()).contains(quiet).contains(archived);
        officer.sends("/lapor Taman kota dibuka kembali");
        telegram.awaitMessageToSince(restored, officer.id(), m -> m.contains("tercatat"));
    }

    @Test
    void aRemovedOfficerIsToldAndTheAgencyIsVacant() {
        String agency = agencyName("Dinas Perhubungan");
        FakeUser officer = registeredOfficer("Wati", agency);
        long since = telegram.checkpoint();

        lead.sends("/lepas " + agency);

        telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("Wati tidak lagi menjadi petugas informasi"));
        SentMessage told = telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("terima kasih"));
        assertThat(told.plainText()).contains("Bapak/Ibu Wati").contains(agency);
        officer.sends("/lapor Jadwal bus baru");
        telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("belum terdaftar sebagai petugas"));
        assertThat(missing()).contains(agency + " — belum ada petugas");
        lead.sends("/lepas " + agency);
        telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("belum punya petugas; tidak ada yang dilepas"));
    }

    @Test
    void aTeamMemberWhoIsNoAdminCannotChangeAgencies() {
        String agency = agencyName("Dinas Sosial");
        registeredOfficer("Yanti", agency);
        FakeUser member = newUser("Zaki");
        team.add(member.id());
        long since = telegram.checkpoint();

        member.in(central).sends("/arsip " + agency);

        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Hanya admin tim humas pusat yang dapat mengubah instansi"));
        assertThat(missing()).contains(agency);
    }

    private String missing() {
        long since = telegram.checkpoint();
        lead.in(central).sends("/belum");
        return telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Periode berjalan")).plainText();
    }

    private String digest() {
        long since = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        return telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Belum mengirim laporan")).plainText();
    }
}
