package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

class UpdateRouterTest {

    private static final long CENTRAL = -100500L;
    private static final long TEAM_MEMBER = 9001L;
    private static final long STRANGER = 777L;

    private final Outbox outbox = mock(Outbox.class);
    private final Texts texts = mock(Texts.class);
    private final CommandHandler teamCommand = mock(CommandHandler.class);
    private final CommandHandler officerCommand = mock(CommandHandler.class);
    private final PrivateMessageHandler privateMessages = mock(PrivateMessageHandler.class);
    private final EditedMessageHandler editedMessages = mock(EditedMessageHandler.class);
    private final ReplyHandler replies = mock(ReplyHandler.class);
    private final SentMessages sent = mock(SentMessages.class);
    private UpdateRouter router;

    @BeforeEach
    void setUp() {
        when(teamCommand.names()).thenReturn(List.of("ringkasan", "digest"));
        when(teamCommand.audience()).thenReturn(Audience.TEAM);
        when(officerCommand.names()).thenReturn(List.of("status"));
        when(officerCommand.audience()).thenReturn(Audience.OFFICER);
        when(replies.prefix()).thenReturn("rq");
        when(texts.html(anyString(), any(Object[].class))).thenAnswer(call -> call.getArgument(0));
        when(texts.plain(anyString(), any(Object[].class))).thenAnswer(call -> call.getArgument(0));
        BotProperties properties = new BotProperties("123456:token", "humas_test_bot", URI.create("http://x"),
                CENTRAL, List.of(TEAM_MEMBER), Locale.forLanguageTag("id"), ZoneId.of("Asia/Jakarta"), List.of(),
                null, null, new BotProperties.Intake(java.time.Duration.ofMillis(100), java.time.Duration.ofMinutes(10)),
                null, null, null, null, null, null, null, null, null);
        CentralTeam team = mock(CentralTeam.class);
        when(team.chatId()).thenReturn(CENTRAL);
        when(team.isChat(CENTRAL)).thenReturn(true);
        when(team.isMember(TEAM_MEMBER)).thenReturn(true);
        ChatMigrations migrations = mock(ChatMigrations.class);
        when(migrations.isTeamChat(CENTRAL)).thenReturn(true);
        router = new UpdateRouter(new CommandTable(List.of(teamCommand, officerCommand)), List.of(),
                Optional.of(privateMessages), Optional.of(editedMessages),
                new FloodGuard(properties, team, outbox, texts), team, outbox, texts, Clock.systemUTC(), properties,
                migrations, mock(Reachability.class), List.of(replies), sent);
    }

    @Test
    void aTeamCommandFromTheTeamInTheCentralGroupIsHandledWithItsArguments() {
        router.route(List.of(message(TEAM_MEMBER, CENTRAL, "supergroup", "/ringkasan@humas_test_bot sekarang")));

        verify(teamCommand).handle(any(IncomingMessage.class), eq("sekarang"));
    }

    @Test
    void anEnglishAliasReachesTheSameHandler() {
        router.route(List.of(message(TEAM_MEMBER, CENTRAL, "supergroup", "/digest")));

        verify(teamCommand).handle(any(IncomingMessage.class), eq(""));
    }

    @Test
    void aStrangerInTheCentralGroupMeetsSilence() {
        router.route(List.of(message(STRANGER, CENTRAL, "supergroup", "/ringkasan")));
        router.route(List.of(message(STRANGER, CENTRAL, "supergroup", "hello everyone")));

        verify(teamCommand, never()).handle(any(), any());
        verifyNoInteractions(outbox, privateMessages);
    }

    @Test
    void aCommandAddressedToAnotherBotIsIgnored() {
        router.route(List.of(message(TEAM_MEMBER, CENTRAL, "supergroup", "/ringkasan@other_bot")));
        router.route(List.of(message(STRANGER, STRANGER, "private", "/status@other_bot")));

        verify(teamCommand, never()).handle(any(), any());
        verify(officerCommand, never()).handle(any(), any());
        verifyNoInteractions(outbox);
    }

    @Test
    void aTeamCommandFromSomeoneElsePrivatelyIsRefusedPolitely() {
        router.route(List.of(message(STRANGER, STRANGER, "private", "/ringkasan")));

        verify(teamCommand, never()).handle(any(), any());
        verify(outbox).send(STRANGER, "command.team-only");
    }

