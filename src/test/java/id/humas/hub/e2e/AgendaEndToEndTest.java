package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An agenda's date, time and place: read from its text, asked for when missing, shown in the confirmation. */
class AgendaEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAgendaThatSaysDateTimeAndPlaceNeedsNoQuestions() {
        FakeUser officer = registeredOfficer("Agus", agencyName("Dinas Kesehatan"));

        officer.sends("/agenda Rapat koordinasi 12-06-2031 09.00 di Aula Dinkes");

        SentMessage confirmed = telegram.awaitMessageTo(officer.id(), "tercatat");
        assertThat(confirmed.plainText()).contains("(Agenda)").contains("📅 Kamis, 12 Juni 2031, pukul 09.00")
                .contains("📍 Aula Dinkes");
        assertThat(telegram.messagesTo(officer.id())).noneMatch(m -> m.contains("Kapan") || m.contains("Pukul berapa")
                || m.contains("Di mana"));
        Map<String, Object> item = stored(itemNumber(confirmed));
        assertThat(item.get("event_place")).isEqualTo("Aula Dinkes");
        assertThat(item.get("body")).isEqualTo("Rapat koordinasi 12-06-2031 09.00 di Aula Dinkes");
    }

    @Test
    void whatIsMissingIsAskedStepByStepWithExamplesAndABadAnswerGetsTheQuestionAgain() {
        FakeUser officer = registeredOfficer("Bayu", agencyName("Dinas Sosial"));

        officer.sends("/agenda Rapat evaluasi bansos");
        SentMessage date = telegram.awaitMessageTo(officer.id(), "Kapan tanggal agendanya?");
        assertThat(date.plainText()).as("recorded before the questions").contains("tercatat (Agenda)");
        String example = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusWeeks(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        assertThat(date.plainText()).as("an example date that is current").contains("Contoh: " + example);
        assertThat(date.buttons()).isEmpty();

        officer.sends("minggu depan");
        SentMessage bad = telegram.awaitMessageTo(officer.id(), "Tanggal itu tidak saya kenali");
        assertThat(bad.plainText()).contains("Kapan tanggal agendanya?");
        long beforeImpossible = telegram.checkpoint();
        officer.sends("31-02-2031");
        telegram.awaitMessageToSince(beforeImpossible, officer.id(), m -> m.contains("Tanggal itu tidak saya kenali"));

        officer.sends("13 Juni 2031");
        SentMessage time = telegram.awaitMessageTo(officer.id(), "Pukul berapa");
        assertThat(time.plainText()).contains("Contoh: 09.00");
        officer.sends("sembilan pagi");
        telegram.awaitMessageTo(officer.id(), m -> m.contains("Jam itu tidak saya kenali") && m.contains("Pukul berapa"));
        officer.sends("09:30");
        SentMessage place = telegram.awaitMessageTo(officer.id(), "Di mana tempat");
        assertThat(place.plainText()).contains("Contoh: Aula Dinas Kesehatan");

        officer.sends("di Pendopo <Kabupaten>");

        SentMessage confirmed = telegram.awaitMessageTo(officer.id(),
                m -> m.contains("dicatat sebagai Agenda") && m.contains("ringkasan berikutnya"));
        assertThat(itemNumber(confirmed)).isEqualTo(itemNumber(date));
        assertThat(confirmed.plainText()).contains("Jumat, 13 Juni 2031, pukul 09.30").contains("Pendopo <Kabupaten>");
        Map<String, Object> item = stored(itemNumber(confirmed));
        assertThat(item.get("body")).isEqualTo("Rapat evaluasi bansos");
        assertThat(item.get("event_place")).isEqualTo("Pendopo <Kabupaten>");
        assertThat(item.get("event_date").toString()).isEqualTo("2031-06-13");
        assertThat(item.get("event_time").toString()).startsWith("09:30");
    }

    @Test
    void choosingAgendaInTheGuidedSubmissionAsksOnlyForWhatTheTextLeftOutAndCancelDropsIt() {
        FakeUser officer = registeredOfficer("Citra", agencyName("Dinas Pemberdayaan"));

        officer.sends("Sosialisasi stunting besok di Balai Desa Sukamaju");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        officer.presses(question, "Agenda");

        SentMessage time = telegram.awaitMessageTo(officer.id(),
                m -> m.messageId() == question.messageId() && m.contains("Pukul berapa"));
        assertThat(time.buttons()).as("a typed answer needs no button; /batal cancels").isEmpty();
        assertThat(telegram.messagesTo(officer.id())).noneMatch(m -> m.contains("Kapan tanggal"));

        officer.sends("/batal");
        telegram.awaitMessageTo(officer.id(), "dibatalkan");
        officer.sends("10.00");
        telegram.awaitMessageTo(officer.id(), m -> m.contains("Ini laporan apa?") && m.messageId() > time.messageId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item WHERE officer_user_id = ?", Integer.class,
                officer.id())).isZero();
    }

    @Test
    void anAgendaWithAPhotoAndItsDateInTheCaptionAsksForTheRestAndKeepsPhotosSentMeanwhile() {
        FakeUser officer = registeredOfficer("Dian", agencyName("Dinas Pariwisata"));

        officer.sendsPhoto("agenda-poster-1", "/agenda Festival kuliner 20 June 2031");
        telegram.awaitMessageTo(officer.id(), "Pukul berapa");
        officer.sendsPhoto("agenda-poster-2", "Poster kedua");
        telegram.awaitMessageTo(officer.id(), "kini memuat 2 media");
        officer.sends("pukul 19.00 WIB");
        telegram.awaitMessageTo(officer.id(), "Di mana tempat");
        officer.sends("Lapangan Merdeka");

        SentMessage confirmed = telegram.awaitMessageTo(officer.id(),
                m -> m.contains("dicatat sebagai Agenda") && m.contains("ringkasan berikutnya"));
        assertThat(confirmed.plainText()).contains("Jumat, 20 Juni 2031, pukul 19.00").contains("Lapangan Merdeka");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item_media WHERE item_id = ?", Integer.class,
                Long.parseLong(itemNumber(confirmed)))).isEqualTo(2);
    }

    private Map<String, Object> stored(String number) {
        return jdbc.queryForMap("SELECT body, event_date, event_time, event_place FROM item WHERE id = ?",
                Long.parseLong(number));
    }
}
