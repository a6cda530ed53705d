package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;


import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
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
 * The same migrations and the core loop on PostgreSQL, in a schema of its own in the local database "test".
 * Skipped, with the reason in the report, where no PostgreSQL answers on 127.0.0.1:5432.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresEndToEndTest {

    private static final String SCHEMA = "humas_e2e";
    private static final long CENTRAL = -1003000000003L;
    private static final FakeTelegram telegram = new FakeTelegram(EndToEndTest.TOKEN).start();

    private final FakeChat central = telegram.group(CENTRAL, "Tim Humas");
    private final FakeUser lead = telegram.user(9301, "Rina");

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void freshSchema() {
        LocalPostgres.freshSchema(SCHEMA, "the PostgreSQL run of the core loop");
    }

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        EndToEndTest.isolatedBot(registry, telegram, CENTRAL, 9301);
        registry.add("bot.agencies", () -> "Sekretariat Daerah");
        LocalPostgres.use(registry, SCHEMA);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void theCoreLoopRunsOnPostgres() {
        lead.sends("/undang Dinas Kesehatan");
        SentMessage invite = telegram.awaitMessageTo(lead.id(), "?start=");
        FakeUser officer = telegram.user(9401, "Sari");
        officer.sends("/start " + EndToEndTest.inviteCode(invite));
        telegram.awaitMessageTo(officer.id(), "Selamat datang");

        officer.sendsAlbum(java.util.List.of("pg-a", "pg-b"), "/isu Banjir di pasar");
        telegram.awaitMessageTo(CENTRAL, "ISU #");
        officer.sends("Kegiatan donor darah");
        SentMessage question = telegram.awaitMessageTo(officer.id(), "Ini laporan apa?");
        officer.presses(question, "Rilis");
        telegram.awaitMessageTo(officer.id(), m -> m.contains("Rilis") && m.contains("tercatat"));
        org.awaitility.Awaitility.await().until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM digest_entry WHERE digest_id IS NULL", Integer.class) == 2);

        lead.in(central).sends("/ringkasan");
        SentMessage digest = telegram.awaitMessageTo(CENTRAL, "Ringkasan laporan");
        assertThat(digest.plainText()).contains("Dinas Kesehatan").contains("Banjir di pasar")
                .contains("Kegiatan donor darah").contains("Sekretariat Daerah");
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(SCHEMA);
    }
}
