package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.RecordedCall;
import org.junit.jupiter.api.Test;

class StrangersEndToEndTest extends EndToEndTest {

    @Test
    void anUnregisteredUserIsToldHowToRegisterAndNothingReachesTheTeam() {
        FakeUser stranger = newUser("Orang");

        stranger.sends("Ada kebakaran di pasar, tolong disebarkan");
        telegram.awaitMessageTo(stranger.id(), "belum terdaftar");
        stranger.sends("/isu Kebakaran pasar induk");
        stranger.sendsPhoto("stranger-photo", "lihat ini");

        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(),
                m -> m.contains("Kebakaran") || m.contains("kebakaran") || m.fileIds().contains("stranger-photo"));
        assertThat(telegram.messagesTo(stranger.id())).allSatisfy(m -> assertThat(m.plainText()).contains("belum terdaftar"));
    }

    @Test
    void strangersInTheCentralGroupMeetSilence() {
        FakeUser stranger = newUser("Tamu");
        long since = telegram.checkpoint();

        stranger.in(central).sends("/ringkasan");
        stranger.in(central).sends("/daftar");
        stranger.in(central).sends("halo semua");
        lead.in(central).sends("/status");

        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.lastChangeSeq() > since);
    }

    @Test
    void commandsForAnotherBotAreIgnored() {
        FakeUser stranger = newUser("Lain");
        long since = telegram.checkpoint();

        lead.in(central).sends("/ringkasan@another_bot");
        stranger.sends("/status@another_bot");

        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.lastChangeSeq() > since);
        assertThat(telegram.messagesTo(stranger.id())).isEmpty();
    }

    @Test
    void anUnknownCommandGetsAPointerToHelp() {
        FakeUser someone = newUser("Ingin");
        someone.sends("/apaini");

        telegram.awaitMessageTo(someone.id(), "/bantuan");
    }

    @Test
    void theBotLeavesGroupsThatAreNotTheCentralTeam() {
        FakeChat other = telegram.group(-1009999000001L, "Grup Lain");
        FakeUser adder = newUser("Penambah");

        telegram.botAddedTo(other, adder);

        RecordedCall leave = telegram.awaitCall("leaveChat", call -> call.chatId() == other.id());
        assertThat(leave.ok()).isTrue();
    }

    @Test
    void eachRoleSeesItsOwnCommandMenu() {
        JsonNode officers = telegram.awaitCall("setMyCommands",
                call -> "all_private_chats".equals(call.json("scope").path("type").asText())).json("commands");
        JsonNode team = telegram.awaitCall("setMyCommands",
                call -> call.json("scope").path("chat_id").asLong() == CENTRAL_CHAT).json("commands");

        assertThat(officers.findValuesAsText("command")).contains("isu", "lapor", "agenda", "status", "batal",
                "bantuan").doesNotContain("undang", "ringkasan", "start");
        assertThat(team.findValuesAsText("command")).contains("undang", "ringkasan", "belum", "siaran", "daftar",
                "bantuan").doesNotContain("isu", "status");
        assertThat(officers.findValuesAsText("description")).contains("Kirim isu mendesak ke tim humas");
    }
}
