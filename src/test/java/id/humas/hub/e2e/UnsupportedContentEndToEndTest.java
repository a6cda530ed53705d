package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Stickers, locations, contacts, polls and voice notes cannot become items: the sender hears what can. */
class UnsupportedContentEndToEndTest extends EndToEndTest {

    private static final String NOT_AN_ITEM =
            "tidak dapat dijadikan laporan. Kirim teks, foto, album, dokumen, atau video";
    private static final String SPOKEN = "Pesan suara dan audio belum dapat dijadikan laporan. Ketik isinya";

    @Test
    void contactsPollsAndVoiceFromAnOfficerGetAClearReplyAndCreateNothing() {
        FakeUser officer = registeredOfficer("Hana", agencyName("Dinas Ketahanan Pangan"));
        long since = telegram.checkpoint();

        officer.sendsContact();
        officer.sendsPoll("Rapat koordinasi hari apa?", "Senin", "Selasa");
        officer.sendsVoice();
        officer.sendsCustom(message -> voice(message, "voice-isu-1").put("caption", "/isu Banjir bandang di hulu"));
        officer.sendsCustom(message -> audio(message).put("caption", "Rekaman konferensi pers"));

        awaitReplies(officer, since, m -> m.contains(NOT_AN_ITEM), 2);
        awaitReplies(officer, since, m -> m.contains(SPOKEN), 3);
        officer.sends("/status");
        telegram.awaitMessageTo(officer.id(), "Belum ada laporan");
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(),
                m -> m.lastChangeSeq() > since && (m.contains("Banjir bandang") || m.contains("Rekaman")));
    }

    @Test
    void aStrangerSendingAnyOfThemIsToldHowToRegister() {
        FakeUser stranger = newUser("Pengirim");
        long since = telegram.checkpoint();

        stranger.sendsSticker("sticker-stranger");
        stranger.sendsLocation(-7.25, 112.75);
        stranger.sendsContact();
        stranger.sendsPoll("Setuju?", "Ya", "Tidak");
        stranger.sendsVoice();

        List<SentMessage> replies = awaitReplies(stranger, since, m -> m.contains("belum terdaftar"), 5);
        assertThat(replies).allSatisfy(reply -> assertThat(reply.plainText()).contains("tautan undangan"));
        telegram.assertNoMessageTo(stranger.id(), quietPeriod(), m -> !m.contains("belum terdaftar"));
    }

    private List<SentMessage> awaitReplies(FakeUser user, long since, Predicate<SentMessage> matching, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> replies(user, since, matching).size() >= count);
        List<SentMessage> replies = replies(user, since, matching);
        assertThat(replies).hasSize(count);
        return replies;
    }

    private static List<SentMessage> replies(FakeUser user, long since, Predicate<SentMessage> matching) {
        return telegram.messagesTo(user.id()).stream().filter(m -> m.lastChangeSeq() > since).filter(matching)
                .toList();
    }

    private static ObjectNode voice(ObjectNode message, String fileId) {
        ObjectNode voice = message.putObject("voice");
        voice.put("file_id", fileId);
        voice.put("file_unique_id", "u-" + fileId);
        voice.put("duration", 4);
        voice.put("mime_type", "audio/ogg");
        return message;
    }

    private static ObjectNode audio(ObjectNode message) {
        ObjectNode audio = message.putObject("audio");
        audio.put("file_id", "audio-pers-1");
        audio.put("file_unique_id", "u-audio-pers-1");
        audio.put("duration", 600);
        audio.put("mime_type", "audio/mpeg");
        audio.put("title", "Konferensi pers");
        return message;
    }
}
