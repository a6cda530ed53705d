package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard in a real browser (Debian's chromium through chromium-driver, Selenium Manager kept offline): a
 * team member logs in through the link the bot sent to the Telegram double, finds an agency's isu with its photo in
 * the archive, exports the filtered archive and reads the file back, accepts the item and sees the card in the
 * group edited and the officer told; every page is saved as a screenshot in docs/screenshots/. Skipped, with the
 * reason, where the browser is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DashboardBrowserTest extends BotTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("docs/screenshots");
    private static final String DASHBOARD = "https://humas.example.go.id";
    private static final FakeTelegram telegram = new FakeTelegram(TOKEN).start();
    private static final Pattern LOGIN_LINK = Pattern.compile(Pattern.quote(DASHBOARD) + "(/login/ott\\?token=[A-Za-z0-9-]+)");
    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

    @LocalServerPort
    int port;

    @TempDir
    Path downloads;

    @TempDir
    Path profile;

    private ChromeDriver browser;

    @Override
    FakeTelegram fake() {
        return telegram;
    }

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        isolatedBot(registry, telegram, CENTRAL_CHAT, LEAD_ID);
        unthrottled(registry);
        registry.add("bot.dashboard.url", () -> DASHBOARD);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-web-browser;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @BeforeEach
    void openBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        browser = new ChromeDriver(options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTeamMemberLogsInFromTelegramFindsAnAgencysIsuExportsItAndAcceptsIt() throws Exception {
        String agency = agencyName("Dinas Kesehatan");
        FakeUser officer = registeredOfficer("Budi", agency);
        FakeUser other = registeredOfficer("Sari", agencyName("Dinas Pendidikan"));
        telegram.registerFile("banjir-foto", "photo", "banjir.jpg", jpeg());
        long item = submitted(officer, () -> officer.sendsPhoto("banjir-foto",
                "/isu Banjir setinggi 1 meter di Puskesmas Kelurahan Sukamaju"));
        long otherItem = submitted(other, () -> other.sends("/isu Atap kelas roboh di SDN 5"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, message -> message.plainText().contains("#" + item)
                && message.hasButton("Terima"));

        // the link the bot sent, opened on this test's server; the GET only shows the button
        String link = loginLink();
        browser.get(base() + link);
        screenshot("01-masuk");
        browser.findElement(By.id("masuk")).click();
        waitFor(By.id("open-issues"));
        assertThat(browser.findElement(By.id("open-issues")).getText()).contains("#" + item).contains(agency)
                .contains("belum ditangani");
        screenshot("02-beranda");

        // the archive, filtered by agency with htmx, then by words
        browser.get(base() + "/arsip");
        String before = browser.findElement(By.id("count")).getText();
        new Select(browser.findElement(By.name("instansi"))).selectByVisibleText(agency);
        patiently().until(driver ->
                !driver.findElement(By.id("count")).getText().equals(before));
        assertThat(browser.findElement(By.id("items")).getText()).contains("#" + item)
                .doesNotContain("#" + otherItem);
        assertThat(browser.getCurrentUrl()).contains("instansi=");
        screenshot("03-arsip");

        // the export is exactly the filter: this agency's item and nothing else
        browser.findElement(By.id("export-csv")).click();
        Path file = await().atMost(Duration.ofSeconds(20)).until(() -> downloaded(".csv"), found -> found != null);
        List<String> lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFNomor,");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(item + ",").contains(agency).contains("Banjir setinggi 1 meter");

        // the item with its photo, accepted here: the group's card loses its buttons, the officer hears it
        browser.findElement(By.linkText("#" + item)).click();
        waitFor(By.id("actions"));
        WebElement photo = browser.findElement(By.cssSelector(".media img"));
        patiently().until(driver -> ((Number) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", photo)).intValue() > 0);
        assertThat(photo.getAttribute("src")).doesNotContain(TOKEN).startsWith(base() + "/laporan/" + item + "/media/0");
        screenshot("04-laporan");
        long since = telegram.checkpoint();
        browser.findElement(By.id("step-accept")).click();
        waitFor(By.id("notice"));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("#" + item);
        telegram.awaitMessageToSince(since, officer.id(), message -> message.plainText().contains("#" + item)
                && message.plainText().contains("diterima"));
        await().untilAsserted(() -> {
            SentMessage edited = telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow();
            assertThat(edited.hasButton("Terima")).isFalse();
            assertThat(edited.plainText()).contains("Diterima");
        });
        assertThat(browser.findElements(By.id("step-accept"))).isEmpty();
        screenshot("05-laporan-diterima");

        browser.get(base() + "/instansi");
        assertThat(browser.findElement(By.id("agencies")).getText()).contains(agency).contains("Budi");
        screenshot("06-instansi");
        browser.get(base() + "/analitik");
        waitFor(By.cssSelector("#chart-agency svg"));
        screenshot("07-analitik");
        browser.get(base() + "/rekap?bulan=" + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta"))
                + "&instansi=" + agencyId(agency));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(agency).contains("Isu: 1");
        screenshot("08-rekap");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String loginLink() {
        long since = telegram.checkpoint();
        lead.sends("/masuk");
        SentMessage reply = telegram.awaitMessageToSince(since, LEAD_ID,
                message -> message.plainText().contains("token="));
        Matcher link = LOGIN_LINK.matcher(reply.plainText());
        assertThat(link.find()).as("login link in %s", reply.plainText()).isTrue();
        return link.group(1);
    }

    private String agencyId(String agency) {
        browser.get(base() + "/arsip");
        return new Select(browser.findElement(By.name("instansi"))).getOptions().stream()
                .filter(option -> option.getText().equals(agency)).findFirst().orElseThrow().getAttribute("value");
    }

    private long submitted(FakeUser officer, Runnable sending) {
        long since = telegram.checkpoint();
        sending.run();
        SentMessage confirmation = telegram.awaitMessageToSince(since, officer.id(),
                message -> NUMBER.matcher(message.plainText()).find());
        Matcher number = NUMBER.matcher(confirmation.plainText());
        assertThat(number.find()).isTrue();
        return Long.parseLong(number.group(1));
    }

    private WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private void waitFor(By element) {
        patiently().until(driver -> !driver.findElements(element).isEmpty());
    }

    private Path downloaded(String extension) throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(path -> path.toString().endsWith(extension)).findFirst().orElse(null);
        }
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small picture of water, as an officer's photo. */
    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(120, 170, 210));
        graphics.fillRect(0, 0, 320, 200);
        graphics.setColor(new Color(40, 90, 150));
        graphics.fillRect(0, 120, 320, 80);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
