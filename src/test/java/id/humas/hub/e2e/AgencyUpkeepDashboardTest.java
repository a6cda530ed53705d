package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.system.CentralTeam;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14 point 2 on the dashboard's Instansi page, with MockMvc against the whole application and its Telegram
 * double: an admin renames, merges, archives, restores and removes an officer (who is told in Telegram); open invites
 * are listed and revoked; a team member who is no admin sees no upkeep forms and is refused; CSRF is required.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AgencyUpkeepDashboardTest extends BotTest {

    private static final FakeTelegram telegram = new FakeTelegram(TOKEN).start();
    private static final String ADMIN = String.valueOf(LEAD_ID);

    @Autowired
    MockMvc web;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CentralTeam team;

    @Override
    FakeTelegram fake() {
        return telegram;
    }

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        isolatedBot(registry, telegram, CENTRAL_CHAT, LEAD_ID);
        unthrottled(registry);
        registry.add("bot.admins", () -> LEAD_ID);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-web-upkeep;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void anAdminRenamesArchivesRestoresAndRemovesAnOfficerFromTheAgenciesPage() throws Exception {
        String typo = agencyName("Dinas Perikanan Laut");
        String right = typo.replace("Perikanan Laut", "Kelautan dan Perikanan");
        FakeUser officer = registeredOfficer("Bayu", typo);
        assertThat(page(ADMIN)).contains("id=\"upkeep\"").contains("id=\"rename\"").contains("id=\"merge\"");

        web.perform(post("/instansi/ganti-nama").param("name", typo.toUpperCase()).param("newName", right)
                        .with(csrf()).with(user(ADMIN)))
                .andExpect(redirectedUrl("/instansi"))
                .andExpect(flash().attribute("notice", containsString("kini bernama " + right)));
        telegram.awaitMessageTo(officer.id(), "kini bernama");
        assertThat(page(ADMIN)).contains(right).doesNotContain(typo + "<");

        web.perform(post("/instansi/arsip").param("name", right).with(csrf()).with(user(ADMIN)))
                .andExpect(flash().attribute("notice", containsString("diarsipkan")));
        assertThat(page(ADMIN)).contains(right).contains("diarsipkan").contains("/instansi/pulihkan");
        telegram.awaitMessageTo(officer.id(), "diarsipkan oleh tim humas pusat");

        web.perform(post("/instansi/pulihkan").param("name", right).with(csrf()).with(user(ADMIN)))
                .andExpect(flash().attribute("notice", containsString("dipulihkan")));
        telegram.awaitMessageTo(officer.id(), "diaktifkan kembali");

        web.perform(post("/instansi/lepas").param("name", right).with(csrf()).with(user(ADMIN)))
                .andExpect(flash().attribute("notice", containsString("Bayu tidak lagi menjadi petugas")));
        telegram.awaitMessageTo(officer.id(), "terima kasih");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE subject = ? AND actor = ?",
                Integer.class, right, LEAD_ID)).isEqualTo(3);
    }

    @Test
    void aMergeOnThePageMovesTheItemsAndTheOfficerIntoAVacantAgencyAndATypoIsAnsweredWithSuggestions() throws Exception {
        String duplicate = agencyName("Bappeda");
        String agency = agencyName("Badan Perencanaan Pembangunan Daerah");
        FakeUser officer = registeredOfficer("Gita", duplicate);
        invite(agency);
        officer.sends("/lapor Musrenbang kecamatan dimulai");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat"));

        web.perform(post("/instansi/gabung").param("name", duplicate).param("into", agency.replace("Daerah", "Daerh"))
                        .with(csrf()).with(user(ADMIN)))
                .andExpect(flash().attribute("problem", containsString("Mungkin maksud Anda: " + agency)));
        web.perform(post("/instansi/gabung").param("name", duplicate).param("into", agency)
                        .with(csrf()).with(user(ADMIN)))
                .andExpect(flash().attribute("notice", containsString("digabungkan ke " + agency)));

        telegram.awaitMessageTo(officer.id(), "Bapak/Ibu menjadi petugas informasi " + agency);
        String item = web.perform(get("/laporan/" + number).with(user(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(item).contains(agency).contains("Musrenbang");
        assertThat(page(ADMIN)).contains("digabung ke " + agency);
    }

    @Test
    void openInvitesAreListedAndRevokedSoTheLinkNoLongerWorks() throws Exception {
        String agency = agencyName("Dinas Arsip");
        String code = invite(agency);
        assertThat(page(ADMIN)).contains("id=\"open-invites\"").contains(agency);
        long agencyId = jdbc.queryForObject("SELECT id FROM agency WHERE name = ?", Long.class, agency);

        web.perform(post("/instansi/undangan/cabut").param("agency", String.valueOf(agencyId)).param("name", agency)
                        .with(csrf()).with(user(ADMIN)))
                .andExpect(flash().attribute("notice", containsString("dicabut")));

        FakeUser late = newUser("Telat");
        late.sends("/start " + code);
        telegram.awaitMessageTo(late.id(), "sudah dicabut");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'INVITE_REVOKED' AND subject = ?",
                Integer.class, agency)).isOne();
    }

    @Test
    void aMemberWhoIsNoAdminSeesNoUpkeepAndIsRefusedAndEveryActionNeedsCsrf() throws Exception {
        String agency = agencyName("Dinas Koperasi");
        registeredOfficer("Hadi", agency);
        FakeUser member = newUser("Indra");
        team.add(member.id());
        String memberId = String.valueOf(member.id());

        assertThat(page(memberId)).contains(agency).doesNotContain("id=\"upkeep\"").doesNotContain("/instansi/arsip");
        web.perform(post("/instansi/arsip").param("name", agency).with(csrf()).with(user(memberId)))
                .andExpect(flash().attribute("problem", containsString("Hanya admin")));
        web.perform(post("/instansi/arsip").param("name", agency).with(user(ADMIN))).andExpect(status().isForbidden());
        web.perform(post("/instansi/arsip").param("name", agency).with(csrf()).with(user("777")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agency WHERE name = ? AND archived_at IS NULL",
                Integer.class, agency)).isOne();
    }

    private String page(String userId) throws Exception {
        return web.perform(get("/instansi").with(user(userId))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
