package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A worker loop survives whatever one step throws, and says so. */
class WorkerLoopTest {

    @Test
    void aStepThatThrowsAnErrorIsLoggedShownAndTheLoopGoesOn() {
        AtomicInteger steps = new AtomicInteger();
        WorkerLoop loop = new WorkerLoop("test-worker", Duration.ofMillis(10), () -> {
            int step = steps.incrementAndGet();
            if (step == 1) {
                throw new OutOfMemoryError("Java heap space (simulated)");
            }
            if (step == 2) {
                throw new LinkageError("a class that cannot load (simulated)");
            }
            return 0;
        });
        loop.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> steps.get() >= 5);
            WorkerLoop.Health health = loop.health();
            assertThat(health.died()).isFalse();
            assertThat(health.lastFailure()).contains("LinkageError");
            assertThat(health.lastFailureAt()).isNotNull();
            assertThat(loop.isRunning()).isTrue();
        } finally {
            loop.stop();
        }
    }

    @Test
    void anInterruptThatIsNotAStopDoesNotEndTheLoop() {
        AtomicInteger steps = new AtomicInteger();
        Thread[] worker = new Thread[1];
        WorkerLoop loop = new WorkerLoop("test-worker", Duration.ofMillis(10), () -> {
            worker[0] = Thread.currentThread();
            steps.incrementAndGet();
            return 0;
        });
        loop.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> steps.get() >= 2);
            worker[0].interrupt();
            int before = steps.get();
            await().atMost(Duration.ofSeconds(5)).until(() -> steps.get() >= before + 3);
            assertThat(loop.health().died()).isFalse();
        } finally {
            loop.stop();
        }
    }
}
