package id.humas.hub.telegram;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** Wakes a worker thread as soon as there is work, instead of letting it wait for its next poll. */
class WakeUpSignal {

    private final BlockingQueue<Boolean> pending = new ArrayBlockingQueue<>(1);

    void wake() {
        pending.offer(Boolean.TRUE);
    }

    void await(Duration atMost) throws InterruptedException {
        pending.poll(atMost.toNanos(), TimeUnit.NANOSECONDS);
    }
}
