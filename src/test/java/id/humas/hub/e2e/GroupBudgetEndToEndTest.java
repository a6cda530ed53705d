package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import id.humas.hub.fake.CallbackPress;
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
 * The central group's 20 sends-or-edits a minute, against a double that counts edits with sends in rolling
 * windows, as Telegram does: what the team waits for goes first, notices of one kind wait and go together, and
 * Telegram never has to answer 429.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GroupBudgetEndToEndTest {

    private static final long CENTRAL = -1003000000077L;
    private static final long LEAD = 9701;
    private static final long SECOND_REVIEWER = 9702;
    private static final FakeTelegram telegram = new FakeTelegram(EndToEndTest.TOKEN).start();

    static {
        telegram.enforceFloodLimits(FloodLimits.telegramDefaults());
        telegram.setDefaultAwaitTimeout(Duration.ofMinutes(5));
    }

    private final FakeChat central = telegram.group(CENTRAL, "Tim Humas Pusat");
    private final FakeUser lead = telegram.user(LEAD, "Sari");
    private final FakeUser second = telegram.user(SECOND_REVIEWER, "Tono");

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        EndToEndTest.isolatedBot(registry, telegram, CENTRAL, LEAD);
        registry.add("bot.central-team", () -> LEAD + "," + SECOND_REVIEWER);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-group-budget;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    private long tooManyBefore;

    @BeforeEach
    void countRefusals() {
        tooManyBefore = telegram.tooManyRequestsAnswers();
    }

    @AfterEach
    void neverRetriedEarly() {
        assertThat(telegram.prematureRetries()).as("sends before retry_after elapsed").isZero();
    }

    @Test
    void sixtyRegistrationsThenFortyIsuWithinTwoSecondsEveryIsuIsVisibleWithinAMinuteAndTheNoticesAreCoalesced() {
        List<String> codes = seedInvites("Daftar", 60);
        long since = telegram.checkpoint();
        List<FakeUser> officers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            FakeUser officer = telegram.user(610_000 + i, "Reg" + i + "q");
            officer.sends("/start " + codes.get(i));
            officers.add(officer);
        }
        officers.forEach(officer -> telegram.awaitMessageTo(officer.id(), "Selamat datang"));

        long burst = telegram.checkpoint();
        Instant start = Instant.now();
        for (int i = 0; i < 40; i++) {
            officers.get(i).sends("/isu Jalan longsor di titik daftar-" + i + ".");
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(centralTextSince(burst))
                .contains(IntStream.range(0, 40).mapToObj(i -> "daftar-" + i + ".").toArray(String[]::new)));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(150)).untilAsserted(() -> assertThat(centralTextSince(since))
                .contains(IntStream.range(0, 60).mapToObj(i -> "Reg" + i + "q").toArray(String[]::new)));
        List<SentMessage> notices = messagesToCentralSince(since).stream()
                .filter(m -> m.contains("Petugas informasi baru")).toList();
        assertThat(notices).as("60 registration notices in few messages").hasSizeLessThanOrEqualTo(15)
                .anyMatch(m -> m.plainText().split("Petugas informasi baru").length > 5);
        assertThat(telegram.tooManyRequestsAnswers() - tooManyBefore).as("429 answers").isZero();
    }

    @Test
    void twoTeamMembersReviewTwentyIsuWithinTwoMinutesAndEveryOutcomeArrivesWithinTheBudget() {
        List<FakeUser> officers = seedOfficers("Tinjau", 20);
        List<String> numbers = new ArrayList<>();
        List<SentMessage> cards = new ArrayList<>();
        for (int i = 0; i < officers.size(); i++) {
            officers.get(i).sends("/isu Genangan air di ruas tinjau-" + i + ".");
            numbers.add(itemNumber(telegram.awaitMessageTo(officers.get(i).id(), "diteruskan")));
        }
        for (String number : numbers) {
            cards.add(card(number));
        }

        Instant reviewStart = Instant.now();
        List<Integer> revised = new ArrayList<>();
        List<Integer> published = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            FakeUser member = i % 2 == 0 ? lead : second;
            SentMessage card = cards.get(i);
            switch (i % 3) {
                case 0 -> member.in(central).presses(card, "Terima");
                case 1 -> {
                    member.in(central).presses(card, "Minta revisi");
                    revised.add(i);
                }
                default -> {
                    member.in(central).presses(card, "Terima");
                    member.in(central).pressesData(card, "rv:p:" + numbers.get(i));
                    published.add(i);
                }
            }
        }
        for (int i : revised) {
            FakeUser member = i % 2 == 0 ? lead : second;
            member.in(central).replies(question(numbers.get(i), "direvisi"), "Lengkapi lokasi tinjau-" + i);
        }
        for (int i : published) {
            FakeUser member = i % 2 == 0 ? lead : second;
            member.in(central).replies(question(numbers.get(i), "di mana"),
                    "https://humas.example.go.id/berita/tinjau-" + i);
        }
        assertThat(Duration.between(reviewStart, Instant.now())).as("the team's own work").isLessThan(
                Duration.ofMinutes(2));
        assertThat(telegram.messagesTo(CENTRAL)).as("the team saw every question").hasSizeGreaterThan(20);

        for (int i = 0; i < 20; i++) {
            String number = numbers.get(i);
            int messageId = cards.get(i).messageId();
            String status = revised.contains(i) ? "Status: Perlu revisi"
                    : published.contains(i) ? "Status: Sudah terbit" : "Status: Diterima";
            telegram.awaitMessageTo(CENTRAL, m -> m.messageId() == messageId && m.contains(status));
            String told = revised.contains(i) ? "meminta revisi laporan #" + number
                    : published.contains(i) ? "Laporan #" + number + " Bapak/Ibu sudah terbit"
                    : "Laporan #" + number + " Bapak/Ibu diterima";
            telegram.awaitMessageTo(officers.get(i).id(), told);
        }
        assertThat(telegram.tooManyRequestsAnswers() - tooManyBefore).as("429 answers").isZero();
    }

    @Test
    void pressesAreAnsweredWithinASecondWhileTheGroupBudgetIsUsedUpOrSendingIsPaused() {
        FakeUser officer = seedOfficers("Tekan", 1).get(0);
        officer.sends("/isu Pohon tumbang di titik tekan.");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "diteruskan"));
        SentMessage card = card(number);
        for (int i = 0; i < 20; i++) {
            lead.in(central).sends("/kondisi");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM outbox_message WHERE chat_id = "
                + CENTRAL + " AND payload LIKE '%Kondisi bot%'") == 20);
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE chat_id = " + CENTRAL + " AND status = 'PENDING'"))
                .as("replies held back by the group's budget").isPositive();

        CallbackPress accept = second.in(central).presses(card, "Terima");
        RecordedCall answer = telegram.awaitCallbackAnswer(accept);
        assertThat(Duration.between(accept.enqueuedAt(), answer.at())).isLessThan(Duration.ofSeconds(1));

        long before = telegram.tooManyRequestsAnswers();
        telegram.floodGlobally(Duration.ofSeconds(8));
        officer.sends("/status");
        await().atMost(Duration.ofSeconds(5)).until(() -> telegram.tooManyRequestsAnswers() > before);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM inbox_update"
                + " WHERE status = 'PENDING'") == 0);
        CallbackPress late = lead.in(central).pressesData(card, "rv:a:" + number);
        RecordedCall refusal = telegram.awaitCallbackAnswer(late);
        assertThat(Duration.between(late.enqueuedAt(), refusal.at())).isLessThan(Duration.ofSeconds(1));

        telegram.awaitMessageTo(CENTRAL, m -> m.messageId() == card.messageId() && m.contains("Status: Diterima"));
        telegram.awaitMessageTo(officer.id(), "Laporan #" + number + " Bapak/Ibu diterima");
    }

    /** The card of an isu, or its line in a combined message, opened to bring the card up. */
    private SentMessage card(String number) {
        SentMessage shown = telegram.awaitMessageTo(CENTRAL, m -> m.contains("ISU #" + number + " ")
                || m.buttonTexts().contains("#" + number));
        if (shown.contains("ISU #" + number + " ")) {
            return shown;
        }
        lead.in(central).presses(shown, "#" + number);
        return telegram.awaitMessageTo(CENTRAL, m -> m.contains("ISU #" + number + " ") && m.hasButton("Terima"));
    }

    /** A question, once the bot has recorded it as sent: a person does not answer within milliseconds. */
    private SentMessage question(String number, String words) {
        SentMessage question = telegram.awaitMessageTo(CENTRAL,
                m -> m.forceReply() && m.contains("#" + number) && m.contains(words));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT COUNT(*) FROM outbox_message WHERE chat_id = "
                + CENTRAL + " AND telegram_message_id = " + question.messageId() + " AND status = 'SENT'") > 0);
        return question;
    }

    private int count(String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }

    private List<String> seedInvites(String prefix, int count) {
        List<String> codes = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp expires = Timestamp.from(Instant.now().plus(Duration.ofDays(7)));
        for (int i = 0; i < count; i++) {
            String agency = prefix + " Dinas " + i;
            jdbc.update("INSERT INTO agency (name, name_key, created_at) VALUES (?, ?, ?)", agency,
                    agency.toLowerCase(Locale.ROOT), now);
            String code = prefix + "Code" + i;
            jdbc.update("INSERT INTO invite (code, agency_id, created_by, created_at, expires_at)"
                    + " SELECT ?, id, ?, ?, ? FROM agency WHERE name_key = ?", code, LEAD, now, expires,
                    agency.toLowerCase(Locale.ROOT));
            codes.add(code);
        }
        return codes;
    }

    /** Officers written straight into the database: registering them through the bot is another test's job. */
    private List<FakeUser> seedOfficers(String prefix, int count) {
        List<FakeUser> officers = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            long userId = 700_000 + Math.abs((long) (prefix.hashCode() % 1000)) * 1000 + i;
            FakeUser officer = telegram.user(userId, prefix + "Petugas" + i);
            String agency = prefix + " Dinas " + i;
            jdbc.update("INSERT INTO agency (name, name_key, created_at) VALUES (?, ?, ?)", agency,
                    agency.toLowerCase(Locale.ROOT), now);
            jdbc.update("INSERT INTO officer (agency_id, user_id, chat_id, display_name, status, registered_at)"
                    + " SELECT id, ?, ?, ?, 'ACTIVE', ? FROM agency WHERE name_key = ?", userId, userId,
                    officer.firstName(), now, agency.toLowerCase(Locale.ROOT));
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
