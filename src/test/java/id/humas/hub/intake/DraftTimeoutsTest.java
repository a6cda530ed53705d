package id.humas.hub.intake;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import id.humas.hub.agency.Officers;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * The job that submits drafts left alone meets an officer who finishes one of them at that very moment: that draft
 * is left to the officer, and the other officers' drafts are still submitted in the same run, not a minute later.
 */
class DraftTimeoutsTest {

    private final ItemRecorder recorder = mock(ItemRecorder.class);
    private final Submissions submissions = mock(Submissions.class);
    private final SubmissionReplies replies = mock(SubmissionReplies.class);
    private final Officers officers = mock(Officers.class);

    @Test
    void aDraftItsOfficerFinishesMeanwhileDoesNotHoldBackTheOthers() {
        Draft answered = draft(1L, 501L);
        Draft leftAlone = draft(2L, 502L);
        when(recorder.expired()).thenReturn(List.of(answered, leftAlone));
        when(recorder.stillExpired(1L)).thenReturn(Optional.of(answered));
        when(recorder.stillExpired(2L)).thenReturn(Optional.of(leftAlone));
        when(officers.activeByUser(any(Long.class))).thenReturn(Optional.empty());
        when(submissions.expire(eq(answered), any())).thenThrow(new ObjectOptimisticLockingFailureException(
                Draft.class, 1L));
        when(submissions.expire(eq(leftAlone), any())).thenReturn(new Outcome.Said("draft.expired", List.of()));

        job().run(ZonedDateTime.now());

        verify(replies).tell(eq(502L), isNull(), anyList());
        verify(replies, never()).tell(eq(501L), any(), anyList());
    }

    @Test
    void aDraftGoneOrAnsweredSinceItWasListedIsLeftAlone() {
        Draft answered = draft(1L, 501L);
        when(recorder.expired()).thenReturn(List.of(answered));
        when(recorder.stillExpired(1L)).thenReturn(Optional.empty());

        job().run(ZonedDateTime.now());

        verify(submissions, never()).expire(any(), any());
        verify(replies, never()).tell(any(Long.class), any(), anyList());
    }

    private DraftTimeouts job() {
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        return new DraftTimeouts(recorder, submissions, replies, officers, transactions);
    }

    private static Draft draft(long id, long chatId) {
        Draft draft = mock(Draft.class);
        when(draft.id()).thenReturn(id);
        when(draft.chatId()).thenReturn(chatId);
        when(draft.userId()).thenReturn(chatId);
        return draft;
    }
}
