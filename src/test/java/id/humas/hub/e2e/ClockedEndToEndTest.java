package id.humas.hub.e2e;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import id.humas.hub.fake.FakeTelegram;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The time-based end-to-end tests (reminders, escalation, scoreboard, agenda...): one application of their own,
 * with its own double and database, whose clock a test moves forward to make scheduled work due. The clock starts
 * on Monday 2 June 2031, 07:30 WIB, and only moves forward, so every test asks {@link TestClock#next} for the
 * time it needs rather than assuming a date. Scheduled jobs run at their production defaults; the scheduler looks
 * every 100 ms.
 */
@Import(ClockedEndToEndTest.ClockSettings.class)
public abstract class ClockedEndToEndTest extends BotTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    protected static final FakeTelegram telegram = ClockedTelegram.INSTANCE;
    protected static final TestClock clock = new TestClock(
            ZonedDateTime.of(2031, 6, 2, 7, 30, 0, 0, WIB).toInstant(), WIB);

    @Override
    FakeTelegram fake() {
        return telegram;
    }

    @DynamicPropertySource
    static void clocked(DynamicPropertyRegistry registry) {
        registry.add("bot.api-url", telegram::apiUrl);
        registry.add("bot.token", () -> TOKEN);
        registry.add("bot.username", () -> BOT);
        registry.add("bot.central-chat-id", () -> CENTRAL_CHAT);
        registry.add("bot.central-team", () -> LEAD_ID + "," + REVIEWER_ID);
        registry.add("bot.escalation.contacts", () -> String.valueOf(LEAD_ID));
        registry.add("bot.holidays", () -> "2031-12-25,2031-12-26");
        registry.add("bot.intake.album-wait", () -> "300ms");
        registry.add("bot.jobs.check-every", () -> "100ms");
        registry.add("bot.limits.user-messages-per-minute", () -> 10_000);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-clocked;DB_CLOSE_DELAY=-1");
        unthrottled(registry);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockSettings {

        @Bean
        @Primary
        Clock testClock() {
            return clock;
        }
    }
}
