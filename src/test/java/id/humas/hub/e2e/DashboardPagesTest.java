package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The dashboard's pages and its access rules, with MockMvc against the whole application (the bot talking to its
 * Telegram double): the login link from /masuk, and for every address: anonymous → the login page, a session
 * that is not a team member's → refused, a team member → the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DashboardPagesTest extends BotTest {

    private static final FakeTelegram telegram = new FakeTelegram(TOKEN).start();
    private static final Pattern LOGIN_LINK = Pattern.compile("(https?://\\S+)/login/ott\\?token=([A-Za-z0-9-]+)");
    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");
    private static final String STRANGER = "777";

    /** Every page and action of the dashboard (GET), with an item number filled in where needed. */
    private static final List<String> PAGES = List.of("/", "/arsip", "/arsip?jenis=ISSUE", "/arsip/ekspor.csv",
            "/arsip/ekspor.xlsx", "/laporan/%d", "/instansi", "/analitik", "/analitik/agency.csv",
            "/analitik/response.csv", "/rekap", "/rekap?bulan=2026-06", "/rekap.pdf", "/laporan/%d/media/0");

    @Autowired
    MockMvc web;

    @Override
    FakeTelegram fake() {
        return telegram;
    }

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        isolatedBot(registry, telegram, CENTRAL_CHAT, LEAD_ID);
        unthrottled(registry);
        registry.add("bot.dashboard.url", () -> "https://humas.example.go.id/dasbor");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-web-pages;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void aTeamMemberGetsAOneTimeLinkThatLogsInOnceByPost() throws Exception {
        Matcher link = loginLink(lead);
        assertThat(link.group(1)).isEqualTo("https://humas.example.go.id/dasbor");
        String token = link.group(2);

        // what Telegram's link preview does: a GET, which only shows the button
        web.perform(get("/login/ott").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + token + "\"")));

        MvcResult login = web.perform(post("/login/ott").param("token", token).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        web.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Isu terbuka")));

        web.perform(post("/login/ott").param("token", token).with(csrf()))
                .andExpect(redirectedUrl("/login?gagal"));
    }

    @Test
    void theLoginNeedsTheCsrfTokenOfThePage() throws Exception {
        String token = loginLink(lead).group(2);
        web.perform(post("/login/ott").param("token", token)).andExpect(status().isForbidden());
        web.perform(post("/login/ott").param("token", token).with(csrf())).andExpect(redirectedUrl("/"));
    }

    @Test
    void someoneOutsideTheTeamGetsNoLink() {
        FakeUser officer = registeredOfficer("Budi", agencyName("Dinas Kesehatan"));
        long since = telegram.checkpoint();
        officer.sends("/masuk");
        SentMessage reply = telegram.awaitMessageToSince(since, officer.id(), message -> true);
        assertThat(reply.plainText()).contains("hanya untuk tim humas pusat").doesNotContain("token=");
    }

    @Test
    void inTheGroupTheLinkIsNotShown() {
        long since = telegram.checkpoint();
        lead.in(central).sends("/masuk");
        SentMessage reply = telegram.awaitMessageToSince(since, CENTRAL_CHAT, message -> true);
        assertThat(reply.plainText()).contains("obrolan pribadi").doesNotContain("token=");
    }

    @Test
    void everyPageSendsAnonymousVisitorsToTheLogin() throws Exception {
        long item = anItem();
        for (String page : PAGES) {
            web.perform(get(page.formatted(item))).andExpect(redirectedUrl("/login"));
        }
        web.perform(post("/laporan/" + item + "/tinjau").param("step", "accept").with(csrf()))
                .andExpect(redirectedUrl("/login"));
        web.perform(post("/instansi/undangan").param("name", "Dinas Palsu").with(csrf()))
                .andExpect(redirectedUrl("/login"));
        web.perform(get("/ditolak")).andExpect(content().string(org.hamcrest.Matchers.containsString("Akses ditolak")));
        web.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/masuk")));
    }

    @Test
    void everyPageRefusesASessionThatIsNotATeamMembers() throws Exception {
        long item = anItem();
        for (String page : PAGES) {
            web.perform(get(page.formatted(item)).with(user(STRANGER))).andExpect(status().isForbidden())
                    .andExpect(forwardedUrl("/ditolak"));
        }
        web.perform(post("/laporan/" + item + "/tinjau").param("step", "accept").with(csrf()).with(user(STRANGER)))
                .andExpect(status().isForbidden());
        web.perform(post("/instansi/undangan").param("name", "Dinas Palsu").with(csrf()).with(user(STRANGER)))
                .andExpect(status().isForbidden());
        assertThat(telegram.messagesTo(CENTRAL_CHAT)).noneMatch(message -> message.plainText().contains("Diterima"));
    }

    @Test
    void everyPageOpensForATeamMember() throws Exception {
        long item = anItem();
        for (String page : PAGES.subList(0, PAGES.size() - 1)) {
            web.perform(get(page.formatted(item)).with(user(String.valueOf(LEAD_ID)))).andExpect(status().isOk());
        }
    }

    @Test
    void theArchiveShowsOnlyWhatTheFilterAsks() throws Exception {
        String agency = agencyName("Dinas Pendidikan");
        FakeUser officer = registeredOfficer("Sari", agency);
        long issue = submit(officer, "/isu Atap sekolah roboh di SDN 3");
        long agenda = submit(officer, "/agenda Rapat guru 12-06-2030 09.00 di Aula Disdik");
        String page = web.perform(get("/arsip").param("kata", "atap sekolah").with(user(String.valueOf(LEAD_ID))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("#" + issue).doesNotContain("#" + agenda + "<");
        String agendas = web.perform(get("/arsip").param("jenis", "AGENDA").param("kata", "rapat guru")
                        .with(user(String.valueOf(LEAD_ID))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(agendas).contains("#" + agenda + "<").doesNotContain("#" + issue + "<");
    }

    @Test
    void aValueThatCannotBeReadIsIgnoredAndNamed() throws Exception {
        String page = web.perform(get("/arsip").param("jenis", "BANJIR").param("dari", "kemarin")
                        .with(user(String.valueOf(LEAD_ID))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("diabaikan: jenis, dari");
    }

    @Test
    void theCsvExportIsTheFilteredArchiveWithABom() throws Exception {
        String agency = agencyName("Dinas Sosial");
        FakeUser officer = registeredOfficer("Wati", agency);
        long first = submit(officer, "/isu Bantuan sosial, \"terlambat\" di Kecamatan A");
        submit(officer, "/isu Jalan rusak di Kecamatan B");
        byte[] file = web.perform(get("/arsip/ekspor.csv").param("kata", "bantuan sosial")
                        .with(user(String.valueOf(LEAD_ID))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Nomor,Masuk,Instansi,Jenis,Status");
        assertThat(lines.get(1)).startsWith(first + ",").contains(agency)
                .contains("\"Bantuan sosial, \"\"terlambat\"\" di Kecamatan A\"")
                .endsWith("https://humas.example.go.id/dasbor/laporan/" + first);
    }

    @Test
    void acceptingOnTheDashboardEditsTheCardAndTellsTheOfficer() throws Exception {
        FakeUser officer = registeredOfficer("Andi", agencyName("BPBD"));
        long item = submit(officer, "/isu Tanah longsor di Desa C");
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, message -> message.plainText().contains("#" + item)
                && message.hasButton("Terima"));
        long since = telegram.checkpoint();
        web.perform(post("/laporan/" + item + "/tinjau").param("step", "accept").with(csrf())
                        .with(user(String.valueOf(LEAD_ID))))
                .andExpect(redirectedUrl("/laporan/" + item));
        telegram.awaitMessageToSince(since, officer.id(), message -> message.plainText().contains("#" + item)
                && message.plainText().contains("diterima"));
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(
                telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow().hasButton("Terima")).isFalse());
        String page = web.perform(get("/laporan/" + item).with(user(String.valueOf(LEAD_ID))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Diterima").doesNotContain("id=\"step-accept\"");

        web.perform(post("/laporan/" + item + "/tinjau").param("step", "reject").with(csrf())
                        .with(user(String.valueOf(LEAD_ID))))
                .andExpect(redirectedUrl("/laporan/" + item));
    }

    @Test
    void aRevisionNeedsItsReason() throws Exception {
        FakeUser officer = registeredOfficer("Dewi", agencyName("Dinas Perhubungan"));
        long item = submit(officer, "/isu Lampu lalu lintas mati");
        MvcResult result = web.perform(post("/laporan/" + item + "/tinjau").param("step", "request-revision")
                        .param("note", " ").with(csrf()).with(user(String.valueOf(LEAD_ID))))
                .andExpect(redirectedUrl("/laporan/" + item)).andReturn();
        assertThat(result.getFlashMap().get("problem")).asString().contains("isi alasan");
        String page = web.perform(get("/laporan/" + item).with(user(String.valueOf(LEAD_ID))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"step-request-revision\"");
    }

    @Test
    void theMonthlyRecapCountsAnAgencysItemsAndComesAsPdf() throws Exception {
        String agency = agencyName("Dinas Lingkungan Hidup");
        FakeUser officer = registeredOfficer("Rudi", agency);
        submit(officer, "/isu Sungai tercemar limbah");
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        String page = web.perform(get("/rekap").param("bulan", month).with(user(String.valueOf(LEAD_ID))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(agency).contains("Isu: 1");
        byte[] pdf = web.perform(get("/rekap.pdf").param("bulan", month).with(user(String.valueOf(LEAD_ID))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void eachChartsFiguresDownloadAsCsv() throws Exception {
        String agency = agencyName("Dinas Pertanian");
        FakeUser officer = registeredOfficer("Tono", agency);
        submit(officer, "/isu Gagal panen di Desa D");
        submit(officer, "/isu Harga pupuk naik");
        String csv = web.perform(get("/analitik/agency.csv").with(user(String.valueOf(LEAD_ID))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).first().asString().contains("Instansi,Laporan");
        assertThat(csv.lines()).contains(agency + ",2");
    }

    @Test
    void anInviteMadeOnTheDashboardReachesTheTeamMemberInTelegram() throws Exception {
        String agency = agencyName("Dinas Koperasi");
        long since = telegram.checkpoint();
        web.perform(post("/instansi/undangan").param("name", agency).with(csrf()).with(user(String.valueOf(LEAD_ID))))
                .andExpect(redirectedUrl("/instansi"));
        SentMessage invite = telegram.awaitMessageToSince(since, LEAD_ID,
                message -> message.plainText().contains("?start="));
        assertThat(invite.plainText()).contains(agency);
        web.perform(post("/instansi/undangan").param("name", " ").with(csrf()).with(user(String.valueOf(LEAD_ID))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", "Mohon isi nama instansi."));
    }

    private Matcher loginLink(FakeUser member) {
        long since = telegram.checkpoint();
        member.sends("/masuk");
        SentMessage reply = telegram.awaitMessageToSince(since, member.id(),
                message -> message.plainText().contains("token="));
        Matcher link = LOGIN_LINK.matcher(reply.plainText());
        assertThat(link.find()).as("login link in %s", reply.plainText()).isTrue();
        return link;
    }

    private long anItem() {
        return submit(registeredOfficer("Eko", agencyName("Dinas Pariwisata")), "/isu Sampah menumpuk di pantai");
    }

    /** The officer sends the text; returns the item number the bot confirmed. */
    private long submit(FakeUser officer, String text) {
        long since = telegram.checkpoint();
        officer.sends(text);
        SentMessage confirmation = telegram.awaitMessageToSince(since, officer.id(),
                message -> NUMBER.matcher(message.plainText()).find());
        Matcher number = NUMBER.matcher(confirmation.plainText());
        assertThat(number.find()).isTrue();
        return Long.parseLong(number.group(1));
    }
}
