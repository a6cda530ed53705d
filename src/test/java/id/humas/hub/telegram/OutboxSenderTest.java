package id.humas.hub.telegram;



import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import id.humas.hub.system.BotProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.PlatformTransactionManager;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The sender against a table of its own making: what it does when the database or one row fails it. */
class OutboxSenderTest {

    private final OutboxMessages messages = mock(OutboxMessages.class);
    private final TelegramClient client = mock(TelegramClient.class);
    private final Reachability reachability = mock(Reachability.class);
    private final List<OutboxMessages.Row> waiting = new ArrayList<>();
    private final List<Long> sentTo = new ArrayList<>();
    private OutboxSender sender;

    @BeforeEach
    void setUp() throws Exception {
        BotProperties properties = new BotProperties("123456:token", "humas_test_bot", URI.create("http://x"),
                -100777L, List.of(9001L), Locale.forLanguageTag("id"), ZoneId.of("Asia/Jakarta"), List.of(), null,
                null, null, null, null, null, null, null, null, null, List.of(), null);
        SendBudget budget = new SendBudget(properties, messages);
        sender = new OutboxSender(messages, client, budget, reachability, mock(ChatMigrations.class),
                mock(BurstCombiner.class), new Coalescing(messages), mock(PlatformTransactionManager.class),
                mock(ApplicationEventPublisher.class), holding());
        when(messages.heads(eq(true), any(), anyInt())).thenReturn(List.of());
        when(messages.heads(eq(false), any(), anyInt())).thenAnswer(call -> List.copyOf(waiting));
        when(messages.read(any())).thenAnswer(call -> {
            OutboxMessages.Row row = call.getArgument(0);
            return new Outgoing.Text(row.chatId(), row.payload(), null);
        });
        when(client.executeAsync(any(SendMessage.class))).thenAnswer(call -> {
            SendMessage send = call.getArgument(0);
            long chatId = Long.parseLong(send.getChatId());
            sentTo.add(chatId);
            if (chatId == 403) {
                return CompletableFuture.failedFuture(new TelegramApiRequestException("refused", new ApiResponse<>(
                        false, 403, "Forbidden: bot was blocked by the user", null, null)));
            }
            Message message = new Message();
            message.setMessageId(sentTo.size());
            return CompletableFuture.completedFuture(message);
        });
    }

    @Test
    void aMessageTelegramAcceptedIsNotSentAgainWhenRecordingItFailsButItsRecordIsWrittenLater() {
        waiting.add(row(1, 42, "halo"));
        doThrow(new TransientDataAccessResourceException("database gone"))
                .doThrow(new TransientDataAccessResourceException("database still gone"))
                .doAnswer(call -> waiting.removeIf(row -> row.id() == 1))
                .when(messages).sent(eq(1L), eq(1), any(), anyList(), any());

        sender.sendDue();
        sender.sendDue();
        sender.sendDue();
        sender.sendDue();

        assertThat(sentTo).containsExactly(42L);
        verify(messages, times(3)).sent(eq(1L), eq(1), any(), anyList(), any());
        assertThat(waiting).isEmpty();
    }

    @Test
    void aRowThatBreaksTheSenderIsPutBackAndTheMessagesBehindItStillGo() {
        waiting.add(row(1, 403, "ke pengguna yang memblokir"));
        waiting.add(row(2, 43, "untuk Sari"));
        waiting.add(row(3, 44, "untuk Tono"));
        doThrow(new DuplicateKeyException("unreachable_chat already has 403"))
                .when(reachability).refused(eq(403L), anyString());
        doAnswer(call -> waiting.removeIf(row -> row.id() == (Long) call.getArgument(0)))
                .when(messages).sent(anyLong(), any(), any(), anyList(), any());

        sender.sendDue();

        assertThat(sentTo).containsExactly(403L, 43L, 44L);
        verify(messages).retryAt(eq(1L), argThat(at -> at.isAfter(Instant.now())), anyString());
    }

    private static OutboxMessages.Row row(long id, long chatId, String text) {
        return new OutboxMessages.Row(id, chatId, "Text", text, null, 0, null, null, null, Instant.now(),
                SendPriority.ANSWER, null);
    }

    private static InstanceLeases holding() {
        InstanceLeases leases = mock(InstanceLeases.class);
        when(leases.holds(any())).thenReturn(true);
        return leases;
    }
}
