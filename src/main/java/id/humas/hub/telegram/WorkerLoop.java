package id.humas.hub.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that runs one step of work again and again: straight away while the step finds work, otherwise
 * after a {@link #wake()} or the pause the step asks for. A failing step is logged at ERROR and retried after the
 * idle poll, whatever it threw (an OutOfMemoryError included: the step's work is let go and the heap recovers); it
 * never ends the loop. Should the thread end all the same, that is logged at ERROR and {@link #health()} says so
 * until the loop is started again.
 */
final class WorkerLoop {

    private static final Logger log = LoggerFactory.getLogger(WorkerLoop.class);

    private final String name;
    private final Duration idlePoll;
    private final Supplier<Duration> step;
    private final WakeUpSignal signal = new WakeUpSignal();
    private volatile Thread thread;
    private volatile Instant lastFailureAt;
    private volatile String lastFailure;
    private volatile boolean died;

    /** How the loop is doing, for /kondisi: whether it died, and its last failure. */
    record Health(String name, boolean died, Instant lastFailureAt, String lastFailure) {
    }

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
        started.setUncaughtExceptionHandler((t, e) -> died(e));
        died = false;
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

    Health health() {
        return new Health(name, died, lastFailureAt, lastFailure);
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            Thread.interrupted(); // a step that left the flag set must not make the next one fail
            try {
                Duration pause = step.get();
                if (!pause.isZero() && !pause.isNegative()) {
                    signal.await(pause);
                }
            } catch (InterruptedException e) {
                // stop() clears the thread first; any other interrupt is ignored
            } catch (Throwable e) {
                failed(e);
                try {
                    signal.await(idlePoll);
                } catch (InterruptedException interrupted) {
                    // as above
                }
            }
        }
    }

    private void failed(Throwable e) {
        lastFailureAt = Instant.now();
        lastFailure = String.valueOf(e);
        log.error("{} failed; retrying shortly", name, e);
    }

    private void died(Throwable e) {
        died = true;
        lastFailureAt = Instant.now();
        lastFailure = String.valueOf(e);
        log.error("{} stopped and does no more work until the bot is restarted", name, e);
    }
}
