package id.humas.hub.crash;

import static id.humas.hub.crash.TelegramRecord.inMoreThanOne;
import static id.humas.hub.crash.TelegramRecord.itemNumbers;
import static id.humas.hub.crash.TelegramRecord.missing;
import static id.humas.hub.crash.TelegramRecord.originalText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.humas.hub.crash.KillSwitchProxy.AtTheKill;
import id.humas.hub.crash.KillSwitchProxy.Call;
import id.humas.hub.crash.KillSwitchProxy.Exchange;
import id.humas.hub.crash.TelegramRecord.Repeat;
import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application, run as a process of its own against the Bot API double, is killed with SIGKILL in the middle
 * of a burst and in the middle of a digest, and started again on the same H2 file database. Telegram (the
 * double) keeps its state across the restarts and delivers again what the dead process had not confirmed.
 * Nothing may be lost; only a send whose outcome the process could not know when it died may reach Telegram
 * twice. The two scenarios run in order on one application and one database, which is checked at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryTest {

    private static final String TOKEN = "246810:CRASH-token-for-the-double-00000";
    private static final String BOT = "humas_crash_bot";
    private static final long CENTRAL = -1002000000002L;
    private static final long LEAD_ID = 9501;
    private static final int ISSUE_OFFICERS = 12;
    private static final int LAPOR_OFFICERS = 4;
    private static final int FIRST_WAVE_ISSUES = 4;
    private static final int AGENDA_PER_OFFICER = 5;
    private static final Duration SETTLE = Duration.ofSeconds(90);
    /**
     * Nothing sent for this long while something is missing: it is not coming. Longer than a minute: when the
     * central group's rolling minute is full, the next urgent list rightly waits for it.
     */
    private static final Duration STALLED = Duration.ofSeconds(65);
    private static final Pattern INVITE = Pattern.compile("Undangan untuk (.+)\\n.*\\?start=([A-Za-z0-9_-]+)");
    private static final String QUESTION = "Ini laporan apa?";
    private static final String FILLER = " Kegiatan sosialisasi keterbukaan informasi publik bersama warga"
            + " kecamatan dan kelurahan, dihadiri camat, lurah, dan tokoh masyarakat setempat.";

    @TempDir
    static Path temp;

    private final FakeTelegram telegram = new FakeTelegram(TOKEN);
    private final TelegramRecord record = new TelegramRecord(telegram);
    private final FakeChat central = telegram.group(CENTRAL, "Tim Humas Pusat");
    private final FakeUser lead = telegram.user(LEAD_ID, "Rina");
    private final List<FakeUser> issueOfficers = new ArrayList<>();
    private final List<FakeUser> laporOfficers = new ArrayList<>();
    private final List<String> issueTokens = new ArrayList<>();
    /** Tokens of the items meant for the digest, in the order sent. */
    private final List<String> routineTokens = new ArrayList<>();
    private final List<Kill> kills = new ArrayList<>();
    private final List<Repeat> repeats = new ArrayList<>();
    private ChildApplication application;
    private KillSwitchProxy proxy;
    private Path database;
    private boolean burstSurvived;

    /** One kill: how far Telegram's record went before it, and the sends whose outcome was unknown. */
    private record Kill(String scenario, long checkpoint, AtTheKill sends) {
    }

    @RegisterExtension
    final TestWatcher reportOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            printWhatHappened();
        }
    };

    @BeforeAll
    void startTheApplicationAndRegisterOfficers() throws Exception {
        telegram.setBotUsername(BOT);
        telegram.setDefaultAwaitTimeout(SETTLE);
        telegram.start();
        proxy = new KillSwitchProxy(telegram.apiUrl(), () -> application.kill());
        database = temp.resolve("db").resolve("humas-hub");
        Path log = Path.of("target", "crash-test", getClass().getSimpleName() + ".log");
        Files.deleteIfExists(log);
        application = new ChildApplication(List.of(
                "--bot.api-url=" + proxy.url(),
                "--bot.token=" + TOKEN,
                "--bot.username=" + BOT,
                "--bot.central-chat-id=" + CENTRAL,
                "--bot.central-team=" + LEAD_ID,
                "--bot.agencies=Sekretariat Daerah",
                "--bot.digest.cron=-",
                "--spring.datasource.url=" + jdbcUrl()), temp, log);
        try {
            start();
            register();
        } catch (Throwable setUpFailed) {
            printWhatHappened();
            throw setUpFailed;
        }
    }

    @AfterAll
    void stopEverything() {
        if (application != null) {
            application.kill();
        }
        if (proxy != null) {
            proxy.close();
        }
        telegram.close();
    }

    @Test
    @Order(1)
    void killedMidBurstItLosesNoItemAndRelaysEveryIssue() throws Exception {
        long start = telegram.checkpoint();
        CompletableFuture<AtTheKill> killed = proxy.arm(new SecondWaveStored());
        for (int round = 0; round < FIRST_WAVE_ISSUES; round++) {
            for (FakeUser officer : issueOfficers) {
                sendIssue(officer, round);
            }
        }
        for (FakeUser officer : laporOfficers) {
            String token = "burst-l-%03d".formatted(routineTokens.size());
            routineTokens.add(token);
            officer.sends("/lapor " + token + FILLER);
        }

        restartAfter("burst", killed);
        settle(() -> missing(issueTokens, record.textsIn(CENTRAL, start)).isEmpty()
                && laporOfficers.stream().allMatch(officer -> record.anySince(officer.id(), start, QUESTION)));
        for (FakeUser officer : laporOfficers) {
            telegram.messagesTo(officer.id()).stream().filter(m -> m.seq() > start && m.contains(QUESTION))
                    .findFirst().ifPresent(question -> officer.presses(question, "Rilis"));
        }
        settle(() -> issueOfficers.stream().allMatch(o -> confirmed(o, start) >= FIRST_WAVE_ISSUES + 1)
                && laporOfficers.stream().allMatch(o -> confirmed(o, start) >= 1));
        awaitQuiet();

        Kill kill = lastKill();
        List<Repeat> resent = repeatsAcross(kill, start);
        List<String> group = record.textsIn(CENTRAL, start);
        Set<String> notRelayed = missing(issueTokens, group);
        Set<Long> confirmedNotInGroup = issueOfficers.stream()
                .flatMap(officer -> record.confirmedTo(officer.id(), start).stream())
                .filter(number -> !itemNumbers(group).contains(number))
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Integer> relayedTwice = inMoreThanOne(issueTokens, group);
        int sent = issueTokens.size() + laporOfficers.size();
        int confirmed = issueOfficers.stream().mapToInt(o -> confirmed(o, start)).sum()
                + laporOfficers.stream().mapToInt(o -> confirmed(o, start)).sum();
        System.out.printf("crash test (kill mid-burst): sent=%d, confirmed=%d, relayed=%d, lost=%d, duplicates=%d"
                        + " (tokens relayed more than once: %s; sends under way at the kill: %d;"
                        + " stored updates Telegram delivered again: %d)%n",
                sent, confirmed, issueTokens.size() - notRelayed.size(),
                Math.max(0, sent - confirmed) + notRelayed.size() + confirmedNotInGroup.size(), resent.size(),
                relayedTwice, kill.sends().underWay().size(), proxy.redelivered());

        assertThat(telegram.pendingUpdateCount()).as("updates Telegram still holds").isZero();
        assertThat(proxy.redelivered()).as("stored, unconfirmed updates Telegram delivered again").isPositive();
        assertThat(notRelayed).as("issues that never reached the central group").isEmpty();
        assertThat(confirmedNotInGroup).as("confirmed issues missing from the central group").isEmpty();
        for (FakeUser officer : issueOfficers) {
            assertThat(record.confirmedTo(officer.id(), start)).as("items confirmed to %s", officer.firstName())
                    .hasSize(FIRST_WAVE_ISSUES + 1);
        }
        for (FakeUser officer : laporOfficers) {
            assertThat(record.confirmedTo(officer.id(), start)).as("items confirmed to %s", officer.firstName())
                    .hasSize(1);
        }
        assertOnlyUnknownOutcomesRepeated(kill, resent, relayedTwice.keySet());
        burstSurvived = true;
    }

    @Test
    @Order(2)
    void killedMidDigestTheDigestCompletesWithoutRepeatingItself() throws Exception {
        Assumptions.assumeTrue(burstSurvived, "runs on what the burst scenario left");
        long start = telegram.checkpoint();
        for (int round = 0; round < AGENDA_PER_OFFICER; round++) {
            for (FakeUser officer : issueOfficers) {
                String token = "dgst-a-%03d".formatted(routineTokens.size());
                routineTokens.add(token);
                officer.sends("/agenda " + token + FILLER + " 12-06-2031 09.00 di Aula");
            }
        }
        settle(() -> issueOfficers.stream().allMatch(officer -> confirmed(officer, start) >= AGENDA_PER_OFFICER));

        long digestStart = telegram.checkpoint();
        AtomicInteger pieces = new AtomicInteger();
        CompletableFuture<AtTheKill> killed = proxy.arm(new KillSwitchProxy.KillSwitch() {
            /** The second piece reaches the group; the process dies before it learns so. */
            @Override
            public boolean after(Exchange exchange) {
                return exchange.ok() && exchange.call().is("sendMessage") && exchange.call().chatId() == CENTRAL
                        && pieces.incrementAndGet() == 2;
            }
        });
        lead.in(central).sends("/ringkasan");

        restartAfter("digest", killed);
        settle(() -> lastPieceSince(digestStart));
        awaitQuiet();

        Kill kill = lastKill();
        List<Repeat> resent = repeatsAcross(kill, start);
        List<SentMessage> digest = telegram.messagesTo(CENTRAL).stream().filter(m -> m.seq() > digestStart).toList();
        long digestsPosted = digest.stream().filter(m -> m.contains("Ringkasan laporan"))
                .map(TelegramRecord::originalText).distinct().count();
        Set<String> notInDigest = missing(routineTokens, record.textsIn(CENTRAL, digestStart));
        int inTheNextDigest = notInDigest.size();
        if (!notInDigest.isEmpty()) {
            // an item recorded for the digest only after the digest was taken belongs to the next one
            long nextStart = telegram.checkpoint();
            lead.in(central).sends("/ringkasan");
            settle(() -> lastPieceSince(nextStart));
            notInDigest = missing(notInDigest, record.textsIn(CENTRAL, nextStart));
        }
        System.out.printf("crash test (kill mid-digest): items=%d, pieces=%d, in the digest=%d, in the next=%d,"
                        + " lost=%d, duplicates=%d (sends under way at the kill: %d)%n",
                routineTokens.size(), digest.size(), routineTokens.size() - inTheNextDigest,
                inTheNextDigest - notInDigest.size(), notInDigest.size(), resent.size(),
                kill.sends().underWay().size());

        assertThat(digest.size()).as("pieces of the digest").isGreaterThanOrEqualTo(3);
        assertThat(notInDigest).as("items no digest showed").isEmpty();
        assertThat(digestsPosted).as("digests posted for one /ringkasan").isEqualTo(1);
        for (FakeUser officer : issueOfficers) {
            assertThat(record.confirmedTo(officer.id(), start)).as("agenda items confirmed to %s",
                    officer.firstName()).hasSize(AGENDA_PER_OFFICER);
        }
        assertOnlyUnknownOutcomesRepeated(kill, resent, Set.of());

        theDatabaseAgreesWithTelegram();
    }

    /** With the process gone for good, its database must hold exactly what Telegram saw. */
    void theDatabaseAgreesWithTelegram() throws Exception {
        awaitOutboxDrained();
        awaitQuiet();
        application.kill();
        List<String> tokens = new ArrayList<>(issueTokens);
        tokens.addAll(routineTokens);
        DatabaseRecord stored = DatabaseRecord.read(jdbcUrl(), tokens);
        System.out.printf("crash test (database): updates stored=%d (Telegram handed out %d), not handled=%d,"
                        + " tokens not in exactly one item=%s, outbox rows not sent=%d%n",
                stored.updates(), telegram.lastDeliveredUpdateId(), stored.updatesNotDone(),
                stored.tokensNotExactlyOnce(), stored.outboxNotSent().size());

        assertThat(stored.updates()).as("updates stored").isEqualTo(telegram.lastDeliveredUpdateId());
        assertThat(stored.updatesNotDone()).as("updates not handled").isZero();
        assertThat(stored.tokensNotExactlyOnce()).as("tokens not turned into exactly one item").isEmpty();
        assertThat(stored.outboxNotSent()).as("outgoing messages not sent").isEmpty();
        for (Repeat repeat : repeats) {
            assertThat(stored.recordedAsSent(repeat.original().chatId(), repeat.original().messageId()))
                    .as("%s was sent again though recorded as sent", repeat.original()).isFalse();
        }
    }

    // ---- the application's life ----------------------------------------------------------------------------

    private void start() {
        long pollsBefore = telegram.getUpdatesCalls();
        proxy.reopen();
        application.start();
        await("the application polling Telegram").atMost(SETTLE).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!application.isAlive()) {
                        throw new AssertionError("the application exited on start " + application.starts());
                    }
                    return telegram.getUpdatesCalls() > pollsBefore;
                });
    }

    private void restartAfter(String scenario, CompletableFuture<AtTheKill> killed) throws Exception {
        AtTheKill sends = killed.get(SETTLE.toSeconds(), TimeUnit.SECONDS);
        assertThat(application.isAlive()).as("the application after SIGKILL").isFalse();
        await("calls the dead process had under way").atMost(SETTLE).until(() -> proxy.sendsUnderWay() == 0);
        kills.add(new Kill(scenario, telegram.checkpoint(), sends));
        start();
    }

    private Kill lastKill() {
        return kills.get(kills.size() - 1);
    }

    /**
     * Waits until {@code done}, or until the application has sent nothing for a long while: then what is missing
     * is not coming, and the counts tell what was lost.
     */
    private void settle(BooleanSupplier done) {
        AtomicLong lastSeq = new AtomicLong(-1);
        AtomicLong lastChange = new AtomicLong(System.nanoTime());
        await("the application to settle").atMost(SETTLE).pollInterval(Duration.ofMillis(100)).until(() -> {
            long seq = telegram.checkpoint();
            if (lastSeq.getAndSet(seq) != seq) {
                lastChange.set(System.nanoTime());
            }
            return done.getAsBoolean() || System.nanoTime() - lastChange.get() > STALLED.toNanos();
        });
    }

    /**
     * Until the bot says no outgoing message waits: a notice or digest piece may rightly wait for the central group's
     * rolling minute. The lead asks privately, which costs the group nothing.
     */
    private void awaitOutboxDrained() {
        await("the outbox to drain").atMost(SETTLE).pollInterval(Duration.ofSeconds(2)).until(() -> {
            long since = telegram.checkpoint();
            lead.sends("/kondisi");
            SentMessage health = telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("Kondisi bot"));
            return health.plainText().contains("Pesan keluar menunggu: 0,");
        });
    }

    /** Nothing more is sent for a while: whatever a restart repeats has been repeated by now. */
    private void awaitQuiet() {
        AtomicLong seen = new AtomicLong(-1);
        await("quiet").atMost(SETTLE).pollInterval(Duration.ofMillis(100)).during(Duration.ofMillis(1500))
                .until(() -> seen.getAndSet(telegram.checkpoint()) == telegram.checkpoint());
    }

    // ---- what the users do ------------------------------------------------------------------------------------

    /** One invite per agency, all at once, as the lead would paste them; then every officer opens theirs. */
    private void register() {
        long since = telegram.checkpoint();
        int total = ISSUE_OFFICERS + LAPOR_OFFICERS;
        for (int i = 1; i <= total; i++) {
            lead.sends("/undang " + agency(i));
        }
        Map<String, String> codes = new HashMap<>();
        await("invite links").atMost(SETTLE).pollInterval(Duration.ofMillis(100)).until(() -> {
            for (SentMessage reply : telegram.messagesTo(lead.id())) {
                Matcher invite = INVITE.matcher(reply.seq() > since ? reply.plainText() : "");
                if (invite.find()) {
                    codes.put(invite.group(1).strip(), invite.group(2));
                }
            }
            return codes.size() == total;
        });
        for (int i = 1; i <= total; i++) {
            FakeUser officer = telegram.user(7000 + i, "Petugas" + i, "petugas" + i);
            officer.sends("/start " + codes.get(agency(i)));
            (i <= ISSUE_OFFICERS ? issueOfficers : laporOfficers).add(officer);
        }
        issueOfficers.forEach(officer -> telegram.awaitMessageTo(officer.id(), "Selamat datang"));
        laporOfficers.forEach(officer -> telegram.awaitMessageTo(officer.id(), "Selamat datang"));
    }

    private static String agency(int number) {
        return "Dinas Uji %02d".formatted(number);
    }

    /** Called from the test and from the proxy's threads; returns the update's id. */
    private synchronized int sendIssue(FakeUser officer, int round) {
        String token = "burst-i-%03d".formatted(issueTokens.size());
        issueTokens.add(token);
        return officer.sends("/isu " + token + " Jalan ambles dan warga mengeluh, ronde " + round).updateId();
    }

    /**
     * The moment of the burst kill. When the third issue reaches the group, a second wave of issues arrives; the
     * kill comes as the application, having stored that whole wave, asks for more, which would confirm it. The
     * application is busy handling and sending the first wave (confirmed to Telegram long ago), and the second
     * exists only in its inbox, so Telegram delivers it again to the next process.
     */
    private final class SecondWaveStored implements KillSwitchProxy.KillSwitch {

        private final AtomicInteger relayed = new AtomicInteger();
        private final AtomicInteger lastOfSecondWave = new AtomicInteger();

        @Override
        public boolean after(Exchange exchange) {
            Call call = exchange.call();
            // counts tokens, not messages, in case several issues travel in one message
            if (exchange.ok() && call.is("sendMessage") && call.chatId() == CENTRAL && relayed.get() < 3
                    && relayed.addAndGet(call.text().split("burst-i-", -1).length - 1) >= 3) {
                issueOfficers.forEach(officer -> lastOfSecondWave.accumulateAndGet(
                        sendIssue(officer, FIRST_WAVE_ISSUES), Math::max));
            }
            return false;
        }

        @Override
        public boolean before(Call call) {
            return call.is("getUpdates") && lastOfSecondWave.get() > 0
                    && call.params().path("offset").asInt() > lastOfSecondWave.get();
        }
    }

    // ---- judging what Telegram saw ------------------------------------------------------------------------

    private int confirmed(FakeUser officer, long since) {
        return record.confirmedTo(officer.id(), since).size();
    }

    private boolean lastPieceSince(long since) {
        return record.anySince(CENTRAL, since, "Belum mengirim laporan")
                || record.anySince(CENTRAL, since, "Semua instansi sudah");
    }

    /** Messages repeated since the mark; each must have gone out before the kill and again after it. */
    private List<Repeat> repeatsAcross(Kill kill, long since) {
        List<Repeat> found = record.repeatsSince(since);
        for (Repeat repeat : found) {
            System.out.println("  sent before the kill and again after it: "
                    + abbreviate(originalText(repeat.copy())) + " (to " + repeat.copy().chatId() + ")");
            assertThat(repeat.original().seq() <= kill.checkpoint() && repeat.copy().seq() > kill.checkpoint())
                    .as("%s sent again as %s within one run of the application", repeat.original(), repeat.copy())
                    .isTrue();
        }
        repeats.addAll(found);
        return found;
    }

    /**
     * Only a send whose outcome the application could not know at the kill may have reached Telegram twice: one
     * under way, or one answered just before that it had not recorded yet (theDatabaseAgreesWithTelegram checks
     * that it had not). With one sender, that is one message at most.
     */
    private void assertOnlyUnknownOutcomesRepeated(Kill kill, List<Repeat> resent, Set<String> tokens) {
        Set<String> unknown = kill.sends().unknownOutcome().stream().map(Call::text).collect(Collectors.toSet());
        assertThat(resent).as("messages sent twice").hasSizeLessThanOrEqualTo(
                Math.max(1, kill.sends().underWay().size()));
        for (Repeat repeat : resent) {
            assertThat(unknown).as("sends of unknown outcome at the kill, for the repeated %s", repeat.copy())
                    .contains(originalText(repeat.original()));
        }
        for (String token : tokens) {
            assertThat(unknown).as("sends of unknown outcome at the kill carrying %s", token)
                    .anyMatch(text -> text.contains(token));
        }
    }

    private String jdbcUrl() {
        return "jdbc:h2:file:" + database.toAbsolutePath() + urlSettings();
    }

    /** The settings of application.yml's URL (the bot itself makes every commit reach the file when it returns). */
    String urlSettings() {
        return ";AUTO_SERVER=FALSE";
    }

    private void printWhatHappened() {
        for (Kill kill : kills) {
            System.out.println("---- " + kill.scenario() + " kill after #" + kill.checkpoint() + ", under way: "
                    + describe(kill.sends().underWay()) + ", answered last: " + describe(kill.sends().lastAnswered()));
        }
        System.out.println("---- what the central group received ----");
        telegram.messagesTo(CENTRAL).forEach(m -> System.out.println("#" + m.seq() + " message " + m.messageId()
                + ": " + abbreviate(originalText(m))));
        if (application != null) {
            System.out.println("---- last lines of the application (" + application.log() + ") ----");
            System.out.println(application.tail(120));
        }
    }

    private static List<String> describe(List<Call> calls) {
        return calls.stream().map(c -> c.method() + " " + c.chatId() + " " + abbreviate(c.text())).toList();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 100 ? oneLine.substring(0, 100) + "…" : oneLine;
    }
}