    @Test
    void anUnknownCommandGetsAPointerToHelpPrivatelyAndFromTheTeamButSilenceForOthersInTheGroup() {
        router.route(List.of(message(STRANGER, STRANGER, "private", "/apaini")));
        router.route(List.of(message(STRANGER, CENTRAL, "supergroup", "/apaini")));
        verify(outbox).send(STRANGER, "command.unknown");
        verify(outbox, never()).send(eq(CENTRAL), anyString());

        router.route(List.of(message(TEAM_MEMBER, CENTRAL, "supergroup", "/apaini")));
        verify(outbox).send(CENTRAL, "command.unknown");
    }

    @Test
    void plainPrivateMessagesGoToTheIntake() {
        router.route(List.of(message(STRANGER, STRANGER, "private", "Banjir di Kecamatan Utara")));

        ArgumentCaptor<IncomingMessage> captor = ArgumentCaptor.forClass(IncomingMessage.class);
        verify(privateMessages).handle(captor.capture());
        assertThat(captor.getValue().text()).isEqualTo("Banjir di Kecamatan Utara");
        assertThat(captor.getValue().from().userId()).isEqualTo(STRANGER);
    }

    @Test
    void aReplyToABotQuestionGoesToItsReplyHandlerNotToTheIntake() {
        when(sent.ref(STRANGER, 41)).thenReturn(Optional.of("rq:7"));
        when(sent.ref(CENTRAL, 42)).thenReturn(Optional.of("rq:8"));

        router.route(List.of(reply(message(STRANGER, STRANGER, "private", "Sudah saya perbaiki"), 41)));
        router.route(List.of(reply(message(TEAM_MEMBER, CENTRAL, "supergroup", "Foto kurang jelas"), 42)));

        verify(replies).handle(any(IncomingMessage.class), eq("rq:7"));
        verify(replies).handle(any(IncomingMessage.class), eq("rq:8"));
        verifyNoInteractions(privateMessages);
    }

    @Test
    void aReplyToAnythingElseIsAnOrdinaryMessageAndAStrangersReplyInTheGroupIsNotHeard() {
        when(sent.ref(STRANGER, 41)).thenReturn(Optional.of("item:3"));
        when(sent.ref(CENTRAL, 42)).thenReturn(Optional.of("rq:8"));

        router.route(List.of(reply(message(STRANGER, STRANGER, "private", "Banjir"), 41)));
        router.route(List.of(reply(message(STRANGER, CENTRAL, "supergroup", "Saya jawab"), 42)));

        verify(privateMessages).handle(any(IncomingMessage.class));
        verify(replies, never()).handle(any(), any());
    }

    @Test
    void messagesInOtherGroupsAreIgnored() {
        router.route(List.of(message(TEAM_MEMBER, -100999L, "supergroup", "/ringkasan")));

        verify(teamCommand, never()).handle(any(), any());
        verify(outbox, never()).send(anyLong(), anyString());
    }

    @Test
    void aPrivateEditReachesTheIntakeWithTheCommandsArgumentsButEditsInGroupsOrForOtherBotsDoNot() {
        router.route(List.of(edited(message(STRANGER, STRANGER, "private", "/isu Banjir besar"))));
        router.route(List.of(edited(message(TEAM_MEMBER, CENTRAL, "supergroup", "/ringkasan"))));
        router.route(List.of(edited(message(STRANGER, STRANGER, "private", "/isu@other_bot Banjir"))));

        verify(editedMessages).handle(any(IncomingMessage.class), eq("Banjir besar"), eq(true));
        verifyNoMoreInteractions(editedMessages);
        verify(teamCommand, never()).handle(any(), any());
        verifyNoInteractions(privateMessages);
    }

    private static Update reply(Update update, int toMessageId) {
        Message target = new Message();
        target.setMessageId(toMessageId);
        target.setChat(update.getMessage().getChat());
        update.getMessage().setReplyToMessage(target);
        return update;
    }

    private static Update edited(Update update) {
        Message message = update.getMessage();
        message.setEditDate(message.getDate() + 5);
        update.setMessage(null);
        update.setEditedMessage(message);
        return update;
    }

    private static Update message(long from, long chatId, String chatType, String text) {
        Message message = new Message();
        message.setMessageId(1);
        message.setFrom(User.builder().id(from).firstName("User" + from).isBot(false).build());
        message.setChat(Chat.builder().id(chatId).type(chatType).build());
        message.setText(text);
        message.setDate((int) (System.currentTimeMillis() / 1000));
        Update update = new Update();
        update.setUpdateId(1);
        update.setMessage(message);
        return update;
    }
}
