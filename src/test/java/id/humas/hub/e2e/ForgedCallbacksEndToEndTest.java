package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.RecordedCall;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;

/**
 * Button data is whatever a client sends: garbage, too short, for an item that does not exist or for somebody
 * else's submission. Each press gets an answer, and nothing changes.
 */
class ForgedCallbacksEndToEndTest extends EndToEndTest {

    @Test
    void garbageOrStaleReviewDataFromTheTeamIsAnsweredAsStaleAndChangesNothing() {
        FakeUser officer = registeredOfficer("Joko", agencyName("Dinas Perumahan"));
        officer.sends("/isu Tanggul sungai jebol");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));

        for (String data : List.of("", "x", "rv", "rv:", "rv:a", "rv:a:", "rv:zz:" + number, "rv:a:abc",
                "rv:a:" + number + ":9", "rv:a:-" + number, "rv:a:99999999999", "rv:a:1234567890123456789012",
                "??:a:" + number, "lp:c")) {
            CallbackPress press = lead.in(central).pressesData(card, data);
            RecordedCall answer = telegram.awaitCallbackAnswer(press);
            assertThat(answer.ok()).isTrue();
            assertThat(answer.param("text")).as("answer to %s", data).contains("tidak berlaku");
        }

        assertThat(telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow().isEdited()).isFalse();
        CallbackPress real = lead.in(central).presses(card, "Terima");
        assertThat(telegram.awaitCallbackAnswer(real).param("text")).doesNotContain("tidak berlaku");
    }

    @Test
    void garbageOrStaleTanganiDataFromTheTeamIsAnsweredAsStaleAndClaimsNothing() {
        FakeUser officer = registeredOfficer("Nanda", agencyName("Dinas Lingkungan Hidup"));
        officer.sends("/isu Limbah pabrik mencemari sungai");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));

        for (String data : List.of("cl", "cl:", "cl:abc", "cl:-" + number, "cl:" + number + ":1",
                "cl:99999999999", "cl:1234567890123456789012")) {
            RecordedCall answer = telegram.awaitCallbackAnswer(lead.in(central).pressesData(card, data));
            assertThat(answer.param("text")).as("answer to %s", data).contains("tidak berlaku");
        }

        assertThat(telegram.message(CENTRAL_CHAT, card.messageId()).orElseThrow().isEdited()).isFalse();
        assertThat(card.hasButton("Tangani")).isTrue();
    }

    @Test
    void forgedSubmissionButtonsCannotTouchAnotherOfficersDraft() {
        FakeUser owner = registeredOfficer("Kiki", agencyName("Dinas Tenaga Kerja"));
        owner.sends("Job fair 20-06-2031 08.00 di gedung serbaguna");
        SentMessage ownerQuestion = telegram.awaitMessageTo(owner.id(), "Ini laporan apa?");
        String ownerDraft = ownerQuestion.button("Isu").orElseThrow().callbackData().split(":")[2];
        FakeUser other = registeredOfficer("Lala", agencyName("Dinas Transmigrasi"));
        other.sends("Teks lain");
        SentMessage otherQuestion = telegram.awaitMessageTo(other.id(), "Ini laporan apa?");
        String otherDraft = otherQuestion.button("Isu").orElseThrow().callbackData().split(":")[2];

        for (String data : List.of("lp:c:" + ownerDraft + ":I", "lp:x:" + ownerDraft + ":-",
                "lp:c:" + otherDraft + ":Q", "lp:p:" + otherDraft + ":PRE", "lp:c:abc:I", "lp:z:" + otherDraft + ":I",
                "lp:", "lp:c:" + otherDraft)) {
            CallbackPress press = other.pressesData(otherQuestion, data);
            assertThat(telegram.awaitCallbackAnswer(press).param("text")).as("answer to %s", data)
                    .contains("tidak berlaku");
        }

        owner.presses(ownerQuestion, "Agenda");
        SentMessage confirmed = telegram.awaitMessageTo(owner.id(),
                m -> m.messageId() == ownerQuestion.messageId() && m.contains("tercatat"));
        assertThat(confirmed.plainText()).contains("Agenda");
        other.presses(otherQuestion, "Rilis");
        telegram.awaitMessageTo(other.id(), m -> m.messageId() == otherQuestion.messageId() && m.contains("Rilis"));
        assertThat(telegram.messagesTo(CENTRAL_CHAT)).noneMatch(m -> m.contains("Job fair"));
    }
}
