package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With bot.language=en every text, button and menu is English; the commands keep working under both names. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EnglishEndToEndTest {

    private static final long CENTRAL = -1002000000002L;
    private static final FakeTelegram telegram = new FakeTelegram(EndToEndTest.TOKEN).start();

    private final FakeChat central = telegram.group(CENTRAL, "Central PR team");
    private final FakeUser lead = telegram.user(9101, "Maya");

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        EndToEndTest.isolatedBot(registry, telegram, CENTRAL, 9101);
        registry.add("bot.language", () -> "en");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-en;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void everythingTheBotSaysIsEnglish() {
        lead.sends("/invite Health Office");
        SentMessage invite = telegram.awaitMessageTo(lead.id(), "?start=");
        assertThat(invite.plainText()).contains("Invite for Health Office").contains("Single use");

        FakeUser officer = telegram.user(9201, "Ana");
        officer.sends("/start " + EndToEndTest.inviteCode(invite));
        telegram.awaitMessageTo(officer.id(), "Welcome, Ana");

        officer.sends("/alert Flood near the <river> & market");
        telegram.awaitMessageTo(officer.id(), "passed to the central PR team at once");
        SentMessage card = telegram.awaitMessageTo(CENTRAL, "ISSUE #");
        assertThat(card.buttonTexts()).containsExactly("Handle", "Accept", "Request revision", "Reject", "Published");
        assertThat(card.plainText()).contains("Flood near the <river> & market");

        officer.sends("Photos of the ceremony");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "What is this?");
        assertThat(question.buttonTexts()).contains("Activity", "Agenda", "Release", "Issue", "Cancel");
        officer.presses(question, "Activity");
        SentMessage phase = telegram.awaitMessageTo(officer.id(), m -> m.hasButton("After"));
        officer.presses(phase, "After");
        telegram.awaitMessageTo(officer.id(), m -> m.contains("Activity · After") && m.contains("recorded"));

        lead.in(central).sends("/digest");
        SentMessage digest = telegram.awaitMessageTo(CENTRAL, "Digest");
        assertThat(digest.plainText()).contains("Health Office").contains("Activity");
    }

    @Test
    void theMenusUseTheEnglishNames() {
        JsonNode officers = telegram.awaitCall("setMyCommands",
                call -> "all_private_chats".equals(call.json("scope").path("type").asText())).json("commands");

        assertThat(officers.findValuesAsText("command")).contains("alert", "report", "agenda", "status", "cancel",
                "help");
        assertThat(officers.findValuesAsText("description")).contains("Send an urgent issue to the PR team");
    }
}
