package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Texts longer than one Telegram message (forwarded reports, several messages in one submission) and captions
 * longer than Telegram lets the bot send: the item keeps them whole; what the bot relays fits and says so.
 */
class LongTextEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLongIssueIsKeptWholeAndItsCardIsOneMessageWithTheRestFollowing() {
        FakeUser officer = registeredOfficer("Bayu", agencyName("Dinas Kesehatan Kota"));
        String text = longText("Laporan warga <RSUD> & puskesmas: antrean pasien demam berdarah ", 5200);

        officer.sends("/isu " + text);

        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        assertThat(body(number)).isEqualTo(text);
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.contains("ISU #" + number + " ") && !m.contains("lanjutan teks"));
        SentMessage rest = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.contains("ISU #" + number + " — lanjutan teks"));
        assertThat(card.buttonTexts()).containsExactly("Tangani", "Terima", "Minta revisi", "Tolak", "Sudah terbit");
        assertThat(card.plainText()).contains("Teks terlalu panjang untuk satu pesan (" + text.length() + " karakter)")
                .hasSizeLessThanOrEqualTo(4096);
        assertThat(rest.messageId()).isGreaterThan(card.messageId());
        String shown = card.plainText().substring(card.plainText().indexOf("Laporan warga"),
                card.plainText().indexOf("✂️")).strip();
        String continued = rest.plainText().substring(rest.plainText().indexOf('\n') + 1);
        assertThat(text).startsWith(shown).endsWith(continued);
        assertThat(shown.length() + continued.length()).isGreaterThanOrEqualTo(text.length() - 2);
    }

    @Test
    void aLongTextInTheDigestIsShortenedWithAnEllipsisAndTheConfirmationStillComes() {
        FakeUser officer = registeredOfficer("Citra", agencyName("Dinas Perpustakaan"));
        String text = longText("Pameran buku & literasi <anak> di taman kota ", 4500);

        officer.sends(text);
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        officer.sends(text);
        SentMessage added = telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.contains("terkumpul 2 pesan"));
        officer.presses(added, "Rilis");

        String number = itemNumber(telegram.awaitMessageTo(officer.id(),
                m -> m.contains("tercatat") && m.contains("Rilis")));
        assertThat(body(number)).isEqualTo(text + "\n\n" + text);
        assertThat(telegram.messagesTo(officer.id())).as("asked once: the one question is updated")
                .noneMatch(m -> m.messageId() != question.messageId() && m.contains("Pilih jenisnya"));
        awaitInNextDigest(number);
        String line = digestLines().stream().filter(l -> l.contains("#" + number + " ")).findFirst().orElseThrow();
        assertThat(line).contains("Pameran buku & literasi <anak>").endsWith("…").hasSizeLessThan(300);
    }

    @Test
    void aCaptionLongerThanTelegramLetsTheBotSendIsKeptAndTheMediaStillReachesTheTeam() {
        FakeUser officer = registeredOfficer("Damar", agencyName("Dinas Damkar"));
        String caption = longText("Gudang terbakar & <pabrik> di Jalan Industri, ", 1800);

        officer.sendsPhoto("photo-gudang-panjang", "/isu " + caption);

        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        assertThat(body(number)).isEqualTo(caption);
        SentMessage photo = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.fileIds().contains("photo-gudang-panjang"));
        assertThat(photo.caption()).contains("#" + number);
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));
        assertThat(card.plainText()).contains(caption);
    }

    @Test
    void aTextBeyondWhatAnItemKeepsIsRefusedWithAReasonAndNothingIsCreated() {
        FakeUser officer = registeredOfficer("Eko", agencyName("Dinas Arsip"));

        officer.sends("/isu " + longText("Kronologi kejadian lengkap ", 50_100));

        telegram.awaitMessageTo(officer.id(), "terlalu panjang untuk satu laporan");
        officer.sends("/status");
        telegram.awaitMessageTo(officer.id(), "Belum ada laporan");
    }

    private static String longText(String sentence, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; text.length() < length; i++) {
            text.append(sentence).append(i).append(i % 7 == 0 ? ".\n" : ". ");
        }
        return text.toString().strip();
    }

    private String body(String number) {
        return jdbc.queryForObject("SELECT body FROM item WHERE id = ?", String.class, Long.parseLong(number));
    }

    private void awaitInNextDigest(String number) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM digest_entry WHERE item_id = ? AND digest_id IS NULL", Integer.class,
                Long.parseLong(number)) > 0);
    }

    private List<String> digestLines() {
        long since = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        telegram.awaitMessageToSince(since, CENTRAL_CHAT,
                m -> m.contains("Belum mengirim laporan") || m.contains("Semua instansi sudah"));
        return telegram.messagesTo(CENTRAL_CHAT).stream().filter(m -> m.lastChangeSeq() > since)
                .map(SentMessage::plainText).flatMap(text -> text.lines()).collect(Collectors.toList());
    }
}
