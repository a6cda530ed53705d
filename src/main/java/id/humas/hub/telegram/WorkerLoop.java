package id.humas.hub.telegram;

import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that runs one step of work again and again: straight away while the step finds work, otherwise
 * after a {@link #wake()} or the pause the step asks for. A failing step is logged and retried after the idle
 * poll; it never ends the loop.
 */
final class WorkerLoop {

    private static final Logger log = LoggerFactory.getLogger(WorkerLoop.class);

    private final String name;
    private final Duration idlePoll;
    private final Supplier<Duration> step;
    private final WakeUpSignal signal = new WakeUpSignal();
    private volatile Thread thread;

    /** @param step does some work and returns how many things it handled; none means pause for idlePoll */
    WorkerLoop(String name, Duration idlePoll, IntSupplier step) {
        this.name = name;
        this.idlePoll = idlePoll;
        this.step = () -> step.getAsInt() == 0 ? idlePoll : Duration.ZERO;
    }

    /** @param step does some work and returns how long to pause before the next step (zero: go on at once) */
    WorkerLoop(String name, Duration idlePoll, Supplier<Duration> step) {
        this.name = name;
        this.idlePoll = idlePoll;
        this.step = step;
    }

    void start() {
        Thread started = new Thread(this::run, name);
        started.setDaemon(true);
        thread = started;
        started.start();
    }

    void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isRunning() {
        return thread != null;
    }

    void wake() {
        signal.wake();
    }

    private void run() {
        while (thread != null && !Thread.currentThread().isInterrupted()) {
            try {
                Duration pause = step.get();
                if (!pause.isZero() && !pause.isNegative()) {
                    signal.await(pause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("{} failed; retrying shortly", name, e);
                try {
                    signal.await(idlePoll);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
