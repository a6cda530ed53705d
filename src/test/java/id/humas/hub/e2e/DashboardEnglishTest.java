package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With bot.language=en the dashboard and the /login answer are English, whatever the browser asks for. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DashboardEnglishTest extends BotTest {

    private static final FakeTelegram telegram = new FakeTelegram(TOKEN).start();

    @Autowired
    MockMvc web;

    @Override
    FakeTelegram fake() {
        return telegram;
    }

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        isolatedBot(registry, telegram, CENTRAL_CHAT, LEAD_ID);
        registry.add("bot.language", () -> "en");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-web-en;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void pagesAndTheLoginLinkAreInEnglish() throws Exception {
        String home = page("/");
        assertThat(home).contains("Open issues").contains("Bot health").doesNotContain("Isu terbuka");
        assertThat(page("/arsip")).contains("Item archive").contains("Download CSV");
        assertThat(page("/rekap?bulan=2026-06")).contains("Monthly recap June 2026");
        assertThat(web.perform(get("/login").header("Accept-Language", "id-ID")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("send <b>/login</b> to the bot");

        long since = telegram.checkpoint();
        lead.sends("/login");
        SentMessage reply = telegram.awaitMessageToSince(since, LEAD_ID, message -> message.plainText().contains("token="));
        assertThat(reply.plainText()).contains("Log in to the dashboard").contains("valid for 10 minutes");
    }

    private String page(String path) throws Exception {
        return web.perform(get(path).header("Accept-Language", "id-ID").with(user(String.valueOf(LEAD_ID))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
