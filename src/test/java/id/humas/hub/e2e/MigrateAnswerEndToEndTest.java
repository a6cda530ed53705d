package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.RecordedCall;
import id.humas.hub.fake.SentMessage;
import id.humas.hub.telegram.Outbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bot learns that the central group became a supergroup from Telegram's answer to a message it sends there
 * ({@code migrate_to_chat_id}), before it has seen the service message: the message and every later one go to the
 * new id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MigrateAnswerEndToEndTest {

    private static final long OLD_CENTRAL = -4005000005L;
    private static final long NEW_CENTRAL = -1005000000005L;
    private static final FakeTelegram telegram = new FakeTelegram(EndToEndTest.TOKEN).start();

    private final FakeChat central = telegram.basicGroup(OLD_CENTRAL, "Tim Humas Pusat");

    @Autowired
    ApplicationContext context;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        EndToEndTest.isolatedBot(registry, telegram, OLD_CENTRAL, 9501);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-migrate-answer;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void aMessageRefusedWithMigrateToChatIdIsSentToTheNewGroupAndSoIsEverythingAfterIt() {
        telegram.awaitPolling();
        SmartLifecycle polling = context.getBean("longPolling", SmartLifecycle.class);
        polling.stop();
        telegram.migrateToSupergroup(central, NEW_CENTRAL);

        transactions.executeWithoutResult(tx -> outbox.send(OLD_CENTRAL, "Rapat evaluasi pukul 15.00"));

        SentMessage moved = telegram.awaitMessageTo(NEW_CENTRAL, "Rapat evaluasi pukul 15.00");
        assertThat(telegram.calls("sendMessage")).filteredOn(call -> call.chatId() == OLD_CENTRAL)
                .extracting(RecordedCall::status).containsExactly(400);
        assertThat(telegram.awaitMessageTo(NEW_CENTRAL, "bot.central-chat-id").plainText())
                .contains(String.valueOf(NEW_CENTRAL));
        transactions.executeWithoutResult(tx -> outbox.send(OLD_CENTRAL, "Susulan"));
        telegram.awaitMessageTo(NEW_CENTRAL, "Susulan");
        assertThat(moved.chatId()).isEqualTo(NEW_CENTRAL);

        polling.start();
        telegram.awaitAllUpdatesConfirmed();
        await().until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM inbox_update WHERE status <> 'DONE'",
                Integer.class) == 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE kind = 'Leave'", Integer.class))
                .as("the bot never decided to leave the central group's new chat").isZero();
    }
}
