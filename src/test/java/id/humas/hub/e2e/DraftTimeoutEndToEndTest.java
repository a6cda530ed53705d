package id.humas.hub.e2e;

import static id.humas.hub.e2e.SubmissionEndToEndTest.itemNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 9 point 2: a guided submission left alone is submitted by itself after bot.intake.draft-timeout. */
class DraftTimeoutEndToEndTest extends ClockedEndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDraftLeftAloneIsSubmittedAfterTheTimeoutAndTheOfficerIsToldItsNumber() {
        FakeUser officer = registeredOfficer("Sabar", agencyName("Dinas Pendapatan"));
        officer.sends("Sosialisasi pajak daerah di kecamatan");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        clock.advance(Duration.ofMinutes(5));
        telegram.assertNoMessageTo(officer.id(), quietPeriod(), m -> m.contains("dicatat apa adanya"));

        clock.advance(Duration.ofMinutes(6));

        SentMessage told = telegram.awaitMessageTo(officer.id(), "dicatat apa adanya");
        String number = itemNumber(told);
        assertThat(told.plainText()).contains("jenis belum dipilih").contains("ringkasan berikutnya");
        telegram.awaitMessageTo(officer.id(), m -> m.messageId() == question.messageId() && m.buttons().isEmpty());
        assertThat(jdbc.queryForObject("SELECT body FROM item WHERE id = ? AND category IS NULL", String.class,
                Long.parseLong(number))).isEqualTo("Sosialisasi pajak daerah di kecamatan");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM digest_entry WHERE item_id = ? AND digest_id IS NULL",
                Integer.class, Long.parseLong(number))).isEqualTo(1);
    }
}
