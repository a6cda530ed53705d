package id.humas.hub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.humas.hub.HumasHubApplication;
import id.humas.hub.agency.Officers;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.intake.ItemArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's first command on a fresh machine: the application started as {@code main} starts it, with no token,
 * becomes the sandbox — the bot against its own double, a demo province built through the bot — and a newcomer's
 * first five minutes in a real browser (Debian's chromium through chromium-driver, Selenium Manager kept offline):
 * a team member invites an agency, a new person opens the invite and registers, sends a kegiatan with an album and
 * an isu; the team sees the card, accepts it, asks for the digest, lets an isu wait 15 minutes and opens the
 * dashboard. The browser part is skipped, with the reason, where the browser is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Pattern ISU_NUMBER = Pattern.compile("#(\\d+)");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path data;

    @TempDir
    static Path profile;

    private static ConfigurableApplicationContext app;
    private static String base;

    @BeforeAll
    static void startWithoutToken() {
        app = HumasHubApplication.application().run("--bot.token=", "--server.port=0",
                "--bot.sandbox.data-dir=" + data.resolve("sandbox"));
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        SandboxStart start = app.getBean(SandboxStart.class);
        await().atMost(Duration.ofMinutes(6)).until(start::ready);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        // Spring Boot hands the log pattern to the logging system through a system property, which outlives the
        // application: later tests in this JVM are no sandbox and must not log as one.
        System.clearProperty("LOG_LEVEL_PATTERN");
    }

    @Test
    @Order(1)
    void withoutATokenTheSandboxRunsWithTheDemoProvince() throws Exception {
        assertThat(app.getEnvironment().getProperty(SandboxMode.ACTIVE_KEY)).isEqualTo("true");
        assertThat(app.getEnvironment().getProperty("spring.datasource.url"))
                .startsWith("jdbc:h2:file:" + data.resolve("sandbox").toAbsolutePath().normalize());

        FakeTelegram telegram = app.getBean(FakeTelegram.class);
        HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(telegram.apiUrl() + "/bot" + SandboxMode.TOKEN + "/getMe")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.body()).contains("\"ok\":true").contains(SandboxMode.USERNAME);
        assertThat(app.getEnvironment().getProperty("bot.api-url")).isEqualTo(telegram.apiUrl());

        assertThat(app.getBean(Officers.class).active()).hasSize(12);
        ItemArchive archive = app.getBean(ItemArchive.class);
        assertThat(archive.openIssues()).isNotEmpty();
        LocalDate today = app.getBean(SandboxClock.class).now().toLocalDate();
        assertThat(archive.agendaOn(today)).hasSize(2);
        assertThat(telegram.messagesTo(SandboxMode.CENTRAL_CHAT)).anyMatch(m -> m.fileId() != null);

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/sandbox")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("SANDBOX").contains("Dinas Kesehatan").contains("Rina");
        assertThat(telegram.calls()).noneMatch(call -> !call.ok() && String.valueOf(call.description()).startsWith("Bad Request"));
    }

    @Test
    @Order(2)
    void aNewcomersFirstFiveMinutes() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeDriver browser = browser();
        try {
            Walk walk = new Walk(browser);
            browser.get(base + "/sandbox");
            assertThat(browser.findElement(By.id("sandbox-banner")).getText()).contains("SANDBOX");

            // the team invites a new agency; a new person opens the link and is registered
            walk.choose(DemoCast.LEAD_ID);
            walk.type("private", "/undang Dinas Komunikasi dan Informatika");
            walk.clickInLine("private", "Dinas Komunikasi dan Informatika", By.className("open-invite"));
            walk.awaitLine("private", "Selamat datang");

            // a kegiatan with photos: an album, then the kind and phase with the bot's buttons
            walk.typeAnd("private", "Sosialisasi aplikasi layanan publik di Kecamatan Coblong", "private-album");
            walk.press("private", "Ini laporan apa?", "Kegiatan");
            walk.press("private", "kapan kegiatannya?", "Pasca");
            walk.awaitLine("private", "Kegiatan · Pasca");
            assertThat(walk.panel("private").findElements(By.cssSelector(".line.person img"))).hasSize(3);

            // an isu
            walk.type("private", "/isu Jaringan internet Mal Pelayanan Publik padam sejak pagi; layanan KTP terhenti");
            String isu = walk.awaitLine("private", "tercatat dan langsung diteruskan");
            Matcher number = ISU_NUMBER.matcher(isu);
            assertThat(number.find()).isTrue();

            // the team sees the card in its group and accepts it
            walk.choose(DemoCast.LEAD_ID);
            walk.press("group", "ISU #" + number.group(1), "Terima");
            walk.awaitLine("group", "ISU #" + number.group(1), line -> line.contains("Status: Diterima"));

            // and asks for the digest, which names the new agency
            walk.type("group", "/ringkasan");
            walk.awaitLine("group", "Ringkasan laporan", line -> line.contains("Dinas Komunikasi dan Informatika"));

            screenshot(browser);

            // the seeded isu nobody handled is raised again 15 minutes later
            browser.findElement(By.id("clock-quarter")).click();
            walk.awaitLine("group", "Isu belum ditangani");

            // the dashboard in one click, as the demo team
            browser.findElement(By.id("open-dashboard")).click();
            await().atMost(PATIENCE).ignoreExceptions().until(() ->
                    browser.findElement(By.id("open-issues")).isDisplayed());
            assertThat(browser.findElement(By.className("sandbox-flag")).getText()).isEqualTo("SANDBOX");
        } finally {
            browser.quit();
        }
    }

    /** The page as the README shows it. */
    private static void screenshot(ChromeDriver browser) {
        try {
            Path file = Path.of("docs/screenshots/09-sandbox.png");
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ChromeDriver browser() {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        return new ChromeDriver(options);
    }

    /** What a person does on the page; every step waits for the page as a person would look at it. */
    private record Walk(ChromeDriver browser) {

        void choose(long userId) {
            await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
                    browser.findElement(By.cssSelector("a[data-person='" + userId + "']")).click());
            await().atMost(PATIENCE).ignoreExceptions().until(() ->
                    browser.findElement(By.cssSelector("a.active[data-person='" + userId + "']")).isDisplayed());
        }

        WebElement panel(String which) {
            return browser.findElement(By.id(which + "-messages"));
        }

        void type(String which, String text) {
            typeAnd(which, text, which + "-send");
        }

        void typeAnd(String which, String text, String button) {
            await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
                WebElement field = browser.findElement(By.id(which + "-text"));
                field.clear();
                field.sendKeys(text);
                browser.findElement(By.id(button)).click();
            });
        }

        String awaitLine(String which, String text) {
            return awaitLine(which, text, line -> true);
        }

        String awaitLine(String which, String text, java.util.function.Predicate<String> also) {
            String[] found = new String[1];
            await().atMost(PATIENCE).ignoreExceptions().until(() -> {
                List<WebElement> lines = panel(which).findElements(By.className("line"));
                for (int i = lines.size() - 1; i >= 0; i--) {
                    String line = lines.get(i).getText();
                    if (line.contains(text) && also.test(line)) {
                        found[0] = line;
                        return true;
                    }
                }
                return false;
            });
            return found[0];
        }

        void press(String which, String lineText, String button) {
            clickInLine(which, lineText, By.xpath(".//button[contains(@class,'inline') and normalize-space()='"
                    + button + "']"));
        }

        void clickInLine(String which, String lineText, By target) {
            await().atMost(PATIENCE).ignoreExceptions().until(() -> {
                List<WebElement> lines = panel(which).findElements(By.className("line"));
                for (int i = lines.size() - 1; i >= 0; i--) {
                    WebElement line = lines.get(i);
                    List<WebElement> buttons = line.findElements(target);
                    if (line.getText().contains(lineText) && !buttons.isEmpty()) {
                        buttons.get(0).click();
                        return true;
                    }
                }
                return false;
            });
        }
    }
}
