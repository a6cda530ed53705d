package id.humas.hub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import id.humas.hub.HumasHubApplication;
import id.humas.hub.fake.FakeTelegram;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;

/**
 * The dashboard with 100 000 items on an H2 file database: filtered archive pages (p50/p95 over varied filters) and
 * the export of all of them as CSV and XLSX (time, bytes, heap in use while it runs). Run by
 * {@code mvn -B -Pbenchmark test} after {@link Benchmark}; figures in docs/benchmarks.md.
 */
public final class DashboardBenchmark {

    private static final String TOKEN = "123456:BENCH-token-for-the-double-000000000";
    private static final long CENTRAL = -1009000000001L;
    private static final long LEAD = 8001;
    private static final int AGENCIES = 50;
    private static final String[] CATEGORIES = {"ACTIVITY", "AGENDA", "RELEASE", "ISSUE"};
    private static final String[] STATUSES = {"NEW", "ACCEPTED", "PUBLISHED", "REJECTED"};
    private static final String[] WORDS = {"banjir", "rapat koordinasi", "vaksinasi", "jalan rusak", "festival",
            "sosialisasi", "pelantikan", "bantuan sosial"};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int items;
    private final FakeTelegram telegram = new FakeTelegram(TOKEN).start();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private ConfigurableApplicationContext app;
    private String base;

    private DashboardBenchmark(int items) {
        this.items = items;
    }

    public static void main(String[] args) throws Exception {
        DashboardBenchmark benchmark = new DashboardBenchmark(Integer.getInteger("bench.dashboard-items", 100_000));
        try {
            benchmark.run();
        } finally {
            if (benchmark.app != null) {
                benchmark.app.close();
            }
            benchmark.telegram.close();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Humas Hub dashboard benchmark — %d cores, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        start();
        seed();
        logIn();
        archivePages(50, "warm-up (not counted)");
        archivePages(300, "archive");
        export("/arsip/ekspor.csv", "CSV");
        export("/arsip/ekspor.xlsx", "XLSX");
    }

    private void start() throws IOException {
        Path data = Files.createTempDirectory("humas-dashboard-bench");
        String agencies = IntStream.rangeClosed(1, AGENCIES).mapToObj(i -> "Dinas Bench " + i)
                .collect(Collectors.joining(","));
        app = new SpringApplicationBuilder(HumasHubApplication.class).run(
                "--bot.api-url=" + telegram.apiUrl(),
                "--bot.token=" + TOKEN,
                "--bot.username=humas_bench_bot",
                "--bot.central-chat-id=" + CENTRAL,
                "--bot.central-team=" + LEAD,
                "--bot.agencies=" + agencies,
                "--bot.digest.cron=-",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("humas-hub") + ";AUTO_SERVER=FALSE",
                "--server.port=0",
                "--management.server.port=0",
                "--logging.level.root=WARN");
        base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** 100 000 items over two years, 50 agencies, every kind and state, inserted directly. */
    private void seed() {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<Long> agencies = jdbc.queryForList("SELECT id FROM agency ORDER BY id", Long.class);
        Random random = new Random(42);
        Instant now = Instant.now();
        long started = System.nanoTime();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            batch.add(new Object[] {agencies.get(random.nextInt(agencies.size())), 1L, 500_000L + i, category,
                    category.equals("ACTIVITY") ? "POST" : null,
                    "Laporan " + i + ": " + WORDS[random.nextInt(WORDS.length)] + " di kecamatan "
                            + random.nextInt(300) + ", dihadiri warga dan perangkat daerah.",
                    STATUSES[random.nextInt(STATUSES.length)],
                    Timestamp.from(now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60))))});
            if (batch.size() == 5_000) {
                insert(jdbc, batch);
            }
        }
        insert(jdbc, batch);
        System.out.printf(Locale.ROOT, "seeded %d items in %d s%n", items,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("INSERT INTO item (agency_id, officer_id, officer_user_id, category, phase, body, status,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch);
        batch.clear();
    }

    /** A session as a team member gets it: a one-time token, the page it opens, the POST with its CSRF token. */
    private void logIn() throws Exception {
        String token = app.getBean(OneTimeTokenService.class)
                .generate(new GenerateOneTimeTokenRequest(String.valueOf(LEAD), Duration.ofMinutes(10)))
                .getTokenValue();
        String page = get("/login/ott?token=" + token).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login/ott"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&_csrf=" + enc(csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || !login.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("login failed: " + login.statusCode());
        }
    }

    /** Filtered pages as the team uses them: an agency, a kind, a state, a quarter, words; some deep pages. */
    private void archivePages(int requests, String label) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<Long> agencies = jdbc.queryForList("SELECT id FROM agency ORDER BY id", Long.class);
        Random random = new Random(7);
        List<Long> nanos = new ArrayList<>();
        List<List<Long>> byKind = IntStream.range(0, 6).mapToObj(k -> (List<Long>) new ArrayList<Long>()).toList();
        for (int i = 0; i < requests; i++) {
            StringBuilder query = new StringBuilder("/arsip?");
            switch (i % 6) {
                case 0 -> query.append("instansi=").append(agencies.get(random.nextInt(agencies.size())));
                case 1 -> query.append("jenis=").append(CATEGORIES[random.nextInt(CATEGORIES.length)])
                        .append("&status=").append(STATUSES[random.nextInt(STATUSES.length)]);
                case 2 -> query.append("dari=2026-01-01&sampai=2026-03-31&instansi=")
                        .append(agencies.get(random.nextInt(agencies.size())));
                case 3 -> query.append("kata=").append(enc(WORDS[random.nextInt(WORDS.length)]));
                case 4 -> query.append("halaman=").append(1 + random.nextInt(200));
                default -> query.append("kata=").append(enc(WORDS[random.nextInt(WORDS.length)]))
                        .append("&jenis=ISSUE&halaman=3");
            }
            long started = System.nanoTime();
            HttpResponse<String> page = get(query.toString());
            nanos.add(System.nanoTime() - started);
            byKind.get(i % 6).add(nanos.get(nanos.size() - 1));
            if (page.statusCode() != 200) {
                throw new IllegalStateException(query + " answered " + page.statusCode());
            }
        }
        nanos.sort(null);
        System.out.printf(Locale.ROOT, "%s: %d filtered pages of %d items, p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                label, requests, items, nanos.get(requests / 2) / 1e6, nanos.get(requests * 95 / 100) / 1e6,
                nanos.get(requests - 1) / 1e6);
        String[] kinds = {"agency", "kind+state", "agency+quarter", "words", "deep page", "words+kind, page 3"};
        for (int k = 0; k < kinds.length; k++) {
            List<Long> times = byKind.get(k);
            times.sort(null);
            System.out.printf(Locale.ROOT, "  %-20s p50 %.0f ms, p95 %.0f ms%n", kinds[k], times.get(times.size() / 2) / 1e6,
                    times.get(times.size() * 95 / 100) / 1e6);
        }
    }

    /** The whole archive exported; heap in use sampled every 20 ms while it runs. */
    private void export(String path, String label) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        sampler.interrupt();
        sampler.join();
        System.out.printf(Locale.ROOT, "export %s of %d items: %d ms, %.1f MiB%s, heap in use before %d MiB, peak"
                        + " %d MiB (status %d)%n", label, items, took.toMillis(), bytes / 1048576.0,
                label.equals("CSV") ? ", " + (lines - 1) + " rows" : "", baseline / 1048576, peak.get() / 1048576,
                response.statusCode());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
