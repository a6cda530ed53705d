package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.FloodLimits;
import id.humas.hub.fake.RecordedCall;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot with Telegram's real limits (30 messages a second in all, 1 a second per private chat, 20 a minute per
 * group), against a double that enforces them the way Telegram does: whatever the load, Telegram never has to
 * answer 429, and nothing waits longer than it must.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SendingLimitsEndToEndTest {

    private static final long CENTRAL = -1003000000003L;
    private static final long LEAD = 9301;
    private static final FakeTelegram telegram = new FakeTelegram(EndToEndTest.TOKEN).start();

    static {
        telegram.enforceFloodLimits(FloodLimits.telegramDefaults());
        // a notice may rightly wait for the group's minute to make room after another test's burst
        telegram.setDefaultAwaitTimeout(Duration.ofSeconds(70));
    }

    private final FakeChat central = telegram.group(CENTRAL, "Tim Humas Pusat");
    private final FakeUser lead = telegram.user(LEAD, "Sari");

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        EndToEndTest.isolatedBot(registry, telegram, CENTRAL, LEAD);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-limits;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    private long tooManyBefore;
    private long prematureBefore;

    @BeforeEach
    void countRefusals() {
        tooManyBefore = telegram.tooManyRequestsAnswers();
        prematureBefore = telegram.prematureRetries();
    }

    /** Whatever a test did, the bot never sent anything before a retry_after had elapsed. */
    @AfterEach
    void neverRetriedEarly() {
        assertThat(telegram.prematureRetries() - prematureBefore).as("sends before retry_after elapsed").isZero();
    }

    @Test
    void fortyAlertsWithinTwoSecondsAreAllVisibleInTheCentralGroupWithinAMinute() {
        List<FakeUser> officers = seedOfficers("Burst", 40);
        long since = telegram.checkpoint();
        Instant start = Instant.now();

        for (int i = 0; i < officers.size(); i++) {
            officers.get(i).sends("/isu Banjir di titik burst-" + i + " <segera>");
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(centralTextSince(since))
                .contains(IntStream.range(0, 40).mapToObj(i -> "burst-" + i + " <segera>").toArray(String[]::new)));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(60));
        List<SentMessage> toCentral = messagesToCentralSince(since);
        assertThat(toCentral).as("one message per alert would take two minutes at 20 a minute").hasSizeLessThan(20);
        SentMessage combined = toCentral.stream().filter(m -> m.contains("isu masuk bersamaan")).findFirst()
                .orElseThrow();
        assertThat(combined.buttonTexts()).allMatch(label -> label.matches("#\\d+"));

        String label = combined.buttonTexts().get(0);
        FakeUser stranger = telegram.user(9399, "Orang Lain");
        assertThat(telegram.awaitCallbackAnswer(stranger.in(central).presses(combined, label)).param("show_alert"))
                .isEqualTo("true");
        long beforeOpening = telegram.checkpoint();
        lead.in(central).presses(combined, label);
        SentMessage card = telegram.awaitMessageToSince(beforeOpening, CENTRAL,
                m -> m.contains("ISU " + label) && m.hasButton("Terima"));
        assertThat(card.buttonTexts()).containsExactly("Tangani", "Terima", "Minta revisi", "Tolak", "Sudah terbit");
        officers.forEach(officer -> telegram.awaitMessageTo(officer.id(), "diteruskan"));
        assertThat(telegram.tooManyRequestsAnswers() - tooManyBefore).as("429 answers").isZero();
    }

    @Test
    void afterA429NothingGoesToThatChatUntilRetryAfterHasElapsedAndThenTheMessageIsSent() {
        FakeUser officer = seedOfficers("Jeda", 1).get(0);
        telegram.rateLimit(officer.id(), 2);

        officer.sends("/status");

        SentMessage reply = telegram.awaitMessageTo(officer.id(), m -> true);
        RecordedCall refused = telegram.calls("sendMessage").stream()
                .filter(call -> officer.id() == call.chatId() && call.status() == 429).findFirst().orElseThrow();
        assertThat(Duration.between(refused.at(), reply.date())).isGreaterThanOrEqualTo(Duration.ofSeconds(2))
                .isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void afterAGlobalFloodNothingGoesAnywhereUntilItEndsAndThenEverythingIsSent() {
        List<FakeUser> officers = seedOfficers("Banjir", 3);
        telegram.floodGlobally(Duration.ofSeconds(2));
        Instant floodEnds = Instant.now().plusSeconds(2);

        officers.forEach(officer -> officer.sends("/status"));

        for (FakeUser officer : officers) {
            SentMessage reply = telegram.awaitMessageTo(officer.id(), m -> true);
            assertThat(reply.date()).isAfterOrEqualTo(floodEnds.minusMillis(50));
        }
    }


    @Test
    void aBroadcastReportsWhoReceivedItAndWhoCannotBeReached() {
        List<FakeUser> officers = seedOfficers("Siaran", 12);
        FakeUser blocked = officers.get(3);
        telegram.block(blocked.id());
        Integer active = jdbc.queryForObject("SELECT COUNT(*) FROM officer WHERE status = 'ACTIVE'", Integer.class);
        long since = telegram.checkpoint();

        lead.in(central).sends("/siaran Rapat koordinasi <humas> besok & lusa");
        lead.in(central).presses(telegram.awaitMessageToSince(since, CENTRAL, m -> m.hasButton("Kirim")), "Kirim");

        SentMessage report = telegram.awaitMessageToSince(since, CENTRAL, m -> m.contains("Laporan siaran"));
        assertThat(report.plainText()).contains("terkirim " + (active - 1)).contains("tidak terjangkau 1")
                .contains(blocked.firstName()).contains("memblokir bot");
        officers.stream().filter(officer -> officer != blocked).forEach(officer -> assertThat(
                telegram.messagesTo(officer.id())).anyMatch(m -> m.contains("Rapat koordinasi <humas> besok & lusa")));
        telegram.awaitMessageToSince(since, CENTRAL, m -> m.contains("tidak dapat lagi mengirim pesan ke")
                && m.contains(blocked.firstName()));
        assertThat(telegram.callsTo(blocked.id())).as("a refusal for good is not retried").hasSize(1);

        long beforeRoster = telegram.checkpoint();
        lead.in(central).sends("/daftar");
        SentMessage roster = telegram.awaitMessageToSince(beforeRoster, CENTRAL, m -> m.contains("Daftar instansi"));
        String blockedLine = roster.plainText().lines().filter(line -> line.contains(blocked.firstName()))
                .findFirst().orElseThrow();
        assertThat(blockedLine).contains("tidak terjangkau: memblokir bot");
        assertThat(roster.plainText().lines().filter(line -> line.contains("tidak terjangkau"))).hasSize(1);

        telegram.unblock(blocked.id());
        blocked.sends("/bantuan");
        telegram.awaitMessageTo(blocked.id(), "/lapor");
        long beforeSecondRoster = telegram.checkpoint();
        lead.in(central).sends("/daftar");
        SentMessage again = telegram.awaitMessageToSince(beforeSecondRoster, CENTRAL, m -> m.contains("Daftar instansi"));
        assertThat(again.plainText()).doesNotContain("tidak terjangkau");
    }

    @Test
    void serverErrorsAndBrokenConnectionsAreRetriedUntilTheMessageIsDelivered() {
        FakeUser officer = seedOfficers("Gangguan", 1).get(0);

        telegram.failNext("sendMessage", 502, "Bad Gateway");
        officer.sends("/status");
        telegram.awaitMessageTo(officer.id(), m -> true);
        List<RecordedCall> calls = telegram.callsTo(officer.id());
        assertThat(calls).extracting(RecordedCall::status).containsExactly(502, 200);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at())).as("back-off")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        telegram.disconnectNext("sendMessage");
        officer.sends("/bantuan");
        telegram.awaitMessageTo(officer.id(), "/lapor");

        telegram.dropNextResponse("sendMessage");
        officer.sends("/status");
        await().atMost(Duration.ofSeconds(20)).until(() -> telegram.messagesTo(officer.id()).size() >= 3);
        assertThat(telegram.messagesTo(officer.id())).as("an unknown outcome may mean a second copy, nothing more")
                .hasSizeBetween(3, 4);
    }

    @Test
    void theTeamCanSeeWhenTheBotLastHeardFromTelegram() {
        long since = telegram.checkpoint();
        lead.in(central).sends("/kondisi");

        SentMessage health = telegram.awaitMessageToSince(since, CENTRAL, m -> m.contains("Kondisi bot"));
        assertThat(health.plainText()).containsPattern("Terakhir terhubung ke Telegram: .+ \\(\\d+ detik lalu\\)")
                .containsPattern("Pesan keluar menunggu: \\d+, ditolak Telegram: 0");
    }

    /** Officers written straight into the database: registering forty through the bot is another test's job. */
    private List<FakeUser> seedOfficers(String prefix, int count) {
        List<FakeUser> officers = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            long userId = 400_000 + Math.abs((long) (prefix.hashCode() % 1000)) * 1000 + i;
            FakeUser officer = telegram.user(userId, prefix + "Petugas" + i);
            String agency = prefix + " Dinas " + i;
            jdbc.update("INSERT INTO agency (name, name_key, created_at) VALUES (?, ?, ?)", agency,
                    agency.toLowerCase(), now);
            Long agencyId = jdbc.queryForObject("SELECT id FROM agency WHERE name_key = ?", Long.class,
                    agency.toLowerCase());
            jdbc.update("INSERT INTO officer (agency_id, user_id, chat_id, display_name, status, registered_at)"
                    + " VALUES (?, ?, ?, ?, 'ACTIVE', ?)", agencyId, userId, userId, officer.firstName(), now);
            officers.add(officer);
        }
        return officers;
    }

    private List<SentMessage> messagesToCentralSince(long since) {
        return telegram.messagesTo(CENTRAL).stream().filter(m -> m.seq() > since).toList();
    }

    private String centralTextSince(long since) {
        return messagesToCentralSince(since).stream().map(m -> m.plainText() == null ? "" : m.plainText())
                .collect(Collectors.joining("\n"));
    }
}
