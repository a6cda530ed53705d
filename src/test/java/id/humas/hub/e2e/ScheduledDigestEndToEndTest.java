package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;

/** The digest at {@code bot.digest.cron} (default 16:00), when the application clock gets there. */
class ScheduledDigestEndToEndTest extends ClockedEndToEndTest {

    @Test
    void theDigestIsPostedWhenTheClockReachesItsTimeAndOnlyThen() {
        FakeUser officer = registeredOfficer("Jadwal", agencyName("Dinas Kebudayaan"));
        officer.sends("/agenda Pentas seni besok 19.00 di Taman Budaya");
        String number = SubmissionEndToEndTest.itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat"));

        long since = telegram.checkpoint();
        // a working day: there is no scheduled digest on weekends (see DigestOfficeRulesEndToEndTest)
        clock.advanceTo(clock.next(LocalTime.of(15, 59), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        telegram.assertNoMessageTo(CENTRAL_CHAT, Duration.ofMillis(600),
                m -> m.lastChangeSeq() > since && m.contains("Ringkasan laporan"));

        clock.advance(Duration.ofMinutes(1));
        SentMessage digest = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Ringkasan laporan"));
        assertThat(digest.plainText()).contains("#" + number);
    }
}
