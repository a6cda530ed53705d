package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the whole application against the Bot API test double: the real TelegramBots client, real JSON over
 * HTTP, real long polling. All end-to-end classes share one application and one in-memory database, so each
 * test works with its own users and agencies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
public abstract class EndToEndTest {

    public static final String TOKEN = "123456:TEST-token-for-the-double-0000000000";
    public static final String BOT = "humas_test_bot";
    public static final long CENTRAL_CHAT = -1001000000001L;
    static final long LEAD_ID = 9001;
    static final long REVIEWER_ID = 9002;
    static final String DIGEST_CRON = "0 30 4 1 1 *";

    protected static final FakeTelegram telegram = SharedTelegram.INSTANCE;
    private static final AtomicLong nextUserId = new AtomicLong(200_000);
    private static final AtomicLong nextAgency = new AtomicLong(1);
    private static final Pattern INVITE_LINK = Pattern.compile("https://t\\.me/" + BOT + "\\?start=([A-Za-z0-9_-]+)");

    final FakeChat central = telegram.group(CENTRAL_CHAT, "Tim Humas Pusat");
    final FakeUser lead = telegram.user(LEAD_ID, "Rina", "rina_humas");
    final FakeUser reviewer = telegram.user(REVIEWER_ID, "Dodi");

    private long startOfTest;

    @BeforeEach
    void markStart() {
        startOfTest = telegram.checkpoint();
    }

    /** Whatever a test did, the bot never made a call Telegram would refuse (bad HTML, too long, ...). */
    @AfterEach
    void telegramRefusedNothing() {
        assertThat(telegram.calls()).filteredOn(call -> call.seq() > startOfTest && !call.ok()).isEmpty();
    }

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        registry.add("bot.api-url", telegram::apiUrl);
        registry.add("bot.token", () -> TOKEN);
        registry.add("bot.username", () -> BOT);
        registry.add("bot.central-chat-id", () -> CENTRAL_CHAT);
        registry.add("bot.central-team", () -> LEAD_ID + "," + REVIEWER_ID);
        registry.add("bot.agencies", () -> "Dinas Kominfo,Sekretariat Daerah");
        registry.add("bot.intake.album-wait", () -> "300ms");
        registry.add("bot.digest.cron", () -> DIGEST_CRON);
        // The shared application serves every test with a few users, some of whom send dozens of messages in a
        // minute; FloodEndToEndTest checks the limit in an application of its own.
        registry.add("bot.limits.user-messages-per-minute", () -> 10_000);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-e2e;DB_CLOSE_DELAY=-1");
        unthrottled(registry);
    }

    /**
     * The shared application talks to a double that does not enforce Telegram's limits, and its tests send far
     * more to the central group than 20 a minute; the limits have tests of their own.
     */
    static void unthrottled(DynamicPropertyRegistry registry) {
        registry.add("bot.limits.global-per-second", () -> 100_000);
        registry.add("bot.limits.private-per-second", () -> 10_000);
        registry.add("bot.limits.group-per-minute", () -> 1_000_000);
    }

    /** The settings of an application of its own, talking to its own double (another language, database...). */
    static void isolatedBot(DynamicPropertyRegistry registry, FakeTelegram own, long centralChat, long teamMember) {
        own.setBotUsername(BOT);
        registry.add("bot.api-url", own::apiUrl);
        registry.add("bot.token", () -> TOKEN);
        registry.add("bot.username", () -> BOT);
        registry.add("bot.central-chat-id", () -> centralChat);
        registry.add("bot.central-team", () -> teamMember);
        registry.add("bot.digest.cron", () -> "-");
    }

    protected FakeUser newUser(String firstName) {
        long id = nextUserId.incrementAndGet();
        return telegram.user(id, firstName, firstName.toLowerCase() + id);
    }

    protected FakeUser newUser(String firstName, String username) {
        return telegram.user(nextUserId.incrementAndGet(), firstName, username);
    }

    /** A name no other test uses, so that each test has agencies of its own. */
    static String agencyName(String base) {
        return base + " " + nextAgency.incrementAndGet();
    }

    /** The lead asks for an invite in the central group; returns the code from the link. */
    String invite(String agency) {
        long since = telegram.checkpoint();
        lead.in(central).sends("/undang " + agency);
        SentMessage reply = telegram.awaitMessageToSince(since, CENTRAL_CHAT,
                message -> message.text() != null && message.text().contains("?start="));
        return inviteCode(reply);
    }

    static String inviteCode(SentMessage reply) {
        Matcher link = INVITE_LINK.matcher(reply.plainText());
        assertThat(link.find()).as("invite link in %s", reply.plainText()).isTrue();
        return link.group(1);
    }

    /** A new user registered as the officer of a new agency through an invite. */
    FakeUser registeredOfficer(String firstName, String agency) {
        String code = invite(agency);
        FakeUser officer = newUser(firstName);
        officer.sends("/start " + code);
        telegram.awaitMessageTo(officer.id(), "Selamat datang");
        return officer;
    }

    protected static Duration quietPeriod() {
        return Duration.ofMillis(1500);
    }
}
