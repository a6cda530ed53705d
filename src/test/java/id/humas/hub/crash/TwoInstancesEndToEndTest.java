package id.humas.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.FloodLimits;
import id.humas.hub.fake.SentMessage;
import id.humas.hub.instances.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances of the application, each a JVM of its own, in webhook mode on one PostgreSQL database behind one
 * "reverse proxy" (the double delivers round robin to both, as Telegram delivers to the proxy), with Telegram's
 * real limits enforced by the double. Ten officers send a burst of 100 reports, split across both instances, and
 * either instance may handle any report, each claimed by one; in the middle of it the instance that sends is
 * killed with SIGKILL, and the second half of the burst comes while the proxy still sends every other update to the
 * dead one. Every report is recorded once, by one instance, and confirmed to its officer (each officer wrote before
 * registering, so both instances must see a registration the other recorded); no 429 ever comes, though both
 * instances received updates for every chat.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesEndToEndTest {

    private static final String TOKEN = "135790:TWO-instances-token-for-the-double-0";
    private static final String BOT = "humas_two_bot";
    private static final long CENTRAL = -1003000000003L;
    private static final long LEAD_ID = 9701;
    private static final int OFFICERS = 10;
    private static final int REPORTS_EACH = 10;
    private static final String URL = "https://bot.humas.example.go.id/telegram/webhook";
    private static final Duration SETTLE = Duration.ofMinutes(4);
    private static final Pattern INVITE = Pattern.compile("Undangan untuk (.+)\\n.*\\?start=([A-Za-z0-9_-]+)");
    private static final Pattern ITEM_NUMBER = Pattern.compile("#(\\d+)");
    private static final Pattern RECEIVED = Pattern.compile("Item #(\\d+) received");

    @TempDir
    static Path temp;

    private final FakeTelegram telegram = new FakeTelegram(TOKEN);
    private final FakeUser lead = telegram.user(LEAD_ID, "Rina");
    private final List<FakeUser> officers = new ArrayList<>();
    private final Map<String, ChildApplication> instances = new HashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private String database;
    private JdbcTemplate jdbc;

    @RegisterExtension
    final TestWatcher reportOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            instances.forEach((name, instance) -> System.err.printf("----- instance %s (pid %d) -----%n%s%n", name,
                    instance.pid(), instance.tail(150)));
        }
    };

    @BeforeAll
    void startTwoInstancesOnOnePostgresDatabase() throws Exception {
        database = TestDatabases.newPostgresDatabase("humas_twoinst", "the two-instance test");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(TestDatabases.postgresUrl(database), "postgres", ""));
        telegram.setBotUsername(BOT);
        telegram.setDefaultAwaitTimeout(SETTLE);
        telegram.setWebhookRetryDelay(Duration.ofMillis(300));
        telegram.enforceFloodLimits(FloodLimits.telegramDefaults());
        telegram.group(CENTRAL, "Tim Humas Pusat");
        telegram.start();
        String secret = "two_" + UUID.randomUUID().toString().replace("-", "");
        for (String name : List.of("a", "b")) {
            int port = freePort();
            ports.put(name, port);
            Path log = Path.of("target", "two-instances", "instance-" + name + ".log");
            Files.deleteIfExists(log);
            Path directory = Files.createDirectories(temp.resolve(name));
            instances.put(name, new ChildApplication(List.of(
                    "--server.port=" + port,
                    "--bot.api-url=" + telegram.apiUrl(),
                    "--bot.token=" + TOKEN,
                    "--bot.username=" + BOT,
                    "--bot.central-chat-id=" + CENTRAL,
                    "--bot.central-team=" + LEAD_ID,
                    "--bot.digest.cron=-",
                    "--bot.mode=webhook",
                    "--bot.webhook.url=" + URL,
                    "--bot.webhook.secret=" + secret,
                    "--bot.lease.ttl=6s",
                    "--spring.datasource.url=" + TestDatabases.postgresUrl(database),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password="), directory, log));
        }
        instances.values().forEach(ChildApplication::start);
        telegram.routeWebhookTo(URI.create("http://127.0.0.1:" + ports.get("a")),
                URI.create("http://127.0.0.1:" + ports.get("b")));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await("both instances up").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                ports.values().stream().allMatch(port -> answers(http, port)));
        register();
    }

    @AfterAll
    void stopEverything() {
        instances.values().forEach(ChildApplication::kill);
        telegram.close();
        if (database != null) {
            TestDatabases.dropPostgresDatabase(database);
        }
    }

    @Test
    void aBurstSplitAcrossTwoInstancesIsHandledOnceWithinTelegramsLimitsThoughTheSendingInstanceIsKilled() {
        long since = telegram.checkpoint();
        long deliveriesBefore = telegram.webhookDeliveries();
        List<String> tokens = new ArrayList<>();
        sendReports(0, REPORTS_EACH / 2, tokens);
        await("a third of the burst recorded").atMost(SETTLE).pollInterval(Duration.ofMillis(50))
                .until(() -> recorded() >= 30);
        String sender = holder("sending");
        ChildApplication killed = instances.get(sender);
        killed.kill();
        long recordedAtTheKill = recorded();
        // the rest of the burst comes while one instance is dead: the proxy still sends it every other update
        sendReports(REPORTS_EACH / 2, REPORTS_EACH, tokens);

        await("every report recorded").atMost(SETTLE).pollInterval(Duration.ofSeconds(1))
                .until(() -> recorded() == tokens.size());
        await("every report confirmed").atMost(SETTLE).pollInterval(Duration.ofSeconds(1))
                .until(() -> confirmationsSince(since).size() >= tokens.size());

        Map<String, Long> itemsPerToken = jdbc.queryForList("SELECT body FROM item WHERE body LIKE 'burst-%'",
                String.class).stream().collect(Collectors.groupingBy(body -> body.substring(0, 11),
                Collectors.counting()));
        assertThat(itemsPerToken).hasSize(tokens.size()).allSatisfy((token, count) -> assertThat(count).isEqualTo(1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_update WHERE status <> 'DONE'", Integer.class))
                .isZero();
        List<SentMessage> confirmations = confirmationsSince(since);
        Map<String, Long> perItem = confirmations.stream().collect(Collectors.groupingBy(
                TwoInstancesEndToEndTest::itemNumber, Collectors.counting()));
        assertThat(perItem).as("one confirmation per item").hasSize(tokens.size());
        // Only a send whose outcome the killed instance could not record may reach Telegram twice: at most one,
        // the one in flight at the kill.
        assertThat(confirmations.size() - tokens.size()).as("confirmations sent twice").isLessThanOrEqualTo(1);
        for (FakeUser officer : officers) {
            assertThat(confirmations.stream().filter(m -> m.chatId() == officer.id()).map(
                    TwoInstancesEndToEndTest::itemNumber).distinct().count()).isEqualTo(REPORTS_EACH);
        }
        assertThat(telegram.tooManyRequestsAnswers()).as("429 answers").isZero();
        assertThat(telegram.prematureRetries()).isZero();
        assertThat(telegram.webhookDeliveries() - deliveriesBefore).as("deliveries, some to the dead instance")
                .isGreaterThan(tokens.size());
        assertThat(holder("sending")).as("the sending lease, taken over").isNotEqualTo(sender);
        Map<String, List<String>> itemsHandled = new HashMap<>();
        instances.forEach((name, instance) -> itemsHandled.put(name, itemsReceivedIn(instance)));
        // which instance claims a report is a matter of timing (the killed one may have handled none before the
        // kill); that none is handled by both is not
        String survivor = sender.equals("a") ? "b" : "a";
        assertThat(itemsHandled.get(survivor)).as("items the surviving instance handled").isNotEmpty();
        assertThat(itemsHandled.get("a")).as("items both instances handled")
                .doesNotContainAnyElementsOf(itemsHandled.get("b"));
        assertThat(recordedAtTheKill).isLessThan(tokens.size());
        System.out.printf("Two instances: killed %s (the sender) with %d of %d reports recorded; %d deliveries;"
                        + " %d confirmations sent twice; items handled by a: %d, by b: %d%n", sender,
                recordedAtTheKill, tokens.size(), telegram.webhookDeliveries() - deliveriesBefore,
                confirmations.size() - tokens.size(), itemsHandled.get("a").size(), itemsHandled.get("b").size());
    }

    private void sendReports(int fromRound, int toRound, List<String> tokens) {
        for (int round = fromRound; round < toRound; round++) {
            for (int i = 0; i < OFFICERS; i++) {
                String token = "burst-%02d-%02d".formatted(i, round);
                tokens.add(token);
                officers.get(i).sends("/lapor " + token + " Kegiatan sosialisasi keterbukaan informasi publik");
            }
        }
    }

    private void register() {
        long since = telegram.checkpoint();
        for (int i = 1; i <= OFFICERS; i++) {
            lead.sends("/undang " + agency(i));
        }
        Map<String, String> codes = new HashMap<>();
        await("invite links").atMost(SETTLE).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (SentMessage reply : telegram.messagesTo(lead.id())) {
                Matcher invite = INVITE.matcher(reply.seq() > since ? reply.plainText() : "");
                if (invite.find()) {
                    codes.put(invite.group(1).strip(), invite.group(2));
                }
            }
            return codes.size() == OFFICERS;
        });
        for (int i = 1; i <= OFFICERS; i++) {
            FakeUser officer = telegram.user(7700 + i, "Petugas" + i, "petugas" + i);
            // written to before registering: the instance that answered must see at once the registration that
            // the other instance may record
            officer.sends("Selamat pagi, saya petugas baru");
            telegram.awaitMessageTo(officer.id(), "belum terdaftar");
            officer.sends("/start " + codes.get(agency(i)));
            officers.add(officer);
        }
        officers.forEach(officer -> telegram.awaitMessageTo(officer.id(), "Selamat datang"));
    }

    private long recorded() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM item WHERE body LIKE 'burst-%'", Long.class);
        return count == null ? 0 : count;
    }

    private List<SentMessage> confirmationsSince(long since) {
        return officers.stream().flatMap(officer -> telegram.messagesTo(officer.id()).stream())
                .filter(message -> message.seq() > since && message.plainText().contains("tercatat"))
                .toList();
    }

    /** Which instance ("a" or "b") holds the lease. */
    private String holder(String lease) {
        String owner = jdbc.queryForObject("SELECT owner FROM lease WHERE name = ?", String.class, lease);
        Function<String, Boolean> owns = name -> owner != null && owner.contains(":" + instances.get(name).pid() + ":");
        return owns.apply("a") ? "a" : owns.apply("b") ? "b" : "none (" + owner + ")";
    }

    /** The items an instance logged as received: it logs one line for each item it handled, once committed. */
    private static List<String> itemsReceivedIn(ChildApplication instance) {
        try (var lines = Files.lines(instance.log())) {
            return lines.map(RECEIVED::matcher).filter(Matcher::find).map(found -> found.group(1)).toList();
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String itemNumber(SentMessage confirmation) {
        Matcher number = ITEM_NUMBER.matcher(confirmation.plainText());
        return number.find() ? number.group(1) : "?";
    }

    private static String agency(int number) {
        return "Dinas Uji %02d".formatted(number);
    }

    private static boolean answers(HttpClient http, int port) {
        try {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
