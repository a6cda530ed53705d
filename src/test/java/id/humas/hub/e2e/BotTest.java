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

/**
 * Starts the whole application against a Bot API test double: the real TelegramBots client, real JSON over HTTP,
 * real long polling. The users, the central group and the helpers every end-to-end test uses; subclasses say which
 * double and which settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
public abstract class BotTest {

    public static final String TOKEN = "123456:TEST-token-for-the-double-0000000000";
    public static final String BOT = "humas_test_bot";
    public static final long CENTRAL_CHAT = -1001000000001L;
    static final long LEAD_ID = 9001;
    static final long REVIEWER_ID = 9002;
    static final String DIGEST_CRON = "0 30 4 1 1 *";

    private static final AtomicLong nextUserId = new AtomicLong(200_000);
    private static final AtomicLong nextAgency = new AtomicLong(1);
    private static final Pattern INVITE_LINK = Pattern.compile("https://t\\.me/" + BOT + "\\?start=([A-Za-z0-9_-]+)");

    final FakeChat central = fake().group(CENTRAL_CHAT, "Tim Humas Pusat");
    final FakeUser lead = fake().user(LEAD_ID, "Rina", "rina_humas");
    final FakeUser reviewer = fake().user(REVIEWER_ID, "Dodi");

    private long startOfTest;

    /** The Bot API double this test's application talks to. */
    abstract FakeTelegram fake();

    @BeforeEach
    void markStart() {
        startOfTest = fake().checkpoint();
    }

    /** Whatever a test did, the bot never made a call Telegram would refuse (bad HTML, too long, ...). */
    @AfterEach
    void telegramRefusedNothing() {
        assertThat(fake().calls()).filteredOn(call -> call.seq() > startOfTest && !call.ok()).isEmpty();
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
        return fake().user(id, firstName, firstName.toLowerCase() + id);
    }

    protected FakeUser newUser(String firstName, String username) {
        return fake().user(nextUserId.incrementAndGet(), firstName, username);
    }

    /** A name no other test uses, so that each test has agencies of its own. */
    static String agencyName(String base) {
        return base + " " + nextAgency.incrementAndGet();
    }

    /**
     * The lead asks for an invite in her private chat with the bot, where the link is sent; returns the code from
     * the link. (She never presses Start there, so the review questions she is asked stay in the central group.)
     */
    String invite(String agency) {
        long since = fake().checkpoint();
        lead.sends("/undang " + agency);
        SentMessage reply = fake().awaitMessageToSince(since, LEAD_ID,
                message -> message.text() != null && message.text().contains("?start=")
                        && message.plainText().contains(agency));
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
        fake().awaitMessageTo(officer.id(), "Selamat datang");
        return officer;
    }

    protected static Duration quietPeriod() {
        return Duration.ofMillis(1500);
    }
}
