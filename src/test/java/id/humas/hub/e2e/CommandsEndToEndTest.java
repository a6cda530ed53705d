package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeUser;
import org.junit.jupiter.api.Test;

/** Commands the bot does not know, and commands meant for another bot. */
class CommandsEndToEndTest extends EndToEndTest {

    @Test
    void anUnknownCommandFromTheTeamInTheCentralGroupGetsAPointerToHelp() {
        long since = telegram.checkpoint();

        reviewer.in(central).sends("/rekap minggu ini");

        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Perintah tidak dikenal")
                && m.contains("/bantuan"));
    }

    @Test
    void anUnknownCommandFromAnyoneElseInTheCentralGroupMeetsSilence() {
        FakeUser officer = announcedOfficer("Mira", agencyName("Dinas Kependudukan"));
        FakeUser stranger = newUser("Penumpang");
        long since = telegram.checkpoint();

        officer.in(central).sends("/rekap");
        stranger.in(central).sends("/apaini@" + BOT);

        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.lastChangeSeq() > since);
    }

    @Test
    void commandsAddressedToAnotherBotAreIgnoredEvenWhenThisBotKnowsThem() {
        FakeUser officer = announcedOfficer("Nando", agencyName("Dinas Pemuda Olahraga"));
        long since = telegram.checkpoint();

        officer.sends("/isu@another_bot Tawuran pelajar");
        officer.sends("/rekap@another_bot");
        lead.in(central).sends("/rekap@another_bot");

        telegram.assertNoMessageTo(officer.id(), quietPeriod(), m -> m.lastChangeSeq() > since);
        assertThat(telegram.messagesTo(CENTRAL_CHAT)).noneMatch(m -> m.lastChangeSeq() > since);
    }

    @Test
    void theBotLeavesABasicGroupItWasAddedToAndSaysNothingThere() {
        FakeChat other = telegram.basicGroup(-4009999000002L, "Grup RT");
        FakeUser adder = newUser("Ketua");

        telegram.botAddedTo(other, adder);

        assertThat(telegram.awaitCall("leaveChat", call -> call.chatId() == other.id()).ok()).isTrue();
        assertThat(telegram.messagesTo(other.id())).isEmpty();
    }

    /** A registered officer whose announcement in the central group has gone out, so that it comes before a test. */
    private FakeUser announcedOfficer(String firstName, String agency) {
        FakeUser officer = registeredOfficer(firstName, agency);
        telegram.awaitMessageTo(CENTRAL_CHAT, "Petugas informasi baru untuk <b>" + agency + "</b>");
        return officer;
    }
}
