package id.humas.hub.fake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link FakeTelegram} as a standalone process until it is killed (SIGTERM/SIGINT close it cleanly).
 * Drive it from outside through the {@code /_fake/} control API ({@link FakeTelegramControl}).
 *
 * <pre>
 * java ... id.humas.hub.fake.FakeTelegramMain [PORT [TOKEN]] [--port 8081] [--token 123456:TEST] [--max-poll-wait-ms 1000]
 *                                             [--stats-every-s 0] [--no-recording] [--flood-limits]
 * </pre>
 * {@code --flood-limits} enforces {@link FloodLimits#telegramDefaults()} from the start (also switchable at run time
 * with {@code POST /_fake/flood-limits}).
 */
public final class FakeTelegramMain {

    private static final Logger log = LoggerFactory.getLogger(FakeTelegramMain.class);

    private FakeTelegramMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8081;
        String token = "123456:TEST";
        long maxPollWaitMs = 1000;
        long statsEverySeconds = 0;
        boolean recording = true;
        boolean floodLimits = false;
        int first = 0;
        if (args.length > 0 && !args[0].startsWith("--")) {
            // positional form: PORT [TOKEN]
            port = Integer.parseInt(args[0]);
            first = 1;
            if (args.length > 1 && !args[1].startsWith("--")) {
                token = args[1];
                first = 2;
            }
        }
        for (int i = first; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--token" -> token = args[++i];
                case "--max-poll-wait-ms" -> maxPollWaitMs = Long.parseLong(args[++i]);
                case "--stats-every-s" -> statsEverySeconds = Long.parseLong(args[++i]);
                case "--no-recording" -> recording = false;
                case "--flood-limits" -> floodLimits = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }

        FakeTelegram fake = new FakeTelegram(token);
        fake.setMaxLongPollWait(Duration.ofMillis(maxPollWaitMs));
        fake.setRecording(recording);
        if (floodLimits) {
            fake.enforceFloodLimits(FloodLimits.telegramDefaults());
        }
        fake.start(port);
        log.info("FakeTelegram running at {} (token {}, control API at {}/_fake/stats)", fake.apiUrl(), token,
                fake.apiUrl());

        CountDownLatch stopped = new CountDownLatch(1);
        ScheduledExecutorService stats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fake-telegram-stats");
            t.setDaemon(true);
            return t;
        });
        if (statsEverySeconds > 0) {
            stats.scheduleAtFixedRate(() -> log.info("FakeTelegram stats: {}", fake.stats()), statsEverySeconds,
                    statsEverySeconds, TimeUnit.SECONDS);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("FakeTelegram stopping; final stats: {}", fake.stats());
            stats.shutdownNow();
            fake.close();
            stopped.countDown();
        }, "fake-telegram-shutdown"));
        stopped.await();
    }
}
