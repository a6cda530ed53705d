package id.humas.hub.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.humas.hub.intake.Category;
import id.humas.hub.intake.ItemStatus;
import id.humas.hub.intake.ItemSubmitted;
import org.junit.jupiter.api.Test;

class IsuWatchesTest {

    private static final Instant SUBMITTED = Instant.parse("2031-06-02T03:00:00Z");
    private static final Duration EVERY = Duration.ofMinutes(15);

    private final IsuWatchRepository repository = mock(IsuWatchRepository.class);
    private final IsuWatches watches = new IsuWatches(repository);

    @Test
    void aReviewActionAcknowledgesAnUnclaimedIsu() {
        IsuWatch watch = new IsuWatch(isu(41));
        when(repository.findById(41L)).thenReturn(Optional.of(watch));

        watches.on(reviewed(41, 9002, "Dodi", SUBMITTED.plusSeconds(600)));

        assertThat(watch.acknowledged()).isTrue();
        assertThat(watch.how()).isEqualTo(IsuWatch.How.REVIEW);
        assertThat(watch.acknowledgedName()).isEqualTo("Dodi");
        assertThat(watch.dueForRaise(SUBMITTED.plus(Duration.ofHours(2)), EVERY)).isFalse();
        verify(repository).save(watch);
    }

    @Test
    void aReviewActionAfterAClaimKeepsTheClaim() {
        IsuWatch watch = new IsuWatch(isu(42));
        watch.acknowledge(IsuWatch.How.CLAIM, 9001, "Rina", SUBMITTED.plusSeconds(60));
        when(repository.findById(42L)).thenReturn(Optional.of(watch));

        watches.on(reviewed(42, 9002, "Dodi", SUBMITTED.plusSeconds(600)));

        assertThat(watch.how()).isEqualTo(IsuWatch.How.CLAIM);
        assertThat(watch.acknowledgedName()).isEqualTo("Rina");
        verify(repository, never()).save(any());
    }

    @Test
    void aRedeliveredSubmissionIsWatchedOnce() {
        when(repository.existsById(43L)).thenReturn(true);

        watches.on(isu(43));

        verify(repository, never()).save(any());
    }

    @Test
    void raisedEveryPeriodOnceEvenAfterTheBotMissedSeveral() {
        IsuWatch watch = new IsuWatch(isu(44));

        assertThat(watch.dueForRaise(SUBMITTED.plus(Duration.ofMinutes(14)), EVERY)).isFalse();
        assertThat(watch.dueForRaise(SUBMITTED.plus(EVERY), EVERY)).isTrue();
        watch.raised(SUBMITTED.plus(Duration.ofMinutes(16)), EVERY);
        assertThat(watch.dueForRaise(SUBMITTED.plus(Duration.ofMinutes(29)), EVERY)).isFalse();
        assertThat(watch.dueForRaise(SUBMITTED.plus(Duration.ofMinutes(30)), EVERY)).isTrue();

        watch.raised(SUBMITTED.plus(Duration.ofMinutes(100)), EVERY);
        assertThat(watch.dueForRaise(SUBMITTED.plus(Duration.ofMinutes(104)), EVERY)).isFalse();
        assertThat(watch.dueForRaise(SUBMITTED.plus(Duration.ofMinutes(105)), EVERY)).isTrue();
    }

    private static ItemSubmitted isu(long itemId) {
        return new ItemSubmitted(itemId, 7, "BPBD", 500, "Wulan", null, Category.ISSUE, null, "Banjir", List.of(),
                SUBMITTED);
    }

    private static ItemReviewed reviewed(long itemId, long actor, String name, Instant at) {
        return new ItemReviewed(itemId, 7, Category.ISSUE, ItemStatus.NEW, ItemStatus.ACCEPTED, actor, name, null, at);
    }
}
