package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import id.humas.hub.fake.UserMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 9's migration (V14) and queries on PostgreSQL: an item without a kind, an edit listed again after a digest,
 * a broadcast acknowledged by a reply. Skipped, with the reason in the report, where no PostgreSQL answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresIntakeEndToEndTest {

    private static final String SCHEMA = "intake_e2e";
    private static final long CENTRAL = -1003000000014L;
    private static final FakeTelegram telegram = new FakeTelegram(EndToEndTest.TOKEN).start();

    private final FakeChat central = telegram.group(CENTRAL, "Tim Humas");
    private final FakeUser lead = telegram.user(9314, "Rina");

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void freshSchema() {
        LocalPostgres.freshSchema(SCHEMA, "the PostgreSQL run of the intake");
    }

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        EndToEndTest.isolatedBot(registry, telegram, CENTRAL, 9314);
        LocalPostgres.use(registry, SCHEMA);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void reportsWithoutAKindEditsAfterADigestAndAcknowledgementsWorkOnPostgres() {
        lead.sends("/undang Dinas Kesehatan");
        SentMessage invite = telegram.awaitMessageTo(lead.id(), "?start=");
        FakeUser officer = telegram.user(9414, "Sari");
        officer.sends("/start " + EndToEndTest.inviteCode(invite));
        telegram.awaitMessageTo(officer.id(), "Selamat datang");

        UserMessage sent = officer.sends("/lapor Rapat koordinasi stunting");
        String number = SubmissionEndToEndTest.itemNumber(telegram.awaitMessageTo(officer.id(), "tercatat"));
        awaitPending(number);
        long first = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        assertThat(telegram.awaitMessageToSince(first, CENTRAL, m -> m.contains("Ringkasan laporan")).plainText())
                .contains("Jenis belum dipilih").contains("#" + number);

        officer.editsMessage(sent.messageId(), "/lapor Rapat koordinasi stunting tingkat provinsi");
        telegram.awaitMessageTo(officer.id(), "diperbarui");
        awaitPending(number);
        long second = telegram.checkpoint();
        lead.in(central).sends("/ringkasan");
        assertThat(telegram.awaitMessageToSince(second, CENTRAL, m -> m.contains("Ringkasan laporan")).plainText())
                .contains("tingkat provinsi").contains("diperbarui setelah ringkasan sebelumnya");

        long third = telegram.checkpoint();
        lead.in(central).sends("/siaran Rapat humas besok");
        lead.in(central).presses(telegram.awaitMessageToSince(third, CENTRAL, m -> m.hasButton("Kirim")), "Kirim");
        SentMessage broadcast = telegram.awaitMessageToSince(third, officer.id(), m -> m.contains("Siaran"));
        SentMessage report = telegram.awaitMessageToSince(third, CENTRAL, m -> m.contains("Laporan siaran"));
        officer.replies(broadcast, "Siap, terima kasih");
        telegram.awaitMessageTo(CENTRAL, m -> m.messageId() == report.messageId()
                && m.contains("Sudah dikonfirmasi 1 dari 1"));
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(SCHEMA);
    }

    private void awaitPending(String number) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM digest_entry WHERE item_id = ? AND (digest_id IS NULL OR updated_after_digest)",
                Integer.class, Long.parseLong(number)) == 1);
    }
}
