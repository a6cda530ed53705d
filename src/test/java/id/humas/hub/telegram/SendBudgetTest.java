package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.humas.hub.system.BotProperties;
import org.junit.jupiter.api.Test;

/** The bot's own limiter: exact rolling windows, priorities' shares of a group, and what it remembers over a restart. */
class SendBudgetTest {

    private static final long GROUP = -100777L;
    private final OutboxMessages messages = mock(OutboxMessages.class);

    @Test
    void aWindowNeverHoldsMoreThanItsLimitWhateverCameBefore() {
        SlidingWindow window = new SlidingWindow(20, Duration.ofMinutes(1).toNanos());
        long second = Duration.ofSeconds(1).toNanos();
        for (int i = 0; i < 10; i++) {
            window.record(1, 0);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(window.waitNanos(1, 20, 30 * second)).isZero();
            window.record(1, 30 * second);
        }
        assertThat(window.waitNanos(1, 20, 45 * second)).as("a bucket would have refilled five by now")
                .isEqualTo(15 * second);
        assertThat(window.waitNanos(10, 20, 60 * second)).isZero();
        assertThat(window.waitNanos(11, 20, 60 * second)).isEqualTo(30 * second);
        assertThat(window.waitNanos(1, 10, 60 * second)).as("a lower priority's share").isEqualTo(30 * second);
    }

    @Test
    void noticesAndDigestsLeaveHalfOfAGroupsMinuteForIsuAndAnswersLeaveTwo() {
        SendBudget budget = new SendBudget(properties(), messages);
        for (int i = 0; i < 10; i++) {
            assertThat(budget.take(GROUP, 1, SendPriority.NOTICE)).isZero();
        }
        assertThat(budget.take(GROUP, 1, SendPriority.DIGEST)).isPositive();
        for (int i = 0; i < 8; i++) {
            assertThat(budget.take(GROUP, 1, SendPriority.ANSWER)).isZero();
        }
        assertThat(budget.take(GROUP, 1, SendPriority.ANSWER)).isPositive();
        assertThat(budget.take(GROUP, 1, SendPriority.URGENT)).isZero();
        assertThat(budget.take(GROUP, 1, SendPriority.URGENT)).isZero();
        assertThat(budget.take(GROUP, 1, SendPriority.URGENT)).as("20 in the minute")
                .isGreaterThan(Duration.ofSeconds(59));
    }

    @Test
    void afterARestartTheGroupsMinuteStartsFromWhatTheOutboxRecordedAsSent() {
        List<OutboxMessages.Counted> sent = new ArrayList<>();
        Instant thirtySecondsAgo = Instant.now().minusSeconds(30);
        for (int i = 0; i < 20; i++) {
            sent.add(new OutboxMessages.Counted(GROUP, 1, thirtySecondsAgo));
        }
        when(messages.countedSince(any())).thenReturn(sent);

        SendBudget budget = new SendBudget(properties(), messages);

        assertThat(budget.take(GROUP, 1, SendPriority.URGENT)).isBetween(Duration.ofSeconds(28),
                Duration.ofSeconds(31));
        assertThat(budget.take(42L, 1, SendPriority.ANSWER)).as("other chats are free").isZero();
    }

    private static BotProperties properties() {
        return new BotProperties("123456:token", "humas_test_bot", URI.create("http://x"), GROUP, List.of(9001L),
                Locale.forLanguageTag("id"), ZoneId.of("Asia/Jakarta"), List.of(), null, null, null, null, null,
                null, null, null, null, null, List.of(), null);
    }
}
