package id.humas.hub.telegram;

import java.time.Duration;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that runs one step of work again and again: straight away while the step finds work, otherwise
 * after a {@link #wake()} or an idle poll. A failing step is logged and retried after the idle poll; it never
 * ends the loop.
 */
final class WorkerLoop {

    private static final Logger log = LoggerFactory.getLogger(WorkerLoop.class);

    private final String name;
    private final Duration idlePoll;
    private final IntSupplier step;
    private final WakeUpSignal signal = new WakeUpSignal();
    private volatile Thread thread;

    WorkerLoop(String name, Duration idlePoll, IntSupplier step) {
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
                if (step.getAsInt() == 0) {
                    signal.await(idlePoll);
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
