package id.humas.hub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.humas.hub.HumasHubApplication;
import id.humas.hub.e2e.TestClock;
import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.awaitility.Awaitility;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A simulated year of a 60-agency province, run through the real application (in this JVM, on an H2 file, against
 * the Bot API double, with the application clock moved day by day): on every working day each agency's officer
 * sends two routine reports and one agenda, the province two isu; the digest, the morning agenda and the coverage
 * questions run on their schedules. Run once with {@code bot.retention.days} at its default and once with
 * retention off; prints the rows left and the H2 file's size. Figures go into docs/benchmarks.md.
 * <p>
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=id.humas.hub.bench.YearOfTraffic
 * -Dexec.classpathScope=test} (system properties {@code year.agencies}, {@code year.days}, {@code year.retention}
 * = on, off or both; {@code year.h2-settings}, e.g. {@code ;RETENTION_TIME=0}, is added to the H2 URL).
 */
public final class YearOfTraffic {

    private static final String TOKEN = "123456:YEAR-token-for-the-double-0000000000";
    private static final String BOT = "humas_year_bot";
    private static final long CENTRAL = -1009000000019L;
    private static final long LEAD = 9911;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Pattern INVITE = Pattern.compile("Undangan untuk (.+)\\n.*\\?start=([A-Za-z0-9_-]+)");
    private static final String REPORT = "Kegiatan sosialisasi keterbukaan informasi publik bersama warga kecamatan"
            + " dan kelurahan, dihadiri camat, lurah, dan tokoh masyarakat setempat; dokumentasi menyusul.";
    private static final List<String> TABLES = List.of("inbox_update", "outbox_message", "event_publication",
            "item", "item_version", "review_action", "digest_entry");

    private final int agencies;
    private final int days;
    private final boolean retention;

    private YearOfTraffic(int agencies, int days, boolean retention) {
        this.agencies = agencies;
        this.days = days;
        this.retention = retention;
    }

