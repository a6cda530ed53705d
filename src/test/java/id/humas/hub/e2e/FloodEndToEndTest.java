package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One user sending more than {@code bot.limits.user-messages-per-minute} (5 here) messages in a minute: the rest
 * of the minute is not handled and the user is told once, others are served as usual, the team is not limited,
 * and an album counts as one message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FloodEndToEndTest {

    private static final long CENTRAL = -1004000000004L;
    private static final long LEAD = 9501;
    private static final String NOT_REGISTERED = "belum terdaftar";
    private static final String SLOW_DOWN = "Mohon pelan-pelan";
    private static final FakeTelegram telegram = new FakeTelegram(EndToEndTest.TOKEN).start();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeChat central = telegram.group(CENTRAL, "Tim Humas");
    private final FakeUser lead = telegram.user(LEAD, "Rina");
    private long startOfTest;

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        EndToEndTest.isolatedBot(registry, telegram, CENTRAL, LEAD);
        registry.add("bot.limits.user-messages-per-minute", () -> 5);
        registry.add("bot.intake.album-wait", () -> "300ms");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-flood;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @BeforeEach
    void markStart() {
        startOfTest = telegram.checkpoint();
    }

    @AfterEach
    void telegramRefusedNothing() {
        assertThat(telegram.calls()).filteredOn(call -> call.seq() > startOfTest && !call.ok()).isEmpty();
    }

    @Test
    void aFloodingUserIsToldOnceAndTheRestOfTheMinuteIsNotHandledWhileOthersAreServed() {
        FakeUser flooder = telegram.user(9601, "Cepat");
        FakeUser neighbour = telegram.user(9602, "Tetangga");

        for (int i = 1; i <= 9; i++) {
            flooder.sends("pesan " + i);
        }
        neighbour.sends("halo");

        telegram.awaitMessageTo(neighbour.id(), NOT_REGISTERED);
        awaitCount(flooder, m -> m.contains(SLOW_DOWN), 1);
        flooder.sends("pesan 10");
        flooder.sends("pesan 11");
        telegram.assertNoMessageTo(flooder.id(), Duration.ofMillis(1500), m -> count(flooder,
                x -> x.contains(NOT_REGISTERED)) > 5 || count(flooder, x -> x.contains(SLOW_DOWN)) > 1);
        SentMessage notice = telegram.messagesTo(flooder.id()).stream().filter(m -> m.contains(SLOW_DOWN))
                .findFirst().orElseThrow();
        assertThat(notice.plainText()).contains("lebih dari 5 pesan dalam satu menit").contains("kirim ulang");
        assertThat(telegram.messagesTo(flooder.id()).indexOf(notice)).isEqualTo(5);
    }

    @Test
    void theLimitIsPerMinuteOfTheTimesTelegramStampedOnTheMessages() {
        FakeUser user = telegram.user(9603, "Sabar");
        for (int i = 1; i <= 6; i++) {
            user.sends("sekarang " + i);
        }
        awaitCount(user, m -> m.contains(SLOW_DOWN), 1);

        long aMinuteLater = Instant.now().getEpochSecond() + 61;
        for (int i = 1; i <= 6; i++) {
            telegram.enqueueUpdate(textAt(user, "nanti " + i, aMinuteLater));
        }

        awaitCount(user, m -> m.contains(NOT_REGISTERED), 10);
        awaitCount(user, m -> m.contains(SLOW_DOWN), 2);
    }

    @Test
    void anAlbumCountsAsOneMessage() {
        FakeUser photographer = telegram.user(9604, "Fotografer");

        for (int i = 0; i < 5; i++) {
            photographer.sendsAlbum(List.of("flood-" + i + "-a", "flood-" + i + "-b", "flood-" + i + "-c"),
                    "album " + i);
        }

        awaitCount(photographer, m -> m.contains(NOT_REGISTERED), 5);
        telegram.assertNoMessageTo(photographer.id(), Duration.ofMillis(1500), m -> m.contains(SLOW_DOWN));
    }

    @Test
    void theCentralTeamIsNotLimited() {
        for (int i = 0; i < 8; i++) {
            lead.sends("/bantuan");
        }
        lead.in(central).sends("/bantuan");

        awaitCount(lead, m -> m.contains("Tim humas pusat"), 8);
        telegram.awaitMessageTo(CENTRAL, "Tim humas pusat");
        assertThat(telegram.messagesTo(LEAD)).noneMatch(m -> m.contains(SLOW_DOWN));
    }

    private static void awaitCount(FakeUser user, Predicate<SentMessage> matching, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(user, matching) >= count);
        assertThat(count(user, matching)).isEqualTo(count);
    }

    private static long count(FakeUser user, Predicate<SentMessage> matching) {
        return telegram.messagesTo(user.id()).stream().filter(matching).count();
    }

    /** A private text message with the date Telegram stamped on it. */
    private static ObjectNode textAt(FakeUser user, String text, long epochSecond) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode message = update.putObject("message");
        message.put("message_id", 8_000_000 + (int) (epochSecond % 1000) * 100 + text.hashCode() % 100);
        message.putObject("from").put("id", user.id()).put("is_bot", false).put("first_name", user.firstName());
        message.putObject("chat").put("id", user.id()).put("type", "private").put("first_name", user.firstName());
        message.put("date", epochSecond);
        message.put("text", text);
        return update;
    }
}
