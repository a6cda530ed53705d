package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.RecordedCall;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code bot.publish.channel} names a private channel where the bot is an administrator without the right to post:
 * the central group is warned at start-up, once, and no card offers {@code Terbitkan}; a forged press posts nothing.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PublishChannelNotReadyEndToEndTest extends BotTest {

    private static final long CHANNEL = -1009000000002L;
    private static final FakeTelegram telegram = new FakeTelegram(TOKEN).start();
    private static final FakeChat channel = telegram.channel(CHANNEL, "Humas Kota (internal)", null);

    static {
        telegram.setBotUsername(BOT);
        telegram.setBotChannelRights(channel, "administrator", false);
    }

    @Override
    FakeTelegram fake() {
        return telegram;
    }

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        isolatedBot(registry, telegram, CENTRAL_CHAT, LEAD_ID);
        registry.add("bot.publish.channel", () -> String.valueOf(CHANNEL));
        registry.add("bot.escalation.minutes", () -> 100_000);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-publish-not-ready;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void theTeamIsWarnedOnceAndNoCardOffersTerbitkan() {
        SentMessage warning = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains(String.valueOf(CHANNEL)));
        assertThat(warning.plainText()).contains("tidak berhak mengirim pesan").contains("Terbitkan");
        assertThat(telegram.messagesTo(CENTRAL_CHAT)).filteredOn(m -> m.contains(String.valueOf(CHANNEL))).hasSize(1);

        FakeUser officer = registeredOfficer("Rudi", agencyName("Dinas Kesehatan"));
        officer.sends("/isu Vaksinasi massal di alun-alun");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));
        lead.in(central).presses(card, "Terima");
        SentMessage accepted = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == card.messageId() && m.contains("Status: Diterima"));
        assertThat(accepted.buttonTexts()).containsExactly("Sudah terbit");

        RecordedCall forged = telegram.awaitCallbackAnswer(lead.in(central).pressesData(accepted, "pb:" + number + ":1"));
        assertThat(forged.param("show_alert")).isEqualTo("true");
        assertThat(forged.param("text")).contains("belum siap");
        telegram.assertNoMessageTo(CHANNEL, quietPeriod());
        assertThat(telegram.calls()).noneMatch(call -> String.valueOf(CHANNEL).equals(call.param("chat_id"))
                && call.method().startsWith("send"));
    }
}
