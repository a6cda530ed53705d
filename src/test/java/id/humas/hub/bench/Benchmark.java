package id.humas.hub.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import id.humas.hub.HumasHubApplication;
import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.FloodLimits;
import id.humas.hub.fake.SentMessage;
import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.UserMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives the real application (in this JVM, on an H2 file database, then on PostgreSQL) against the Bot API double with Telegram's
 * flood limits enforced (sliding windows, group edits counted), and prints: updates per second taken in and
 * processed; urgent item → central group latency under a steady background load, on a quiet bot, and in a burst of 40
 * within 2 s; broadcasts' rates as a fraction of the 30/s limit; and the number of 429s.
 * Run with {@code mvn -B -Pbenchmark test} (see README); figures go into docs/benchmarks.md.
 *
 * <p>A warm-up of 20 000 updates ({@code -Dbench.warm-up=…}) comes first, uncounted: a bot runs for weeks, and what it
 * can take then is what counts. With 5 000 the JIT compiler, which shares the two cores with the bot, the double and
 * PostgreSQL, was still at work for most of the measured phase (each phase prints the compiler's seconds).
 *
 * <p>Between phases the benchmark marks the confirmations still waiting in the outbox as skipped: at 30 messages a
 * second, the 20 000 confirmations of the intake phase would take eleven minutes to send, and the next phases
 * measure something else.
 *
 * <p>{@code -Dbench.databases=h2,postgres} (the default) runs everything on each database in turn and ends with
 * their main figures side by side; PostgreSQL is the local server (database "test", a fresh schema
 * {@code humas_bench}; {@code -Dbench.postgres-url=…}, {@code -Dbench.postgres-user=…}, {@code -Dbench.postgres-password=…}),
 * and is left out, with the reason, where it does not answer.
 *
 * <p>Several instances (issue 12): {@code postgres2} in {@code bench.databases} starts two applications in this JVM
 * on one fresh PostgreSQL schema, in webhook mode, and the double spreads its deliveries over both as a reverse proxy
 * would ({@code postgres1w}: one instance in webhook mode, to compare with); only the intake is measured there (the other phases measure Telegram's limits, which the instance holding
 * the sending lease keeps for both). Both instances handle the inbox; it prints how many items each handled.
 */
public final class Benchmark {

    private static final String TOKEN = "123456:BENCH-token-for-the-double-000000000";
    private static final long CENTRAL = -1009000000009L;
    private static final long LEAD = 9901;

    private final FakeTelegram telegram = new FakeTelegram(TOKEN).start();
    private final FakeChat central = telegram.group(CENTRAL, "Tim Humas Pusat");
    private final FakeUser lead = telegram.user(LEAD, "Lead");
    private final int intakeUpdates;
    private final int officerCount;
    private final Duration latencyPhase;
    private final int broadcastOfficers;
    private final Database database;
    private final Figures figures = new Figures();
    private final List<ConfigurableApplicationContext> apps = new ArrayList<>();
    private JdbcTemplate jdbc;
    private List<FakeUser> officers;

    private Benchmark(Database database, int intakeUpdates, int officerCount, Duration latencyPhase,
            int broadcastOfficers) {
        this.database = database;
        this.intakeUpdates = intakeUpdates;
        this.officerCount = officerCount;
        this.latencyPhase = latencyPhase;
        this.broadcastOfficers = broadcastOfficers;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Figures> results = new LinkedHashMap<>();
        for (String name : System.getProperty("bench.databases", "h2,postgres,postgres1w,postgres2").split(",")) {
            Database database = Database.named(name.trim());
            Optional<String> unusable = database.prepare();
            if (unusable.isPresent()) {
                System.out.printf(Locale.ROOT, "%n=== %s: left out: %s%n", database.label(), unusable.get());
                continue;
            }
            System.out.printf(Locale.ROOT, "%n=== %s%n", database.label());
            Benchmark benchmark = new Benchmark(database, Integer.getInteger("bench.updates", 20_000),
                    Integer.getInteger("bench.officers", 2_000),
                    Duration.ofSeconds(Integer.getInteger("bench.latency-seconds", 60)),
                    Integer.getInteger("bench.broadcast-officers", 200));
            try {
                benchmark.run();
                results.put(database.label(), benchmark.figures);
            } catch (Exception | AssertionError failed) {
                System.out.printf(Locale.ROOT, "=== %s: stopped by %s%n", database.label(), failed);
                failed.printStackTrace(System.out);
            } finally {
                benchmark.close();
            }
        }
        Figures.print(results);
        System.exit(0);
    }

    /** The main figures of one run, for the table at the end. */
    static final class Figures {
        double processedPerSecond = Double.NaN;
        long urgentP99UnderLoad = -1;
        long urgentP99Burst = -1;
        long urgentP99Quiet = -1;
        double broadcastFraction = Double.NaN;
        long tooManyRequests = -1;

        static void print(Map<String, Figures> results) {
            if (results.isEmpty()) {
                return;
            }
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%n%-44s", "figure"));
            results.keySet().forEach(name -> header.append(String.format(Locale.ROOT, " %14s", name)));
            System.out.println(header);
            row(results, "updates processed per second", f -> String.format(Locale.ROOT, "%.0f", f.processedPerSecond));
            row(results, "urgent p99 under 100 reports/s (ms)", f -> String.valueOf(f.urgentP99UnderLoad));
            row(results, "urgent p99, burst of 40 in 2 s (ms)", f -> String.valueOf(f.urgentP99Burst));
            row(results, "urgent p99, quiet bot (ms)", f -> String.valueOf(f.urgentP99Quiet));
            row(results, "broadcast to " + Integer.getInteger("bench.broadcast-officers", 200)
                    + ", fraction of 30/s", f -> String.format(Locale.ROOT, "%.2f", f.broadcastFraction));
            row(results, "429 answers", f -> String.valueOf(f.tooManyRequests));
        }

        private static void row(Map<String, Figures> results, String label,
                java.util.function.Function<Figures, String> value) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-44s", label));
            results.values().forEach(f -> {
                String shown = value.apply(f);
                line.append(String.format(Locale.ROOT, " %14s", shown.equals("-1") || shown.equals("NaN") ? "not run" : shown));
            });
            System.out.println(line);
        }
    }

    /** Where the application keeps its data in one run. */
    record Database(String label, String url, String user, String password, int instances, boolean webhook) {

        static final String SCHEMA = "humas_bench";

        static Database named(String name) {
            // postgres1w: one instance in webhook mode, to compare postgres2 with
            boolean two = name.equalsIgnoreCase("postgres2");
            boolean webhook = two || name.equalsIgnoreCase("postgres1w");
            if (webhook || name.equalsIgnoreCase("postgres") || name.equalsIgnoreCase("postgresql")) {
                String server = System.getProperty("bench.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
                return new Database(two ? "PostgreSQL x2" : webhook ? "PostgreSQL 1w" : "PostgreSQL",
                        server + (server.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                        System.getProperty("bench.postgres-user", "postgres"),
                        System.getProperty("bench.postgres-password", ""), two ? 2 : 1, webhook);
            }
            if (name.equalsIgnoreCase("h2")) {
                try {
                    Path data = Files.createTempDirectory("humas-bench");
                    // -Dbench.statements=true: H2 counts the statements and the intake phase prints the most run
                    String statistics = Boolean.getBoolean("bench.statements") ? ";QUERY_STATISTICS=TRUE" : "";
                    return new Database("H2", "jdbc:h2:file:" + data.resolve("humas-hub") + ";AUTO_SERVER=FALSE"
                            + statistics,
                            "sa", "", 1, false);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            throw new IllegalArgumentException("bench.databases: h2, postgres, postgres1w or postgres2, not " + name);
        }

        /** A fresh schema on PostgreSQL; why the database cannot be used, if it cannot. */
        Optional<String> prepare() {
            if (!url.startsWith("jdbc:postgresql:")) {
                return Optional.empty();
            }
            String server = url.substring(0, url.indexOf("currentSchema=") - 1);
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection(server, user, password);
                 java.sql.Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                statement.execute("CREATE SCHEMA " + SCHEMA);
                return Optional.empty();
            } catch (java.sql.SQLException e) {
                return Optional.of("PostgreSQL does not answer on " + server + " (" + e.getMessage() + ")");
            }
        }
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Humas Hub benchmark on " + database.label()
                        + " — %d cores, Java %s, %s %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        telegram.enforceFloodLimits(FloodLimits.telegramDefaults());
        telegram.setDefaultAwaitTimeout(Duration.ofMinutes(3)); // a broadcast to 2 000 takes over a minute
        start();
        officers = seedOfficers(officerCount);
        intake(Integer.getInteger("bench.warm-up", 20_000), "warm-up (not counted)");
        intake(intakeUpdates, "intake");
        if (database.webhook()) {
            printInstances();
        }
        if (database.webhook() || Boolean.getBoolean("bench.intake-only")) {
            return; // -Dbench.intake-only=true: throughput alone, in a minute or two
        }
        urgentLatency();
        letTheGroupsMinutePass();
        burstLatency();
        letTheGroupsMinutePass();
        quietLatency();
        broadcast(60);
        broadcast(broadcastOfficers);
        broadcast(Math.min(officers.size(), Integer.getInteger("bench.big-broadcast-officers", 2_000)));
        System.out.printf(Locale.ROOT, "429 answers from Telegram: %d (premature retries %d)%n",
                telegram.tooManyRequestsAnswers(), telegram.prematureRetries());
        figures.tooManyRequests = telegram.tooManyRequestsAnswers();
        System.out.printf(Locale.ROOT, "heap used after GC: %d MiB%n", heapAfterGc());
    }

    private void start() throws Exception {
        telegram.setBotUsername("humas_bench_bot");
        if (!database.webhook()) {
            apps.add(startOne());
            telegram.awaitPolling();
        } else {
            List<java.net.URI> backends = new ArrayList<>();
            String secret = "bench_" + Long.toHexString(System.nanoTime()); // one bot: one secret for all instances
            for (int i = 0; i < database.instances(); i++) {
                ConfigurableApplicationContext instance = startOne("--bot.mode=webhook",
                        "--bot.webhook.url=https://bench.humas.example/telegram/webhook",
                        "--bot.webhook.secret=" + secret);
                apps.add(instance);
                backends.add(java.net.URI.create("http://127.0.0.1:"
                        + instance.getEnvironment().getProperty("local.server.port")));
            }
            telegram.routeWebhookTo(backends.toArray(java.net.URI[]::new));
        }
        jdbc = apps.get(0).getBean(JdbcTemplate.class);
    }

    private ConfigurableApplicationContext startOne(String... mode) {
        List<String> arguments = new ArrayList<>(List.of(
                "--bot.api-url=" + telegram.apiUrl(),
                "--bot.token=" + TOKEN,
                "--bot.username=humas_bench_bot",
                "--bot.central-chat-id=" + CENTRAL,
                "--bot.central-team=" + LEAD,
                "--bot.agencies=",
                "--bot.digest.cron=-",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--server.port=0",
                "--management.server.port=0",
                "--logging.level.root=WARN"));
        arguments.addAll(List.of(mode));
        // command-line arguments: they outrank application.yml and a bot-config.yml in the working directory
        return new SpringApplicationBuilder(HumasHubApplication.class).run(arguments.toArray(String[]::new));
    }

    /** How the items were shared between the instances that handled them, and how many deliveries there were. */
    private void printInstances() {
        List<String> itemsPerInstance = apps.stream().map(app -> "%.0f".formatted(app.getBean(MeterRegistry.class)
                .find("humas.items.received").counters().stream().mapToDouble(Counter::count).sum())).toList();
        System.out.printf(Locale.ROOT, "%d instances; items handled per instance %s; webhook deliveries %d%n",
                apps.size(), itemsPerInstance, telegram.webhookDeliveries());
    }

    /** Many officers send routine reports as fast as the double can queue them. */
    private void intake(int updates, String phase) {
        int before = count("SELECT COUNT(*) FROM inbox_update");
        int doneBefore = count("SELECT COUNT(*) FROM inbox_update WHERE status = 'DONE'");
        int itemsBefore = count("SELECT COUNT(*) FROM item");
        long compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        Instant start = Instant.now();
        int last = 0;
        for (int i = 0; i < updates; i++) {
            last = officers.get(i % officers.size())
                    .sends("/agenda Kegiatan rutin nomor " + i + " 12-06-2031 09.00 di Aula").updateId();
        }
        Instant queued = Instant.now();
        // Waiting looks up the last update by its key (the inbox is handled oldest first), and counts only at the
        // end: counting every row 20 times a second took CPU from the bot on 2 cores (10 % of one on PostgreSQL).
        int lastUpdate = last;
        Instant takenIn = waitUntil(() -> count("SELECT COUNT(*) FROM inbox_update WHERE update_id = " + lastUpdate) > 0
                && count("SELECT COUNT(*) FROM inbox_update") - before >= updates, Duration.ofMinutes(10));
        Instant processed = waitUntil(() -> count("SELECT COUNT(*) FROM inbox_update WHERE update_id = " + lastUpdate
                + " AND status = 'DONE'") > 0 && count("SELECT COUNT(*) FROM inbox_update WHERE status = 'DONE'")
                - doneBefore >= updates, Duration.ofMinutes(10));
        int items = count("SELECT COUNT(*) FROM item") - itemsBefore;
        System.out.printf(Locale.ROOT, "%s: %d updates (%d officers); queued by the double in %.2f s%n",
                phase, updates, officers.size(), seconds(start, queued));
        System.out.printf(Locale.ROOT, "%s: taken in %.0f updates/s, processed %.0f updates/s (%d items created)%n",
                phase, updates / seconds(start, takenIn), updates / seconds(start, processed), items);
        figures.processedPerSecond = updates / seconds(start, processed);
        // the JIT compiler shares the two cores with the bot: while it still compiles, the figure is not the steady one
        System.out.printf(Locale.ROOT, "%s: the JIT compiler worked %.1f s of these %.1f s%n", phase,
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingBefore) / 1000.0,
                seconds(start, processed));
        if (Boolean.getBoolean("bench.statements") && database.label().equals("H2")) {
            jdbc.query("SELECT EXECUTION_COUNT, SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                    + " ORDER BY EXECUTION_COUNT DESC LIMIT 40", row -> {
                        System.out.printf(Locale.ROOT, "%8d %s%n", row.getLong(1),
                                row.getString(2).substring(0, Math.min(160, row.getString(2).length())));
                    });
            jdbc.execute("SET QUERY_STATISTICS FALSE");
            jdbc.execute("SET QUERY_STATISTICS TRUE");
        }
        skipWaitingMessages();
    }

    /** One alert every 3.2 s (within the central group's 20 a minute) while officers send 100 reports a second. */
    private void urgentLatency() throws Exception {
        ScheduledExecutorService load = Executors.newScheduledThreadPool(2);
        AtomicInteger background = new AtomicInteger();
        List<UserMessage> alerts = Collections.synchronizedList(new ArrayList<>());
        load.scheduleAtFixedRate(() -> {
            for (int i = 0; i < 10; i++) {
                int n = background.incrementAndGet();
                officers.get(n % officers.size()).sends("/agenda Latar belakang " + n + " 12-06-2031 09.00 di Aula");
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        AtomicInteger alertNumber = new AtomicInteger();
        load.scheduleAtFixedRate(() -> {
            int n = alertNumber.incrementAndGet();
            alerts.add(officers.get(officers.size() - n).sends("/isu Sampel latensi " + n + " selesai"));
        }, 1000, 3200, TimeUnit.MILLISECONDS);
        load.awaitTermination(latencyPhase.toMillis(), TimeUnit.MILLISECONDS);
        load.shutdownNow();
        List<Long> latencies = new ArrayList<>();
        List<UserMessage> sent = List.copyOf(alerts);
        for (int n = 1; n <= sent.size(); n++) {
            String marker = "Sampel latensi " + n + " selesai";
            SentMessage card = telegram.awaitMessageTo(CENTRAL, marker);
            latencies.add(Duration.between(sent.get(n - 1).enqueuedAt(), card.date()).toMillis());
        }
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "urgent latency under %d background reports/s: %d samples, p50 %d ms, p99 %d ms,"
                        + " max %d ms%n", 100, latencies.size(), percentile(latencies, 50), percentile(latencies, 99),
                latencies.get(latencies.size() - 1));
        figures.urgentP99UnderLoad = percentile(latencies, 99);
        skipWaitingMessages();
    }

    /** The central group's rolling minute empties, so the next phase starts with its whole budget. */
    private void letTheGroupsMinutePass() {
        pause(Duration.ofSeconds(61));
    }

    /** The benchmark's own pacing (not a wait for the bot). */
    private static void pause(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until) {
            java.util.concurrent.locks.LockSupport.parkNanos(until - System.nanoTime());
        }
    }

    /** 40 alerts within 2 s on an otherwise quiet bot: how long until each is visible in the group (card or list). */
    private void burstLatency() {
        List<UserMessage> alerts = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            alerts.add(officers.get(officers.size() - 100 - n).sends("/isu Sampel serentak " + n + " selesai"));
            pause(Duration.ofMillis(50));
        }
        List<Long> latencies = new ArrayList<>();
        for (int n = 1; n <= alerts.size(); n++) {
            SentMessage shown = telegram.awaitMessageTo(CENTRAL, "Sampel serentak " + n + " selesai");
            latencies.add(Duration.between(alerts.get(n - 1).enqueuedAt(), shown.date()).toMillis());
        }
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "urgent latency in a burst of 40 within 2 s: p50 %d ms, p99 %d ms, max %d ms;"
                        + " %d messages to the group%n", percentile(latencies, 50), percentile(latencies, 99),
                latencies.get(latencies.size() - 1), telegram.messagesTo(CENTRAL).stream()
                        .filter(m -> m.contains("Sampel serentak")).count());
        figures.urgentP99Burst = percentile(latencies, 99);
    }

    /** One alert every 3.5 s and nothing else going on. */
    private void quietLatency() {
        List<UserMessage> alerts = new ArrayList<>();
        for (int n = 1; n <= 15; n++) {
            alerts.add(officers.get(officers.size() - 200 - n).sends("/isu Sampel tenang " + n + " selesai"));
            telegram.awaitMessageTo(CENTRAL, "Sampel tenang " + n + " selesai");
            pause(Duration.ofMillis(3_500));
        }
        List<Long> latencies = new ArrayList<>();
        for (int n = 1; n <= alerts.size(); n++) {
            SentMessage card = telegram.awaitMessageTo(CENTRAL, "Sampel tenang " + n + " selesai");
            latencies.add(Duration.between(alerts.get(n - 1).enqueuedAt(), card.date()).toMillis());
        }
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "urgent latency on a quiet bot: %d samples, p50 %d ms, p99 %d ms, max %d ms%n",
                latencies.size(), percentile(latencies, 50), percentile(latencies, 99),
                latencies.get(latencies.size() - 1));
        figures.urgentP99Quiet = percentile(latencies, 99);
        skipWaitingMessages();
    }

    /**
     * /siaran to a given number of officers, measured from the command to the last delivery, and from the first
     * delivery to the last.
     */
    private void broadcast(int broadcastOfficers) {
        List<FakeUser> recipients = officers.subList(0, broadcastOfficers);
        jdbc.update("UPDATE officer SET status = 'ACTIVE'");
        jdbc.update("UPDATE officer SET status = 'REPLACED' WHERE user_id NOT IN ("
                + String.join(",", recipients.stream().map(u -> String.valueOf(u.id())).toList()) + ")");
        long tooManyBefore = telegram.tooManyRequestsAnswers();
        long since = telegram.checkpoint();
        lead.in(central).sends("/siaran Pengumuman untuk semua petugas");
        // measured from the press on Kirim under the preview, when the broadcast starts to go
        CallbackPress command = lead.in(central).presses(
                telegram.awaitMessageToSince(since, CENTRAL, m -> m.hasButton("Kirim")), "Kirim");
        telegram.awaitMessageToSince(since, CENTRAL, m -> m.contains("Laporan siaran"));
        List<Instant> deliveries = new ArrayList<>();
        for (FakeUser officer : recipients) {
            telegram.messagesTo(officer.id()).stream()
                    .filter(m -> m.seq() > since && m.contains("Pengumuman untuk semua petugas"))
                    .map(SentMessage::date)
                    .forEach(deliveries::add);
        }
        Collections.sort(deliveries);
        double elapsed = seconds(command.enqueuedAt(), deliveries.get(deliveries.size() - 1));
        double rate = deliveries.size() / elapsed;
        double firstToLast = seconds(deliveries.get(0), deliveries.get(deliveries.size() - 1));
        if (broadcastOfficers == this.broadcastOfficers) {
            figures.broadcastFraction = Math.min(firstToLast == 0 ? 1 : (deliveries.size() - 1) / firstToLast / 30.0, 9.99);
        }
        System.out.printf(Locale.ROOT, "broadcast: %d of %d officers in %.2f s = %.1f messages/s = %.2f of the 30/s"
                        + " limit; first to last send %.2f s = %.2f of the limit; 429s during it: %d%n",
                deliveries.size(), recipients.size(), elapsed, rate, rate / 30.0, firstToLast,
                Math.min(firstToLast == 0 ? 1 : (deliveries.size() - 1) / firstToLast / 30.0, 9.99),
                telegram.tooManyRequestsAnswers() - tooManyBefore);
    }

    private List<FakeUser> seedOfficers(int count) {
        List<FakeUser> seeded = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            long userId = 500_000L + i;
            String agency = "Instansi " + i;
            jdbc.update("INSERT INTO agency (name, name_key, created_at) VALUES (?, ?, ?)", agency,
                    agency.toLowerCase(Locale.ROOT), now);
            jdbc.update("INSERT INTO officer (agency_id, user_id, chat_id, display_name, status, registered_at)"
                    + " SELECT id, ?, ?, ?, 'ACTIVE', ? FROM agency WHERE name_key = ?", userId, userId,
                    "Petugas " + i, now, agency.toLowerCase(Locale.ROOT));
            seeded.add(telegram.user(userId, "Petugas" + i));
        }
        return seeded;
    }

    /** Benchmark housekeeping only: see the class comment. */
    private void skipWaitingMessages() {
        jdbc.update("UPDATE outbox_message SET status = 'SKIPPED' WHERE status = 'PENDING' AND chat_id > 0");
    }

    private int count(String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }

    /** When a condition became true, to the nearest 50 ms (polling more often would take CPU from the bot). */
    private static Instant waitUntil(Callable<Boolean> condition, Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(condition);
        return Instant.now();
    }

    private static long percentile(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private void close() {
        apps.forEach(ConfigurableApplicationContext::close);
        telegram.close();
    }
}
