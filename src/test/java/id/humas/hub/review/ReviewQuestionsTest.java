package id.humas.hub.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.ChatBecameUnreachable;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Reachability;
import id.humas.hub.telegram.UnreachableReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ReviewQuestionsTest {

    private static final long REVIEWER = 9002;
    private static final long GROUP = -1001;
    private static final int CARD = 55;

    private final ReviewQuestionRepository repository = mock(ReviewQuestionRepository.class);
    private final CentralTeam team = mock(CentralTeam.class);
    private final Reachability reachability = mock(Reachability.class);
    private final Outbox outbox = mock(Outbox.class);
    private final Texts texts = mock(Texts.class);
    private final ReviewQuestions questions = new ReviewQuestions(repository, team, reachability, outbox, texts);

    @BeforeEach
    void setUp() {
        when(texts.html(anyString(), any(Object[].class))).thenAnswer(call -> call.getArgument(0));
        when(texts.plain(anyString(), any(Object[].class))).thenAnswer(call -> call.getArgument(0));
        when(repository.save(any())).thenAnswer(call -> {
            Object question = call.getArgument(0);
            ReflectionTestUtils.setField(question, "id", 7L);
            return question;
        });
        when(reachability.of(anyLong())).thenReturn(Optional.empty());
    }

    @Test
    void aReviewerWhoStartedTheBotIsAskedPrivatelyAndTheGroupGetsNothing() {
        when(team.hasStartedPrivately(REVIEWER)).thenReturn(true);

        questions.askFirst(question());

        verify(outbox).ask(eq(REVIEWER), contains("review.ask.reject"), isNull(), anyString(), eq("rq:7"));
        verify(outbox, never()).ask(eq(GROUP), anyString(), any(), any(), any());
    }

    @Test
    void aReviewerWhoNeverStartedTheBotIsAskedUnderTheCardInTheGroup() {
        questions.askFirst(question());

        verify(outbox).ask(eq(GROUP), contains("review.ask.reject"), eq(CARD), anyString(), eq("rq:7"));
    }

    @Test
    void aReviewerTheBotKnowsItCannotReachIsAskedInTheGroup() {
        when(team.hasStartedPrivately(REVIEWER)).thenReturn(true);
        when(reachability.of(REVIEWER)).thenReturn(Optional.of(
                new Reachability.Unreachable(UnreachableReason.BLOCKED, Instant.EPOCH)));

        questions.askFirst(question());

        verify(outbox).ask(eq(GROUP), anyString(), eq(CARD), anyString(), eq("rq:7"));
    }

    @Test
    void aPrivateQuestionTelegramRefusedIsAskedAgainInTheGroup() {
        ReviewQuestion asked = question();
        ReflectionTestUtils.setField(asked, "id", 7L);
        asked.askIn(REVIEWER);
        when(repository.findByAskedChatIdAndAnsweredAtIsNull(REVIEWER)).thenReturn(List.of(asked));

        questions.on(new ChatBecameUnreachable(REVIEWER, UnreachableReason.BLOCKED));

        verify(outbox).ask(eq(GROUP), contains("review.ask.reject"), eq(CARD), anyString(), eq("rq:7"));
        verify(repository).save(asked);
    }

    private static ReviewQuestion question() {
        return new ReviewQuestion(12, 1, ReviewAction.REJECT, REVIEWER, "Dodi", GROUP, CARD, Instant.EPOCH);
    }
}
