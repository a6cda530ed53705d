package id.humas.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application, in a JVM of its own on an H2 file whose URL names no setting, handles an isu and is then
 * stopped as an operator stops it (SIGTERM). Nothing it logs on the way down may be an ERROR: an operator reading
 * the log after a routine restart must not have to wonder what broke.
 */
class CleanShutdownTest {

    private static final String TOKEN = "135790:STOP-token-for-the-double-000000";
    private static final String BOT = "humas_stop_bot";
    private static final long CENTRAL = -1002000000007L;
    private static final long LEAD_ID = 9601;
    private static final Pattern ERROR_LINE = Pattern.compile("^\\S+\\s+ERROR\\s");

    @TempDir
    Path temp;

    private final FakeTelegram telegram = new FakeTelegram(TOKEN);
    private ChildApplication application;

    @AfterEach
    void stopEverything() {
        if (application != null) {
            application.kill();
        }
        telegram.close();
    }

    @Test
    void aStoppedApplicationLogsNoError() throws Exception {
        telegram.setBotUsername(BOT);
        telegram.setDefaultAwaitTimeout(Duration.ofSeconds(90));
        // as Telegram does, a getUpdates waits long for updates, so the stop comes while one is under way
        telegram.setMaxLongPollWait(Duration.ofSeconds(30));
        telegram.start();
        FakeChat central = telegram.group(CENTRAL, "Tim Humas Pusat");
        FakeUser lead = telegram.user(LEAD_ID, "Rina");
        Path log = Path.of("target", "crash-test", "shutdown.log");
        Files.deleteIfExists(log);
        application = new ChildApplication(List.of(
                "--bot.api-url=" + telegram.apiUrl(),
                "--bot.token=" + TOKEN,
                "--bot.username=" + BOT,
                "--bot.central-chat-id=" + CENTRAL,
                "--bot.central-team=" + LEAD_ID,
                "--bot.digest.cron=-",
                "--spring.datasource.url=jdbc:h2:file:" + temp.resolve("db").resolve("humas-hub").toAbsolutePath()),
                temp, log);
        application.start();

        lead.sends("/undang Dinas Perhubungan");
        SentMessage invite = telegram.awaitMessageTo(lead.id(), "?start=");
        FakeUser officer = telegram.user(9602, "Sari");
        officer.sends("/start " + invite.plainText().replaceAll("(?s).*\\?start=([A-Za-z0-9_-]+).*", "$1"));
        telegram.awaitMessageTo(officer.id(), "Selamat datang");
        officer.sends("/isu Lampu lalu lintas padam di simpang lima stop-0001");
        telegram.awaitMessageTo(CENTRAL, "stop-0001");
        await("the confirmation to the officer").atMost(Duration.ofSeconds(30))
                .until(() -> telegram.messagesTo(officer.id()).size() >= 2);

        application.stop();

        assertThat(application.isAlive()).as("the application after SIGTERM").isFalse();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(lines).as("the log of an orderly shutdown").anyMatch(line -> line.contains("Shutdown completed"));
        assertThat(lines).as("ERROR lines in %s", log).noneMatch(line -> ERROR_LINE.matcher(line).find());
    }
}
