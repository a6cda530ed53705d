package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.RecordedCall;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code Terbitkan} on an accepted item, with {@code bot.publish.channel} a public channel where the bot is an
 * administrator that may post: the item's final version goes to the channel with its media (an album as an album),
 * once; the item becomes published with the post's link; the officer is told the link.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PublishToChannelEndToEndTest extends BotTest {

    static final long CHANNEL = -1009000000001L;
    private static final FakeTelegram telegram = new FakeTelegram(TOKEN).start();
    private static final FakeChat channel = telegram.channel(CHANNEL, "Humas Kota", "humas_kota");

    static {
        telegram.setBotUsername(BOT);
        telegram.setBotChannelRights(channel, "administrator", true);
    }

    @Autowired
    JdbcTemplate jdbc;

    private long startOfTest;

    @BeforeEach
    void markStartOfTest() {
        startOfTest = telegram.checkpoint();
    }

    /** As in every end-to-end test, except for the refusal a test asks the double for. */
    @Override
    @AfterEach
    void telegramRefusedNothing() {
        assertThat(telegram.calls()).filteredOn(call -> call.seq() > startOfTest && !call.ok()
                && !call.description().contains("need administrator rights")).isEmpty();
    }

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
        registry.add("bot.publish.channel", () -> "@humas_kota");
        registry.add("bot.digest.cron", () -> "-");
        registry.add("bot.intake.album-wait", () -> "300ms");
        registry.add("bot.escalation.minutes", () -> 100_000);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-publish;DB_CLOSE_DELAY=-1");
        unthrottled(registry);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void anAcceptedAlbumIsPublishedToTheChannelOnceWithItsLink() {
        FakeUser officer = registeredOfficer("Sari", agencyName("Dinas Pariwisata"));
        officer.sendsAlbum(List.of("fest-a", "fest-b", "fest-c"), "/isu Festival <budaya> & kuliner dibuka");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));
        assertThat(card.buttonTexts()).doesNotContain("Terbitkan");

        reviewer.in(central).presses(card, "Terima");
        SentMessage accepted = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == card.messageId() && m.contains("Status: Diterima"));
        assertThat(accepted.buttonTexts()).containsExactly("Sudah terbit", "Terbitkan");

        FakeUser stranger = newUser("Orang");
        RecordedCall refused = telegram.awaitCallbackAnswer(stranger.in(central).presses(accepted, "Terbitkan"));
        assertThat(refused.param("show_alert")).isEqualTo("true");
        assertThat(refused.param("text")).contains("Hanya tim humas pusat");

        // Telegram is slow to answer the album: a second press meanwhile must not post it again
        telegram.delayNext("sendMediaGroup", Duration.ofMillis(1500));
        CallbackPress publish = reviewer.in(central).presses(accepted, "Terbitkan");
        assertThat(telegram.awaitCallbackAnswer(publish).param("text")).contains("#" + number)
                .contains("sedang diterbitkan");
        telegram.awaitCall("sendMediaGroup", call -> String.valueOf(CHANNEL).equals(call.param("chat_id")));
        CallbackPress again = lead.in(central).presses(accepted, "Terbitkan");
        assertThat(telegram.awaitCallbackAnswer(again).param("text")).contains("tidak dikirim dua kali");

        List<SentMessage> album = telegram.awaitMessagesTo(CHANNEL, 3);
        assertThat(album).extracting(SentMessage::method).containsOnly("sendMediaGroup");
        assertThat(album).extracting(SentMessage::mediaGroupId).doesNotContainNull().hasSize(3)
                .containsOnly(album.get(0).mediaGroupId());
        assertThat(album).flatExtracting(SentMessage::fileIds).containsExactly("fest-a", "fest-b", "fest-c");
        assertThat(album.get(0).plainText()).contains("Festival <budaya> & kuliner dibuka").contains("Dinas Pariwisata");
        String link = "https://t.me/humas_kota/" + album.get(0).messageId();
        assertThat(telegram.messageLink(CHANNEL, album.get(0).messageId())).isEqualTo(link);

        SentMessage published = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == card.messageId() && m.contains("Status: Sudah terbit"));
        assertThat(published.plainText()).contains("oleh Dodi").contains("Tautan: " + link);
        assertThat(published.buttons()).isEmpty();
        telegram.awaitMessageTo(officer.id(), "Laporan #" + number + " Bapak/Ibu sudah terbit: " + link);
        assertThat(jdbc.queryForList("SELECT to_status || ' ' || actor_name || ' ' || COALESCE(note, '')"
                        + " FROM review_action WHERE item_id = ? ORDER BY id", String.class, Long.parseLong(number)))
                .containsExactly("ACCEPTED Dodi ", "PUBLISHED Dodi " + link);

        CallbackPress late = lead.in(central).pressesData(accepted, "pb:" + number + ":1");
        RecordedCall lateAnswer = telegram.awaitCallbackAnswer(late);
        assertThat(lateAnswer.param("show_alert")).isEqualTo("true");
        assertThat(lateAnswer.param("text")).contains("Sudah terbit").contains("Dodi");
        telegram.assertNoMessageTo(CHANNEL, quietPeriod(), m -> m.seq() > album.get(2).seq());
    }

    @Test
    void aTextItemIsPostedAsAMessageAndARefusedPostCanBeTriedAgain() {
        FakeUser officer = registeredOfficer("Tono", agencyName("Dinas Perhubungan"));
        officer.sends("/isu Jalan layang baru dibuka untuk umum");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));
        lead.in(central).presses(card, "Terima");
        SentMessage accepted = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == card.messageId() && m.contains("Status: Diterima"));
        telegram.awaitMessageTo(officer.id(), "Laporan #" + number + " Bapak/Ibu diterima");

        long since = telegram.checkpoint();
        telegram.failNext("sendMessage", 400, "Bad Request: need administrator rights in the channel chat");
        lead.in(central).presses(accepted, "Terbitkan");
        SentMessage told = telegram.awaitMessageToSince(since, CENTRAL_CHAT,
                m -> m.contains("#" + number) && m.contains("tidak dapat diterbitkan"));
        assertThat(told.plainText()).contains("need administrator rights");
        assertThat(telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow().buttonTexts())
                .contains("Terbitkan");

        lead.in(central).presses(accepted, "Terbitkan");
        SentMessage post = telegram.awaitMessageTo(CHANNEL, m -> m.contains("Jalan layang baru dibuka"));
        assertThat(post.method()).isEqualTo("sendMessage");
        assertThat(post.plainText()).contains("Dinas Perhubungan");
        telegram.awaitMessageTo(officer.id(),
                "Laporan #" + number + " Bapak/Ibu sudah terbit: https://t.me/humas_kota/" + post.messageId());
    }
}
