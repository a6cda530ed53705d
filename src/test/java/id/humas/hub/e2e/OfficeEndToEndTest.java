package id.humas.hub.e2e;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.RecordedCall;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14's team and agency upkeep, in an application of its own (so that /belum and the digest list only the
 * agencies these tests made): the lead is the only admin and, at first, the whole central team.
 */
abstract class OfficeEndToEndTest extends BotTest {

    static final FakeTelegram telegram = new FakeTelegram(TOKEN).start();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(telegram::close));
    }

    @Override
    FakeTelegram fake() {
        return telegram;
    }

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        isolatedBot(registry, telegram, CENTRAL_CHAT, LEAD_ID);
        unthrottled(registry);
        registry.add("bot.admins", () -> LEAD_ID);
        registry.add("bot.limits.user-messages-per-minute", () -> 10_000);
        registry.add("bot.reminder.cron", () -> "-");
        registry.add("bot.scoreboard.cron", () -> "-");
        registry.add("bot.agenda.cron", () -> "-");
        registry.add("bot.agenda.coverage-cron", () -> "-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-office;DB_CLOSE_DELAY=-1");
    }

    /** Waits for a setMyCommands for the private chat of {@code userId} after {@code since}; its command names. */
    static List<String> awaitMenuOf(long userId, long since, java.util.function.Predicate<List<String>> expected) {
        RecordedCall call = telegram.awaitCall("setMyCommands", c -> c.seq() > since && c.json("scope") != null
                && String.valueOf(userId).equals(c.json("scope").path("chat_id").asText())
                && expected.test(commands(c)));
        return commands(call);
    }

    private static List<String> commands(RecordedCall call) {
        JsonNode list = call.json("commands");
        return StreamSupport.stream(list.spliterator(), false).map(c -> c.path("command").asText()).toList();
    }
}
