package id.humas.hub.e2e;

import id.humas.hub.fake.FakeTelegram;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * All end-to-end classes that extend this share one application, one double and one in-memory database, so each
 * test works with its own users and agencies.
 */
public abstract class EndToEndTest extends BotTest {

    protected static final FakeTelegram telegram = SharedTelegram.INSTANCE;

    @Override
    FakeTelegram fake() {
        return telegram;
    }

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        registry.add("bot.api-url", telegram::apiUrl);
        registry.add("bot.token", () -> TOKEN);
        registry.add("bot.username", () -> BOT);
        registry.add("bot.central-chat-id", () -> CENTRAL_CHAT);
        registry.add("bot.central-team", () -> LEAD_ID + "," + REVIEWER_ID);
        registry.add("bot.admins", () -> LEAD_ID);
        registry.add("bot.agencies", () -> "Dinas Kominfo,Sekretariat Daerah");
        registry.add("bot.intake.album-wait", () -> "300ms");
        registry.add("bot.digest.cron", () -> DIGEST_CRON);
        // the shared app has no scheduled digest in practice: /ringkasan takes items, so digests never pile up
        registry.add("bot.digest.on-demand", () -> "take");
        // Time-based work has its own application (ClockedEndToEndTest); here it must not fire in the middle of a
        // long run, whatever the hour.
        registry.add("bot.reminder.cron", () -> "-");
        registry.add("bot.scoreboard.cron", () -> "-");
        registry.add("bot.agenda.cron", () -> "-");
        registry.add("bot.agenda.coverage-cron", () -> "-");
        registry.add("bot.escalation.minutes", () -> 100_000);
        // The shared application serves every test with a few users, some of whom send dozens of messages in a
        // minute; FloodEndToEndTest checks the limit in an application of its own.
        registry.add("bot.limits.user-messages-per-minute", () -> 10_000);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-e2e;DB_CLOSE_DELAY=-1");
        unthrottled(registry);
    }
}
