package id.humas.hub.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.ForwardMessage;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaGroup;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.MessageId;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.Contact;
import org.telegram.telegrambots.meta.api.objects.Voice;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberMember;
import org.telegram.telegrambots.meta.api.objects.polls.Poll;
import org.telegram.telegrambots.meta.api.objects.polls.PollOption;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class FakeTelegramTest {

    private static final String TOKEN = "123456:TEST-token";
    private static final long BUDI = 42L;

    private FakeTelegram fake;
    private OkHttpTelegramClient client;
    private ScheduledExecutorService pollExecutor;
    private TelegramBotsLongPollingApplication polling;
    private final List<Update> received = new CopyOnWriteArrayList<>();
    private final OkHttpClient raw = new OkHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void setUp() {
        fake = new FakeTelegram(TOKEN).start();
        client = new OkHttpTelegramClient(TOKEN, url());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (polling != null) {
            polling.close();
        }
        if (pollExecutor != null) {
            pollExecutor.shutdownNow();
            pollExecutor.awaitTermination(5, TimeUnit.SECONDS);
        }
        fake.close();
    }

    private TelegramUrl url() {
        return new TelegramUrl("http", "127.0.0.1", fake.port(), false);
    }

    /** A real long-polling BotSession, as the Spring bot uses it (our own executor so we can stop it). */
    private void startPolling() throws TelegramApiException {
        pollExecutor = Executors.newSingleThreadScheduledExecutor();
        polling = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> pollExecutor);
        polling.registerBot(TOKEN, this::url, new DefaultGetUpdatesGenerator(), received::addAll);
    }

    private Message send(long chatId, String text) throws TelegramApiException {
        return client.execute(SendMessage.builder().chatId(chatId).text(text).build());
    }

    private Message sendHtml(long chatId, String html) throws TelegramApiException {
        return client.execute(SendMessage.builder().chatId(chatId).text(html).parseMode("HTML").build());
    }

    private TelegramApiRequestException failure(ThrowingCall call) {
        try {
            call.run();
        } catch (TelegramApiRequestException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a TelegramApiRequestException", e);
        }
        throw new AssertionError("expected the call to fail");
    }

    private interface ThrowingCall {
        void run() throws Exception;
    }

    /** Raw HTTP, for requests the TelegramBots client would refuse to send. */
    private JsonNode rawPost(String path, String json, int expectedStatus) throws IOException {
        Request request = new Request.Builder().url(fake.apiUrl() + path)
                .post(RequestBody.create(json, MediaType.parse("application/json"))).build();
        try (Response response = raw.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(expectedStatus);
            return mapper.readTree(response.body().string());
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // updates and long polling
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void userTextArrivesAtTheRealLongPollingConsumerAsAProperUpdate() throws Exception {
        startPolling();
        fake.awaitPolling();
        assertThat(fake.calls("deleteWebhook")).hasSize(1);

        FakeUser budi = fake.user(BUDI, "Budi", "budi");
        UserMessage start = budi.sends("/start@humas_test_bot halo");

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        Update update = received.get(0);
        assertThat(update.getUpdateId()).isEqualTo(start.updateId()).isEqualTo(1);
        Message message = update.getMessage();
        assertThat(message.getMessageId()).isEqualTo(start.messageId()).isEqualTo(1);
        assertThat(message.getText()).isEqualTo("/start@humas_test_bot halo");
        assertThat(message.getDate()).isPositive();
        User from = message.getFrom();
        assertThat(from.getId()).isEqualTo(BUDI);
        assertThat(from.getIsBot()).isFalse();
        assertThat(from.getFirstName()).isEqualTo("Budi");
        assertThat(from.getUserName()).isEqualTo("budi");
        assertThat(from.getLanguageCode()).isEqualTo("id");
        assertThat(message.getChat().getId()).isEqualTo(BUDI);
        assertThat(message.getChat().getType()).isEqualTo("private");
        assertThat(message.getChat().getFirstName()).isEqualTo("Budi");
        assertThat(message.isCommand()).isTrue();
        MessageEntity command = message.getEntities().get(0);
        assertThat(command.getType()).isEqualTo("bot_command");
        assertThat(command.getOffset()).isZero();
        assertThat(command.getLength()).isEqualTo("/start@humas_test_bot".length());

        // a group message, and the offset confirms the first update
        FakeChat group = fake.group(-100123L, "Humas Pusat");
        UserMessage inGroup = budi.sendsIn(group, "halo semua");
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 2);
        Message groupMessage = received.get(1).getMessage();
        assertThat(groupMessage.getChat().getType()).isEqualTo("supergroup");
        assertThat(groupMessage.getChat().getTitle()).isEqualTo("Humas Pusat");
        assertThat(groupMessage.getChatId()).isEqualTo(-100123L);
        assertThat(groupMessage.getMessageId()).isEqualTo(1);
        assertThat(groupMessage.getEntities()).isNull();
        assertThat(groupMessage.isCommand()).isFalse();
        fake.awaitConfirmed(inGroup.updateId());
        assertThat(fake.confirmedUpTo()).isEqualTo(2);
        assertThat(fake.pendingUpdateCount()).isZero();
        assertThat(received).extracting(Update::getUpdateId).containsExactly(1, 2);
    }

    @Test
    void getUpdatesHonoursOffsetAndLimitAndDropsConfirmedUpdates() throws Exception {
        FakeUser budi = fake.user(BUDI, "Budi");
        budi.sends("satu");
        budi.sends("dua");
        budi.sends("tiga");

        List<Update> first = client.execute(GetUpdates.builder().offset(0).limit(2).timeout(0).build());
        assertThat(first).extracting(Update::getUpdateId).containsExactly(1, 2);
        // not confirmed yet: asked again, the same updates come back
        assertThat(client.execute(GetUpdates.builder().limit(2).timeout(0).build()))
                .extracting(Update::getUpdateId).containsExactly(1, 2);
        assertThat(fake.confirmedUpTo()).isZero();

        List<Update> rest = client.execute(GetUpdates.builder().offset(3).timeout(0).build());
        assertThat(rest).extracting(u -> u.getMessage().getText()).containsExactly("tiga");
        assertThat(fake.confirmedUpTo()).isEqualTo(2);
        // confirmed updates are gone for good, even with offset 0
        assertThat(client.execute(GetUpdates.builder().offset(0).timeout(0).build()))
                .extracting(Update::getUpdateId).containsExactly(3);
        assertThat(client.execute(GetUpdates.builder().offset(4).timeout(0).build())).isEmpty();
        assertThat(fake.confirmedUpTo()).isEqualTo(3);
        assertThat(fake.getUpdatesCalls()).isEqualTo(5);
        assertThat(fake.lastPollAt()).isNotNull();
    }

    @Test
    void longPollWakesUpAsSoonAsAnUpdateIsEnqueued() throws Exception {
        fake.setMaxLongPollWait(Duration.ofSeconds(30));
        long startNanos = System.nanoTime();
        CompletableFuture<ArrayList<Update>> poll = client.executeAsync(GetUpdates.builder().offset(1).timeout(50).build());
        await().atMost(Duration.ofSeconds(5)).until(fake::isPolling);
        assertThat(poll).isNotDone();

        fake.user(BUDI, "Budi").sends("halo");

        List<Update> updates = poll.get(5, TimeUnit.SECONDS);
        assertThat(updates).extracting(u -> u.getMessage().getText()).containsExactly("halo");
        assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void emptyLongPollReturnsAfterMaxLongPollWait() throws Exception {
        fake.setMaxLongPollWait(Duration.ofMillis(200));
        List<Update> updates = client.execute(GetUpdates.builder().offset(1).timeout(50).build());
        assertThat(updates).isEmpty();
    }

    @Test
    void aSecondGetUpdatesTerminatesTheWaitingOneWith409LikeTelegram() throws Exception {
        fake.setMaxLongPollWait(Duration.ofSeconds(30));
        CompletableFuture<ArrayList<Update>> first = client.executeAsync(GetUpdates.builder().timeout(50).build());
        await().atMost(Duration.ofSeconds(5)).until(fake::isPolling);
        CompletableFuture<ArrayList<Update>> second = client.executeAsync(GetUpdates.builder().timeout(50).build());

        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(TelegramApiRequestException.class)
                .hasMessageContaining("Conflict: terminated by other getUpdates request");
        fake.user(BUDI, "Budi").sends("halo");
        assertThat(second.get(5, TimeUnit.SECONDS)).hasSize(1);
        assertThat(fake.getUpdatesConflicts()).isEqualTo(1);
    }

    @Test
    void userActionsProduceTelegramShapedUpdates() throws Exception {
        startPolling();
        FakeUser budi = fake.user(BUDI, "Budi");
        FakeChat group = fake.group(-100777L, "Humas Dinas");

        List<UserMessage> album = budi.sendsAlbum(List.of("ph-1", "ph-2"), "Kegiatan hari ini");
        budi.sendsDocument("doc-1", "laporan.pdf", "Laporan");
        budi.sendsVideo("vid-1", null);
        budi.sendsLocation(-6.2, 106.8);
        budi.sharesOwnContact("+628123");
        budi.sendsSticker("stk-1");
        UserMessage original = budi.sends("salah ketik");
        budi.editsMessage(original.messageId(), "sudah dibetulkan");
        int added = fake.botAddedTo(group, budi);
        budi.sendsContact("+628555", "Sari", 77L);
        budi.sendsPoll("Rapat kapan?", List.of("Senin", "Selasa"));
        budi.sendsVoice("voice-1", 9);

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 13);
        Message first = received.get(0).getMessage();
        Message second = received.get(1).getMessage();
        assertThat(first.getMediaGroupId()).isNotNull().isEqualTo(second.getMediaGroupId());
        assertThat(first.getCaption()).isEqualTo("Kegiatan hari ini");
        assertThat(second.getCaption()).isNull();
        assertThat(first.getPhoto()).hasSize(3);
        assertThat(first.getPhoto().get(2).getFileId()).isEqualTo("ph-1");
        assertThat(album.get(1).messageId()).isEqualTo(album.get(0).messageId() + 1);

        Message document = received.get(2).getMessage();
        assertThat(document.getDocument().getFileName()).isEqualTo("laporan.pdf");
        assertThat(document.getDocument().getMimeType()).isEqualTo("application/pdf");
        assertThat(received.get(3).getMessage().getVideo().getFileId()).isEqualTo("vid-1");
        assertThat(received.get(4).getMessage().getLocation().getLatitude()).isEqualTo(-6.2);
        assertThat(received.get(5).getMessage().getContact().getUserId()).isEqualTo(BUDI);
        assertThat(received.get(6).getMessage().getSticker().getFileId()).isEqualTo("stk-1");
        Update edit = received.get(8);
        assertThat(edit.hasEditedMessage()).isTrue();
        assertThat(edit.getEditedMessage().getMessageId()).isEqualTo(original.messageId());
        assertThat(edit.getEditedMessage().getText()).isEqualTo("sudah dibetulkan");
        assertThat(edit.getEditedMessage().getEditDate()).isNotNull();
        Update memberUpdate = received.get(9);
        assertThat(memberUpdate.getUpdateId()).isEqualTo(added);
        assertThat(memberUpdate.getMyChatMember().getChat().getId()).isEqualTo(-100777L);
        assertThat(memberUpdate.getMyChatMember().getFrom().getId()).isEqualTo(BUDI);
        assertThat(memberUpdate.getMyChatMember().getNewChatMember()).isInstanceOf(ChatMemberMember.class);
        assertThat(memberUpdate.getMyChatMember().getNewChatMember().getUser().getId()).isEqualTo(FakeTelegram.BOT_ID);

        Contact contact = received.get(10).getMessage().getContact();
        assertThat(contact.getPhoneNumber()).isEqualTo("+628555");
        assertThat(contact.getFirstName()).isEqualTo("Sari");
        assertThat(contact.getUserId()).isEqualTo(77L);
        Poll poll = received.get(11).getMessage().getPoll();
        assertThat(poll.getId()).isNotBlank();
        assertThat(poll.getQuestion()).isEqualTo("Rapat kapan?");
        assertThat(poll.getOptions()).extracting(PollOption::getText).containsExactly("Senin", "Selasa");
        assertThat(poll.getOptions()).extracting(PollOption::getVoterCount).containsExactly(0, 0);
        assertThat(poll.getType()).isEqualTo("regular");
        assertThat(poll.getIsClosed()).isFalse();
        Voice voice = received.get(12).getMessage().getVoice();
        assertThat(voice.getFileId()).isEqualTo("voice-1");
        assertThat(voice.getFileUniqueId()).isNotBlank();
        assertThat(voice.getDuration()).isEqualTo(9);
        assertThat(voice.getMimeType()).isEqualTo("audio/ogg");
    }

    @Test
    void userUpdatesAndBotMessagesCarryInstantsForLatency() throws Exception {
        FakeUser budi = fake.user(BUDI, "Budi");
        Instant before = Instant.now();
        UserMessage question = budi.sends("halo");
        assertThat(question.enqueuedAt()).isBetween(before, Instant.now());

        Message answer = send(BUDI, "jawaban");
        SentMessage sent = fake.lastMessageTo(BUDI).orElseThrow();
        RecordedCall call = fake.calls("sendMessage").get(0);
        assertThat(sent.messageId()).isEqualTo(answer.getMessageId());
        assertThat(sent.date()).isEqualTo(call.at()).isAfterOrEqualTo(question.enqueuedAt());
        assertThat(Duration.between(question.enqueuedAt(), sent.date()).isNegative()).isFalse();

        CallbackPress press = budi.pressesData(sent, "x");
        assertThat(press.enqueuedAt()).isAfterOrEqualTo(sent.date());
    }

    // ------------------------------------------------------------------------------------------------------------
    // sending
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void getMeAndDeleteWebhook() throws Exception {
        User me = client.execute(new GetMe());
        assertThat(me.getId()).isEqualTo(FakeTelegram.BOT_ID);
        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getUserName()).isEqualTo("humas_test_bot");
    }

    @Test
    void sendMessageReturnsIncreasingPerChatMessageIdsSharedWithUserMessages() throws Exception {
        fake.user(BUDI, "Budi").sends("halo");
        Message first = send(BUDI, "Selamat datang");
        Message second = send(BUDI, "Silakan kirim laporan");
        Message otherChat = send(7L, "hai");

        assertThat(first.getMessageId()).isEqualTo(2);
        assertThat(second.getMessageId()).isEqualTo(3);
        assertThat(otherChat.getMessageId()).isEqualTo(1);
        assertThat(first.getChatId()).isEqualTo(BUDI);
        assertThat(first.getFrom().getIsBot()).isTrue();
        assertThat(first.getText()).isEqualTo("Selamat datang");
        assertThat(fake.messagesTo(BUDI)).extracting(SentMessage::text)
                .containsExactly("Selamat datang", "Silakan kirim laporan");
        assertThat(fake.awaitMessageTo(BUDI, "laporan").messageId()).isEqualTo(3);
        assertThat(fake.calls("sendMessage")).hasSize(3).allMatch(RecordedCall::ok);
    }

    @Test
    void sendPhotoWithAFileIdIsRecordedWithThatFileId() throws Exception {
        Message result = client.execute(SendPhoto.builder().chatId(BUDI).photo(new InputFile("some-file-id"))
                .caption("<b>Foto</b> kegiatan").parseMode("HTML").replyMarkup(keyboard("Unduh", "dl:1")).build());

        assertThat(result.getPhoto()).isNotEmpty();
        assertThat(result.getCaption()).isEqualTo("Foto kegiatan");
        assertThat(result.getCaptionEntities()).extracting(MessageEntity::getType).containsExactly("bold");
        SentMessage sent = fake.awaitMessageTo(BUDI, m -> m.method().equals("sendPhoto"));
        assertThat(sent.fileIds()).containsExactly("some-file-id");
        assertThat(sent.text()).isEqualTo("<b>Foto</b> kegiatan");
        assertThat(sent.plainText()).isEqualTo("Foto kegiatan");
        assertThat(sent.parseMode()).isEqualTo("HTML");
        assertThat(sent.keyboard()).containsExactly(List.of(new SentMessage.Button("Unduh", "dl:1", null)));
        assertThat(result.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("dl:1");
        RecordedCall call = fake.calls("sendPhoto").get(0);
        assertThat(call.param("photo")).isEqualTo("some-file-id");
        assertThat(call.chatId()).isEqualTo(BUDI);
    }

    @Test
    void uploadedDocumentGetsAGeneratedFileIdAndKeepsItsBytes() throws Exception {
        byte[] pdf = "%PDF-1.4 fake".getBytes(StandardCharsets.UTF_8);
        Message result = client.execute(SendDocument.builder().chatId(BUDI)
                .document(new InputFile(new ByteArrayInputStream(pdf), "rekap.pdf")).build());

        assertThat(result.getDocument().getFileName()).isEqualTo("rekap.pdf");
        SentMessage sent = fake.awaitMessageTo(BUDI, m -> m.method().equals("sendDocument"));
        assertThat(sent.fileId()).isEqualTo(result.getDocument().getFileId()).startsWith("fake-document-");
        assertThat(fake.calls("sendDocument").get(0).uploads()).containsKey("rekap.pdf");
        assertThat(fake.calls("sendDocument").get(0).uploads().get("rekap.pdf")).isEqualTo(pdf);
    }

    @Test
    void sendMediaGroupIsRecordedAsOneMessagePerItem() throws Exception {
        List<Message> result = client.execute(SendMediaGroup.builder().chatId(BUDI)
                .media(InputMediaPhoto.builder().media("photo-a").caption("Album <i>kegiatan</i>").parseMode("HTML")
                        .build())
                .media(new InputMediaPhoto("photo-b"))
                .build());

        assertThat(result).hasSize(2);
        assertThat(result.get(0).getMediaGroupId()).isNotNull().isEqualTo(result.get(1).getMediaGroupId());
        assertThat(result.get(0).getCaption()).isEqualTo("Album kegiatan");
        List<SentMessage> sent = fake.messagesTo(BUDI);
        assertThat(sent).hasSize(2).allMatch(m -> m.method().equals("sendMediaGroup"));
        assertThat(sent).extracting(SentMessage::fileId).containsExactly("photo-a", "photo-b");
        assertThat(sent).extracting(SentMessage::messageId).containsExactly(1, 2);
        assertThat(sent.get(0).mediaGroupId()).isEqualTo(result.get(0).getMediaGroupId());
        assertThat(sent.get(0).plainText()).isEqualTo("Album kegiatan");
        assertThat(sent.get(1).text()).isNull();
        assertThat(fake.calls("sendMediaGroup").get(0).json("media").size()).isEqualTo(2);
    }

    @Test
    void albumSizeIsValidatedServerSide() throws Exception {
        StringBuilder media = new StringBuilder("[");
        for (int i = 0; i < 11; i++) {
            media.append(i == 0 ? "" : ",").append("{\"type\":\"photo\",\"media\":\"p").append(i).append("\"}");
        }
        media.append(']');
        JsonNode tooMany = rawPost("/bot" + TOKEN + "/sendMediaGroup",
                "{\"chat_id\":42,\"media\":" + media + "}", 400);
        assertThat(tooMany.path("description").asText())
                .isEqualTo("Bad Request: too many messages to send as an album");
        JsonNode tooFew = rawPost("/bot" + TOKEN + "/sendMediaGroup",
                "{\"chat_id\":42,\"media\":[{\"type\":\"photo\",\"media\":\"p\"}]}", 400);
        assertThat(tooFew.path("description").asText())
                .isEqualTo("Bad Request: not enough messages to send as an album");
    }

    @Test
    void emptyTextAndMissingChatAreRejectedServerSide() throws Exception {
        JsonNode empty = rawPost("/bot" + TOKEN + "/sendMessage", "{\"chat_id\":42,\"text\":\"\"}", 400);
        assertThat(empty.path("description").asText()).isEqualTo("Bad Request: message text is empty");
        JsonNode onlyTags = rawPost("/bot" + TOKEN + "/sendMessage",
                "{\"chat_id\":42,\"text\":\" <b> </b> \",\"parse_mode\":\"HTML\"}", 400);
        assertThat(onlyTags.path("description").asText()).isEqualTo("Bad Request: message text is empty");
        JsonNode noChat = rawPost("/bot" + TOKEN + "/sendMessage", "{\"text\":\"x\"}", 400);
        assertThat(noChat.path("ok").asBoolean()).isFalse();
        assertThat(noChat.path("error_code").asInt()).isEqualTo(400);
        assertThat(noChat.path("description").asText()).isEqualTo("Bad Request: chat_id is empty");
    }

    // ------------------------------------------------------------------------------------------------------------
    // validation like Telegram
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void htmlWithAnUnescapedLessThanFailsLikeTelegram() {
        TelegramApiRequestException e = failure(() -> sendHtml(BUDI, "Nilai a < b"));
        assertThat(e.getErrorCode()).isEqualTo(400);
        assertThat(e.getMessage()).contains("can't parse entities");
        assertThat(e.getApiResponse()).isEqualTo("Bad Request: can't parse entities: Unsupported start tag \"\" "
                + "at byte offset 8");
        assertThat(fake.messagesTo(BUDI)).isEmpty();
        assertThat(fake.callsTo(BUDI)).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(400));

        assertThat(failure(() -> sendHtml(BUDI, "<b>tebal</i>")).getApiResponse())
                .startsWith("Bad Request: can't parse entities: Unmatched end tag");
        assertThat(failure(() -> sendHtml(BUDI, "<b>tebal")).getApiResponse())
                .startsWith("Bad Request: can't parse entities: Can't find end tag");
        assertThat(failure(() -> sendHtml(BUDI, "<p>paragraf</p>")).getApiResponse())
                .isEqualTo("Bad Request: can't parse entities: Unsupported start tag \"p\" at byte offset 0");
        assertThat(failure(() -> sendHtml(BUDI, "R&D")).getApiResponse())
                .startsWith("Bad Request: can't parse entities");
    }

    @Test
    void escapedHtmlPassesAndIsReturnedAsVisibleTextWithEntities() throws Exception {
        Message result = sendHtml(BUDI, "<b>Laporan</b> a &lt; b &amp; c &#64; <a href=\"https://humas.id\">situs"
                + "</a> <tg-spoiler>rahasia</tg-spoiler> <blockquote expandable>kutipan</blockquote>");
        assertThat(result.getText()).isEqualTo("Laporan a < b & c @ situs rahasia kutipan");
        assertThat(result.getEntities()).extracting(MessageEntity::getType)
                .containsExactly("bold", "text_link", "spoiler", "expandable_blockquote");
        assertThat(result.getEntities().get(1).getUrl()).isEqualTo("https://humas.id");
        SentMessage sent = fake.awaitMessageTo(BUDI, "a < b");
        assertThat(sent.text()).contains("&lt;");
        assertThat(sent.plainText()).startsWith("Laporan a < b & c");

        fake.setStrictHtmlEntities(false);
        assertThat(sendHtml(BUDI, "R&D").getText()).isEqualTo("R&D");
    }

    @Test
    void lengthLimitsApplyToVisibleText() throws Exception {
        assertThat(send(BUDI, "x".repeat(4096)).getText()).hasSize(4096);
        TelegramApiRequestException tooLong = failure(() -> send(BUDI, "x".repeat(4097)));
        assertThat(tooLong.getErrorCode()).isEqualTo(400);
        assertThat(tooLong.getApiResponse()).isEqualTo("Bad Request: message is too long");
        // markup does not count
        assertThat(sendHtml(BUDI, "<b>" + "y".repeat(4096) + "</b>").getText()).hasSize(4096);
        assertThat(failure(() -> sendHtml(BUDI, "&amp;".repeat(4097))).getApiResponse())
                .isEqualTo("Bad Request: message is too long");

        TelegramApiRequestException caption = failure(() -> client.execute(SendPhoto.builder().chatId(BUDI)
                .photo(new InputFile("p")).caption("c".repeat(1025)).build()));
        assertThat(caption.getApiResponse()).isEqualTo("Bad Request: message caption is too long");
    }

    @Test
    void markdownV2ReservedCharactersMustBeEscaped() throws Exception {
        TelegramApiRequestException e = failure(() -> client.execute(SendMessage.builder().chatId(BUDI)
                .text("Terima kasih.").parseMode("MarkdownV2").build()));
        assertThat(e.getApiResponse()).isEqualTo("Bad Request: can't parse entities: Character '.' is reserved and "
                + "must be escaped with the preceding '\\'");
        Message ok = client.execute(SendMessage.builder().chatId(BUDI).text("*Terima* kasih\\.")
                .parseMode("MarkdownV2").build());
        assertThat(ok.getText()).isEqualTo("Terima kasih.");
    }

    @Test
    void callbackDataLongerThan64BytesIsRejected() {
        TelegramApiRequestException e = failure(() -> client.execute(SendMessage.builder().chatId(BUDI)
                .text("Pilih").replyMarkup(keyboard("Setujui", "x".repeat(65))).build()));
        assertThat(e.getErrorCode()).isEqualTo(400);
        assertThat(e.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
    }

    private static InlineKeyboardMarkup keyboard(String text, String data) {
        return InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text(text).callbackData(data).build()))
                .build();
    }

    // ------------------------------------------------------------------------------------------------------------
    // callbacks, edits
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void callbackPressRoundTripsItsData() throws Exception {
        startPolling();
        FakeUser budi = fake.user(BUDI, "Budi");
        InlineKeyboardMarkup markup = InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("Setujui").callbackData("approve:17").build(),
                        InlineKeyboardButton.builder().text("Tolak").callbackData("reject:17").build()))
                .keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("Situs").url("https://humas.id").build()))
                .build();
        Message botMessage = client.execute(SendMessage.builder().chatId(BUDI).text("Setujui laporan?")
                .replyMarkup(markup).build());
        assertThat(botMessage.getReplyMarkup().getKeyboard()).hasSize(2);

        SentMessage sent = fake.awaitMessageTo(BUDI, "Setujui laporan?");
        assertThat(sent.buttonTexts()).containsExactly("Setujui", "Tolak", "Situs");
        CallbackPress press = budi.presses(sent, "Setujui");

        await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
        Update update = received.get(0);
        assertThat(update.hasCallbackQuery()).isTrue();
        assertThat(update.getCallbackQuery().getData()).isEqualTo("approve:17");
        assertThat(update.getCallbackQuery().getId()).isEqualTo(press.callbackQueryId());
        assertThat(update.getCallbackQuery().getFrom().getId()).isEqualTo(BUDI);
        assertThat(update.getCallbackQuery().getMessage().getMessageId()).isEqualTo(botMessage.getMessageId());
        assertThat(update.getCallbackQuery().getMessage().getChatId()).isEqualTo(BUDI);
        assertThat(((Message) update.getCallbackQuery().getMessage()).getReplyMarkup()).isNotNull();

        client.execute(AnswerCallbackQuery.builder().callbackQueryId(press.callbackQueryId()).text("Disetujui")
                .showAlert(true).build());
        RecordedCall answer = fake.awaitCallbackAnswer(press);
        assertThat(answer.param("text")).isEqualTo("Disetujui");
        assertThat(answer.param("show_alert")).isEqualTo("true");
        assertThat(failure(() -> client.execute(AnswerCallbackQuery.builder()
                .callbackQueryId(press.callbackQueryId()).build())).getApiResponse())
                .isEqualTo("Bad Request: query is too old and response timeout expired or query ID is invalid");

        assertThatThrownBy(() -> budi.presses(sent, "Batal")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Batal").hasMessageContaining("Setujui").hasMessageContaining("Tolak");
        assertThat(budi.pressesData(sent, "forged:1").data()).isEqualTo("forged:1");
    }

    @Test
    void editMessageTextUpdatesTheRecordedMessageAndRejectsNoOpEdits() throws Exception {
        Message original = client.execute(SendMessage.builder().chatId(BUDI).text("Menunggu persetujuan")
                .replyMarkup(keyboard("Setujui", "approve:1")).build());
        SentMessage sent = fake.awaitMessageTo(BUDI, "Menunggu");

        Serializable edited = client.execute(EditMessageText.builder().chatId(BUDI)
                .messageId(original.getMessageId()).text("<b>Disetujui</b>").parseMode("HTML").build());
        assertThat(edited).isInstanceOf(Message.class);
        assertThat(((Message) edited).getText()).isEqualTo("Disetujui");
        assertThat(((Message) edited).getEditDate()).isNotNull();
        assertThat(sent.text()).isEqualTo("<b>Disetujui</b>");
        assertThat(sent.keyboard()).isEmpty(); // no reply_markup in the edit removes the keyboard, like Telegram
        assertThat(sent.isEdited()).isTrue();
        assertThat(sent.editHistory()).extracting(SentMessage.Content::text).containsExactly("Menunggu persetujuan");
        assertThat(fake.messagesTo(BUDI)).hasSize(1);

        TelegramApiRequestException same = failure(() -> client.execute(EditMessageText.builder().chatId(BUDI)
                .messageId(original.getMessageId()).text("<strong>Disetujui</strong>").parseMode("HTML").build()));
        assertThat(same.getApiResponse()).startsWith("Bad Request: message is not modified");
        TelegramApiRequestException unknown = failure(() -> client.execute(EditMessageText.builder().chatId(BUDI)
                .messageId(99).text("x").build()));
        assertThat(unknown.getApiResponse()).isEqualTo("Bad Request: message to edit not found");
    }

    @Test
    void copyAndForwardUserMessagesToAnotherChat() throws Exception {
        FakeUser budi = fake.user(BUDI, "Budi");
        FakeChat central = fake.group(-100200L, "Tim Pusat");
        UserMessage photo = budi.sendsPhoto("ph-77", "Kegiatan");

        MessageId copy = client.execute(CopyMessage.builder().chatId(central.id()).fromChatId(BUDI)
                .messageId(photo.messageId()).caption("Dari <b>Budi</b>: Kegiatan").parseMode("HTML").build());
        SentMessage copied = fake.awaitMessageTo(central.id(), m -> m.method().equals("copyMessage"));
        assertThat(copied.messageId()).isEqualTo(copy.getMessageId().intValue());
        assertThat(copied.fileId()).isEqualTo("ph-77");
        assertThat(copied.plainText()).isEqualTo("Dari Budi: Kegiatan");
        assertThat(copied.sourceMessageId()).isEqualTo(photo.messageId());

        Message forwarded = client.execute(ForwardMessage.builder().chatId(central.id()).fromChatId(BUDI)
                .messageId(photo.messageId()).build());
        assertThat(forwarded.getForwardOrigin()).isNotNull();
        assertThat(forwarded.getPhoto()).hasSize(3);
        assertThat(failure(() -> client.execute(ForwardMessage.builder().chatId(central.id()).fromChatId(BUDI)
                .messageId(999).build())).getApiResponse()).isEqualTo("Bad Request: message to forward not found");
    }

    @Test
    void forceReplyIsRecordedButNotEchoed() throws Exception {
        Message result = client.execute(SendMessage.builder().chatId(BUDI).text("Tulis judul berita:")
                .replyMarkup(ForceReplyKeyboard.builder().forceReply(true).build()).build());
        assertThat(result.getReplyMarkup()).isNull();
        SentMessage sent = fake.awaitMessageTo(BUDI, SentMessage::forceReply);
        UserMessage reply = fake.user(BUDI, "Budi").replies(sent, "Judul saya");
        assertThat(reply.json().path("reply_to_message").path("message_id").asInt()).isEqualTo(sent.messageId());
    }

    @Test
    void commandsAndLeaveChatAreRecorded() throws Exception {
        client.execute(SetMyCommands.builder().command(new BotCommand("start", "Mulai"))
                .command(new BotCommand("laporan", "Kirim laporan")).scope(new BotCommandScopeAllPrivateChats())
                .build());
        RecordedCall call = fake.calls("setMyCommands").get(0);
        assertThat(call.json("commands")).hasSize(2);
        assertThat(call.json("commands").get(1).path("command").asText()).isEqualTo("laporan");
        assertThat(call.json("scope").path("type").asText()).isEqualTo("all_private_chats");
        assertThat(fake.currentCommands(call.json("scope"), null)).hasSize(2);
        assertThat(failure(() -> client.execute(SetMyCommands.builder().command(new BotCommand("Start", "x"))
                .build())).getApiResponse()).isEqualTo("Bad Request: BOT_COMMAND_INVALID");

        FakeChat group = fake.group(-100555L, "Grup Lain");
        assertThat(client.execute(new LeaveChat(Long.toString(group.id())))).isTrue();
        assertThat(fake.calls("leaveChat")).singleElement()
                .satisfies(c -> assertThat(c.chatId()).isEqualTo(group.id()));
        TelegramApiRequestException afterLeaving = failure(() -> send(group.id(), "halo"));
        assertThat(afterLeaving.getErrorCode()).isEqualTo(403);
        assertThat(afterLeaving.getApiResponse()).isEqualTo("Forbidden: bot is not a member of the supergroup chat");
    }

    // ------------------------------------------------------------------------------------------------------------
    // faults
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void rateLimitAnswers429WithRetryAfterAndBansTheChatUntilThen() throws Exception {
        long[] now = {0};
        fake.useNanoClock(() -> now[0]);
        fake.rateLimit(BUDI, 7);
        TelegramApiRequestException e = failure(() -> send(BUDI, "halo"));
        assertThat(e.getErrorCode()).isEqualTo(429);
        assertThat(e.getApiResponse()).isEqualTo("Too Many Requests: retry after 7");
        assertThat(e.getParameters().getRetryAfter()).isEqualTo(7);

        now[0] = Duration.ofMillis(6_500).toNanos();
        TelegramApiRequestException tooEarly = failure(() -> send(BUDI, "halo lagi"));
        assertThat(tooEarly.getParameters().getRetryAfter()).isEqualTo(1);
        assertThat(fake.prematureRetries()).isEqualTo(1);

        now[0] = Duration.ofSeconds(7).toNanos();
        assertThat(send(BUDI, "halo lagi").getText()).isEqualTo("halo lagi");
        assertThat(fake.callsTo(BUDI)).extracting(RecordedCall::status).containsExactly(429, 429, 200);
        assertThat(fake.tooManyRequestsAnswers()).isEqualTo(2);
        assertThat(fake.messagesDeliveredTo(BUDI)).isEqualTo(1);
    }

    @Test
    void blockedChatAnswers403Permanently() {
        fake.block(BUDI);
        for (int i = 0; i < 2; i++) {
            TelegramApiRequestException e = failure(() -> send(BUDI, "halo"));
            assertThat(e.getErrorCode()).isEqualTo(403);
            assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
        }
    }

    @Test
    void failNextIsOneShot() throws Exception {
        fake.failNext("sendMessage", 502, "Bad Gateway");
        TelegramApiRequestException e = failure(() -> send(BUDI, "halo"));
        assertThat(e.getErrorCode()).isEqualTo(502);
        assertThat(e.getApiResponse()).isEqualTo("Bad Gateway");
        assertThat(send(BUDI, "halo").getMessageId()).isEqualTo(1);
    }

    @Test
    void wrongTokenGets401AndUnknownMethod404() throws Exception {
        OkHttpTelegramClient intruder = new OkHttpTelegramClient("999:WRONG", url());
        TelegramApiRequestException e = failure(() -> intruder.execute(new GetMe()));
        assertThat(e.getErrorCode()).isEqualTo(401);
        assertThat(e.getApiResponse()).isEqualTo("Unauthorized");

        JsonNode unknown = rawPost("/bot" + TOKEN + "/sendTeleport", "{}", 404);
        assertThat(unknown.path("description").asText()).isEqualTo("Not Found: method not found");
        JsonNode unauthorized = rawPost("/bot999:WRONG/sendMessage", "{\"chat_id\":1,\"text\":\"x\"}", 401);
        assertThat(unauthorized.toString())
                .isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
    }

    @Test
    void strictChatsAndGroupPrivacyModeMirrorTelegram() throws Exception {
        fake.setRequireKnownChats(true);
        FakeUser siti = fake.user(43L, "Siti");
        assertThat(failure(() -> send(999L, "x")).getApiResponse()).isEqualTo("Bad Request: chat not found");
        TelegramApiRequestException notStarted = failure(() -> send(43L, "x"));
        assertThat(notStarted.getErrorCode()).isEqualTo(403);
        assertThat(notStarted.getApiResponse()).isEqualTo("Forbidden: bot can't initiate conversation with a user");
        siti.sends("/start");
        assertThat(send(43L, "Selamat datang").getMessageId()).isEqualTo(2);

        fake.setPrivacyMode(true);
        assertThat(client.execute(new GetMe()).getCanReadAllGroupMessages()).isFalse();
        FakeChat group = fake.group(-100900L, "Grup");
        assertThat(siti.sendsIn(group, "obrolan biasa").updateId()).isEqualTo(-1);
        assertThat(siti.sendsIn(group, "/lapor@humas_test_bot").updateId()).isPositive();
        assertThat(siti.sendsIn(group, "/lapor@bot_lain").updateId()).isEqualTo(-1);
        assertThat(siti.sendsIn(group, "halo @humas_test_bot").updateId()).isPositive();
    }

    @Test
    void userBlockingTheBotIsAnUpdateAndA403() throws Exception {
        FakeUser budi = fake.user(BUDI, "Budi");
        int updateId = fake.userBlocksBot(budi);
        List<Update> updates = client.execute(GetUpdates.builder().timeout(0).build());
        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.getUpdateId()).isEqualTo(updateId);
            assertThat(u.getMyChatMember().getNewChatMember().getStatus()).isEqualTo("kicked");
        });
        assertThat(failure(() -> send(BUDI, "halo")).getErrorCode()).isEqualTo(403);
        fake.userUnblocksBot(budi);
        assertThat(send(BUDI, "halo lagi").getText()).isEqualTo("halo lagi");
    }

    // ------------------------------------------------------------------------------------------------------------
    // assertion helpers
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void awaitFailureListsWhatWasActuallySent() throws Exception {
        fake.setDefaultAwaitTimeout(Duration.ofMillis(300));
        send(BUDI, "Pesan pertama");
        failure(() -> sendHtml(BUDI, "<oops>"));
        assertThatThrownBy(() -> fake.awaitMessageTo(BUDI, "tidak ada"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("tidak ada")
                .hasMessageContaining("Pesan pertama")
                .hasMessageContaining("Unsupported start tag \"oops\"");
    }

    @Test
    void assertNoMessageToUsesAwaitilityDuring() throws Exception {
        fake.assertNoMessageTo(BUDI, Duration.ofMillis(200));
        send(BUDI, "ada pesan");
        fake.assertNoMessageTo(BUDI, Duration.ofMillis(100), m -> m.contains("rahasia"));
        assertThatThrownBy(() -> fake.assertNoMessageTo(BUDI, Duration.ofMillis(100), m -> m.contains("pesan")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ada pesan");
    }

    @Test
    void resetClearsRecordingsButKeepsCounters() throws Exception {
        fake.user(BUDI, "Budi").sends("halo");
        long checkpoint = fake.checkpoint();
        send(BUDI, "satu");
        fake.reset();
        assertThat(fake.messagesTo(BUDI)).isEmpty();
        assertThat(fake.calls()).isEmpty();
        assertThat(send(BUDI, "dua").getMessageId()).isEqualTo(3);
        assertThat(fake.awaitMessageToSince(checkpoint, BUDI, m -> true).text()).isEqualTo("dua");
    }

    @Test
    void concurrentSendsGetDistinctIds() throws Exception {
        List<CompletableFuture<Message>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            futures.add(client.executeAsync(SendMessage.builder().chatId(BUDI).text("pesan " + i).build()));
        }
        List<Integer> ids = new ArrayList<>();
        for (CompletableFuture<Message> f : futures) {
            ids.add(f.get(10, TimeUnit.SECONDS).getMessageId());
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(40);
        assertThat(fake.messagesTo(BUDI)).hasSize(40);
    }
}
