package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.fake.SentMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What users type is shown as typed: tags, half tags and entities in texts, captions, agency names and names of
 * people never become formatting, and never make Telegram refuse a message (the double checks HTML like Telegram;
 * EndToEndTest asserts after each test that nothing was refused).
 */
class MarkupInUserTextEndToEndTest extends EndToEndTest {

    private static final String TRAPS = "<b>unclosed </i> &amp;x <a href=x>klik & 5 < 6 > 2 \"kutip\" &#";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CentralTeam team;

    @Test
    void aReviewerNamedWithMarkupIsShownAsWrittenOnTheCardInTheRefusalOfALatePressAndInTheHistory() {
        FakeUser officer = registeredOfficer("Sekar", agencyName("Dinas Pariwisata"));
        officer.sends("/isu Pengunjung pantai terseret ombak");
        String number = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + number + " "));
        team.add(9_703L);
        FakeUser rina = telegram.user(9_703L, "Rina <3 & \"Tim\"");

        rina.in(central).presses(card, "Terima");

        SentMessage accepted = telegram.awaitMessageTo(CENTRAL_CHAT,
                m -> m.messageId() == card.messageId() && m.contains("Status: Diterima"));
        assertThat(accepted.plainText()).contains("oleh Rina <3 & \"Tim\"");
        var late = lead.in(central).pressesData(card, "rv:a:" + number + ":1");
        assertThat(telegram.awaitCallbackAnswer(late).param("text")).contains("Rina <3 & \"Tim\"")
                .doesNotContain("&lt;");
        long since = telegram.checkpoint();
        lead.sends("/item " + number);
        SentMessage detail = telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("#" + number));
        assertThat(detail.plainText()).contains("Rina <3 & \"Tim\"");
    }

    @Test
    void markupInNamesTextsAndCaptionsIsShownLiterallyEverywhere() {
        String agency = agencyName("Dinas <b>Kominfo</i> & \"Sandi\" &amp;");
        FakeUser officer = newUser("<b>Budi", "budi_<i>");
        startWithLastName(officer, "</i>&amp;x <a href=x>", invite(agency));
        String name = "<b>Budi </i>&amp;x <a href=x>";
        telegram.awaitMessageTo(officer.id(), m -> m.plainText().contains("Selamat datang, " + name + "!"));
        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.plainText().contains("baru untuk " + agency + ": " + name));

        officer.sends("/isu " + TRAPS);
        String issue = itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan"));
        SentMessage card = telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.contains("ISU #" + issue + " "));
        assertThat(card.plainText()).contains(agency).contains(name + " (@budi_<i>)").contains(TRAPS);

        officer.sendsPhoto("photo-markup-1", TRAPS + " (foto)");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        officer.presses(question, "Rilis");
        String release = itemNumber(telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.contains("tercatat")));
        long since = telegram.checkpoint();
        officer.sends("/status");
        SentMessage status = telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("Laporan terakhir"));
        assertThat(status.plainText()).contains(agency).contains("<b>unclosed </i> &amp;x <a href=x>klik");

        since = telegram.checkpoint();
        lead.sends("/daftar");
        SentMessage roster = telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("Daftar instansi"));
        assertThat(roster.plainText()).contains(agency + " — " + name + " (@budi_<i>)");

        since = telegram.checkpoint();
        lead.sends("/siaran " + TRAPS);
        SentMessage preview = telegram.awaitMessageToSince(since, LEAD_ID, m -> m.hasButton("Kirim"));
        assertThat(preview.plainText()).contains(TRAPS);
        lead.presses(preview, "Kirim");
        SentMessage broadcast = telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("Siaran"));
        assertThat(broadcast.plainText()).contains(TRAPS);

        awaitInNextDigest(issue, release);
        long digestSince = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        telegram.awaitMessageToSince(digestSince, CENTRAL_CHAT,
                m -> m.contains("Belum mengirim laporan") || m.contains("Semua instansi sudah"));
        String digest = telegram.messagesTo(CENTRAL_CHAT).stream().filter(m -> m.lastChangeSeq() > digestSince)
                .map(SentMessage::plainText).collect(Collectors.joining("\n"));
        assertThat(digest).contains(agency).contains(TRAPS + " (foto)").contains("#" + issue + " ");
    }

    @Test
    void aHandoverBetweenOfficersWithMarkupInTheirNamesIsAnnouncedLiterally() {
        String agency = agencyName("Badan <Kesbangpol> & Linmas");
        FakeUser first = newUser("Sinta <3", "sinta_<3");
        startWithLastName(first, "& \"Co\" </b>", invite(agency));
        telegram.awaitMessageTo(first.id(), "Selamat datang");

        long since = telegram.checkpoint();
        lead.sends("/undang " + agency);
        SentMessage invite = telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("?start="));
        assertThat(invite.plainText()).contains("Petugas saat ini, Sinta <3 & \"Co\" </b>, akan digantikan");
        FakeUser second = newUser("<i>Tomi</i>", "tomi&");
        second.sends("/start " + inviteCode(invite));

        telegram.awaitMessageTo(second.id(), "Selamat datang, <i>Tomi</i>!");
        telegram.awaitMessageTo(first.id(), m -> m.plainText().contains("diserahkan kepada <i>Tomi</i>"));
        telegram.awaitMessageTo(CENTRAL_CHAT, m -> m.plainText().contains("Serah terima #") && m.plainText()
                .contains(" di " + agency + ": <i>Tomi</i> menggantikan Sinta <3 & \"Co\" </b>"));
    }

    @Test
    void aGuidedSubmissionFullOfMarkupAsksAndConfirmsWithoutTrouble() {
        FakeUser officer = registeredOfficer("Gilang", agencyName("Dinas Sosial & <PMD>"));

        officer.sends(TRAPS);
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        officer.presses(question, "Kegiatan");
        SentMessage phases = telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.hasButton("Pasca"));
        officer.presses(phases, "Pasca");

        telegram.awaitMessageTo(officer.id(), m -> m.messageId() == question.messageId() && m.contains("tercatat"));
    }

    /** /start CODE from a user with a last name (FakeUser has none), as Telegram sends it. */
    private void startWithLastName(FakeUser user, String lastName, String code) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode message = update.putObject("message");
        message.put("message_id", 1_000_000 + (int) (user.id() % 1_000_000));
        ObjectNode from = message.putObject("from");
        from.put("id", user.id());
        from.put("is_bot", false);
        from.put("first_name", user.firstName());
        from.put("last_name", lastName);
        from.put("username", user.username());
        ObjectNode chat = message.putObject("chat");
        chat.put("id", user.id());
        chat.put("type", "private");
        chat.put("first_name", user.firstName());
        message.put("date", Instant.now().getEpochSecond());
        message.put("text", "/start " + code);
        message.putArray("entities").addObject().put("offset", 0).put("length", 6).put("type", "bot_command");
        telegram.enqueueUpdate(update);
    }

    private void awaitInNextDigest(String... numbers) {
        for (String number : numbers) {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM digest_entry WHERE item_id = ? AND digest_id IS NULL", Integer.class,
                    Long.parseLong(number)) > 0);
        }
    }
}
