package id.humas.hub.telegram;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.humas.hub.system.BotProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/** A database that cannot be reached is nobody's fault: the update waiting for it is not set aside. */
class InboxWorkerOutageTest {

    private final Inbox inbox = mock(Inbox.class);
    private final UpdateRouter router = mock(UpdateRouter.class);
    private final Inbox.StoredUpdate stored = new Inbox.StoredUpdate(41, 7L, null, "{}", 0, Instant.EPOCH);
    private InboxWorker worker;

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.stop();
        }
    }

    @Test
    void anUpdateThatFailsOnlyBecauseTheDatabaseIsDownIsRetriedAndNeverSetAside() {
        when(inbox.pending(anyInt())).thenReturn(List.of(stored));
        when(inbox.parse(stored)).thenReturn(new Update());
        doThrow(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("Connection is not available", "08001"))).when(router).route(anyList());

        worker = start();

        verify(router, timeout(10_000).atLeast(InboxWorker.MAX_ATTEMPTS + 1)).route(anyList());
        verify(inbox, never()).recordFailure(anyList(), anyString(), anyInt());
        verify(inbox, never()).markDone(anyList());
    }

    @Test
    void anUpdateThatFailsOnItsOwnIsStillCountedAndSetAside() {
        when(inbox.pending(anyInt())).thenReturn(List.of(stored));
        when(inbox.parse(stored)).thenReturn(new Update());
        doThrow(new IllegalStateException("a bug in a handler")).when(router).route(anyList());

        worker = start();

        verify(inbox, timeout(10_000).atLeast(1)).recordFailure(anyList(), anyString(), any(Integer.class));
        verify(inbox, after(200).never()).markDone(anyList());
    }

    @Test
    void anUpdateThatMetAChangeMadeElsewhereAtOnceIsHandledAgainWithoutWaitingForTheDatabase() {
        when(inbox.pending(anyInt())).thenReturn(List.of(stored));
        when(inbox.parse(stored)).thenReturn(new Update());
        doThrow(new ObjectOptimisticLockingFailureException("Draft", 42L)).doNothing().when(router).route(anyList());

        worker = start();

        verify(inbox, timeout(10_000).atLeastOnce()).markDone(List.of(stored));
        verify(inbox).recordFailure(anyList(), anyString(), eq(InboxWorker.MAX_ATTEMPTS_WITH_CONFLICTS));
    }

    private InboxWorker start() {
        when(inbox.claim(anyList())).thenAnswer(invocation -> invocation.getArgument(0));
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        BotProperties properties = mock(BotProperties.class);
        when(properties.intake()).thenReturn(new BotProperties.Intake(Duration.ofMillis(300), java.time.Duration.ofMinutes(10)));
        InboxWorker started = new InboxWorker(inbox, router, new TransactionTemplate(transactions),
                Clock.systemUTC(), properties, TelegramMetrics.unregistered(),
                mock(jakarta.persistence.EntityManager.class),
                mock(org.springframework.context.ApplicationEventPublisher.class));
        started.start();
        return started;
    }
}