    public static void main(String[] args) throws Exception {
        int agencies = Integer.getInteger("year.agencies", 60);
        int days = Integer.getInteger("year.days", 365);
        System.out.printf(Locale.ROOT, "Humas Hub, a simulated year — %d agencies, %d days, %d cores, Java %s%n",
                agencies, days, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        String variant = System.getProperty("year.retention", "both");
        if (!"off".equals(variant)) {
            new YearOfTraffic(agencies, days, true).run();
        }
        if (!"on".equals(variant)) {
            new YearOfTraffic(agencies, days, false).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        TestClock clock = new TestClock(ZonedDateTime.of(2031, 1, 1, 7, 0, 0, 0, WIB).toInstant(), WIB);
        Path data = Files.createTempDirectory("humas-year");
        try (FakeTelegram telegram = new FakeTelegram(TOKEN).start()) {
            telegram.setBotUsername(BOT);
            ConfigurableApplicationContext app = new SpringApplicationBuilder(HumasHubApplication.class)
                    .initializers(context -> ((GenericApplicationContext) context).registerBean(Clock.class,
                            () -> clock, definition -> definition.setPrimary(true)))
                    .run("--bot.api-url=" + telegram.apiUrl(),
                            "--bot.token=" + TOKEN,
                            "--bot.username=" + BOT,
                            "--bot.central-chat-id=" + CENTRAL,
                            "--bot.central-team=" + LEAD,
                            "--bot.agencies=",
                            "--bot.jobs.check-every=50ms",
                            "--bot.escalation.minutes=10000000",
                            "--bot.limits.global-per-second=100000",
                            "--bot.limits.private-per-second=100000",
                            "--bot.limits.group-per-minute=10000000",
                            "--bot.limits.user-messages-per-minute=100000",
                            "--bot.retention.days=" + (retention ? 90 : 100_000),
                            "--spring.datasource.url=jdbc:h2:file:" + data.resolve("humas-hub")
                                    + System.getProperty("year.h2-settings", ""),
                            "--logging.level.root=WARN");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            telegram.awaitPolling();
            List<FakeUser> officers = register(telegram, jdbc);
            int items = 0;
            for (int day = 0; day < days; day++) {
                LocalDate date = LocalDate.of(2031, 1, 1).plusDays(day);
                boolean working = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
                if (working) {
                    String week = date.plusDays(7).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
                    List<String> rounds = List.of("/lapor " + REPORT + " " + date + " pagi",
                            "/agenda Rapat koordinasi " + date + " " + week + " 09.00 di Aula",
                            "/lapor " + REPORT + " " + date + " siang");
                    for (int round = 0; round < rounds.size(); round++) {
                        clock.advanceTo(date.atTime(LocalTime.of(10 + 2 * round, 0)).atZone(WIB));
                        drained(jdbc);
                        long since = telegram.checkpoint();
                        for (FakeUser officer : officers) {
                            officer.sends(rounds.get(round));
                        }
                        items += officers.size();
                        drained(jdbc);
                        answerTheQuestions(telegram, officers, since);
                    }
                    officers.get(day % officers.size()).sends("/isu Jalan ambles di kecamatan, warga mengeluh " + date);
                    officers.get((day + 7) % officers.size()).sends("/isu Keluhan warga soal layanan " + date);
                    items += 2;
                    drained(jdbc);
                }
                clock.advanceTo(date.atTime(LocalTime.of(17, 0)).atZone(WIB));
                drained(jdbc);
                if ((day + 1) % 15 == 0) {
                    System.out.printf(Locale.ROOT, "  retention %s, day %d: %d items sent, %d rows in inbox_update,"
                                    + " %d in outbox_message, %d in event_publication, file %.1f MiB (%d s)%n",
                            retention ? "on" : "off", day + 1, items, count(jdbc, "SELECT COUNT(*) FROM inbox_update"),
                            count(jdbc, "SELECT COUNT(*) FROM outbox_message"),
                            count(jdbc, "SELECT COUNT(*) FROM event_publication"), size(data) / 1048576.0,
                            Duration.between(started, Instant.now()).toSeconds());
                }
            }
            clock.advanceTo(LocalDate.of(2031, 1, 1).plusDays(days).atTime(LocalTime.of(4, 0)).atZone(WIB));
            drained(jdbc);
            Map<String, Integer> rows = new HashMap<>();
            TABLES.forEach(table -> rows.put(table, count(jdbc, "SELECT COUNT(*) FROM " + table)));
            long open = size(data);
            app.close();
            System.out.printf(Locale.ROOT, "retention %s: %d items sent; rows %s; H2 file %.1f MiB while running,"
                            + " %.1f MiB after a clean stop; took %d s%n",
                    retention ? "90 days" : "off", items, rows, open / 1048576.0, size(data) / 1048576.0,
                    Duration.between(started, Instant.now()).toSeconds());
        }
    }

    private List<FakeUser> register(FakeTelegram telegram, JdbcTemplate jdbc) {
        FakeChat central = telegram.group(CENTRAL, "Tim Humas Pusat");
        FakeUser lead = telegram.user(LEAD, "Lead");
        for (int i = 1; i <= agencies; i++) {
            lead.sends("/undang Dinas Nomor " + i);
        }
        Map<String, String> codes = new HashMap<>();
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (SentMessage reply : telegram.messagesTo(LEAD)) {
                Matcher invite = INVITE.matcher(reply.plainText());
                if (invite.find()) {
                    codes.put(invite.group(1).strip(), invite.group(2));
                }
            }
            return codes.size() == agencies;
        });
        List<FakeUser> officers = new ArrayList<>();
        for (int i = 1; i <= agencies; i++) {
            FakeUser officer = telegram.user(70_000 + i, "Petugas" + i);
            officer.sends("/start " + codes.get("Dinas Nomor " + i));
            officers.add(officer);
        }
        Awaitility.await().atMost(Duration.ofMinutes(5)).until(() ->
                count(jdbc, "SELECT COUNT(*) FROM officer WHERE status = 'ACTIVE'") == agencies);
        return officers;
    }

    /** Officers answer "Ini laporan apa?" as they would, and the report becomes an item. */
    private static void answerTheQuestions(FakeTelegram telegram, List<FakeUser> officers, long since) {
        for (FakeUser officer : officers) {
            telegram.messagesTo(officer.chatId()).stream()
                    .filter(m -> m.seq() > since && m.contains("Ini laporan apa?")).findFirst()
                    .ifPresent(question -> officer.presses(question, "Rilis"));
        }
    }

    /** Waits until every update is handled, every message sent and every event completed. */
    private static void drained(JdbcTemplate jdbc) {
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> count(jdbc, "SELECT COUNT(*) FROM inbox_update WHERE status = 'PENDING'")
                        + count(jdbc, "SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'")
                        + count(jdbc, "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL") == 0);
    }

    private static int count(JdbcTemplate jdbc, String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }

    private static long size(Path data) throws Exception {
        try (Stream<Path> files = Files.list(data)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
