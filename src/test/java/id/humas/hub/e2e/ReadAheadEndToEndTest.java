package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntSupplier;

import id.humas.hub.fake.FakeUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Updates that wait together are handled in one transaction, and the officers and open drafts of their senders are
 * read ahead for all of them in one query each. What an earlier update of the same chunk changes must still count
 * for the later ones. Each test holds the inbox worker while the updates are stored, so that they are handled as one
 * chunk, as they are when many arrive at once.
 */
class ReadAheadEndToEndTest extends OfficeEndToEndTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReportHandledRightAfterItsAgencyWasArchivedInTheSameChunkIsRefused() {
        String agency = agencyName("Dinas Perikanan");
        FakeUser officer = registeredOfficer("Wati", agency);
        long since = telegram.checkpoint();

        handledTogether(() -> {
            lead.in(central).sends("/arsip " + agency);
            return officer.sends("/lapor Panen raya ikan nila di waduk").updateId();
        });

        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("diarsipkan: tidak lagi muncul"));
        telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("sedang diarsipkan"));
        telegram.assertNoMessageTo(officer.id(), quietPeriod(), m -> m.seq() > since && m.contains("tercatat"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item WHERE body = ?", Integer.class,
                "Panen raya ikan nila di waduk")).isZero();
    }

    @Test
    void aReportCommandAndItsContentHandledInTheSameChunkMakeOneReport() {
        FakeUser officer = registeredOfficer("Yudi", agencyName("Dinas Perhubungan"));
        long since = telegram.checkpoint();
        String content = "Jalan amblas di km 12, lalu lintas dialihkan";

        handledTogether(() -> {
            officer.sends("/isu");
            return officer.sends(content).updateId();
        });

        telegram.awaitMessageToSince(since, officer.id(), m -> m.contains("tercatat"));
        assertThat(jdbc.queryForList("SELECT category FROM item WHERE body = ?", String.class, content))
                .containsExactly("ISSUE");
    }

    /** Holds the inbox worker until the updates sent by {@code sending} (it returns the last one's id) are stored. */
    private void handledTogether(IntSupplier sending) {
        SmartLifecycle worker = context.getBean("inboxWorker", SmartLifecycle.class);
        worker.stop();
        try {
            telegram.awaitConfirmed(sending.getAsInt());
        } finally {
            worker.start();
        }
    }
}
