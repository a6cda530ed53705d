package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

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
 * The agenda columns (V11), the morning list's query and /cari's LIKE with escaped wildcards on PostgreSQL, in a
 * schema of its own in the local database "test". Skipped where no PostgreSQL answers on 127.0.0.1:5432.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresAgendaSearchEndToEndTest {

    private static final String SCHEMA = "humas_agenda_search";
    private static final long CENTRAL = -1003000000011L;
    private static final FakeTelegram telegram = new FakeTelegram(EndToEndTest.TOKEN).start();

    private final FakeChat central = telegram.group(CENTRAL, "Tim Humas");
    private final FakeUser lead = telegram.user(9311, "Rina");

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void freshSchema() {
        LocalPostgres.freshSchema(SCHEMA, "the PostgreSQL run of agenda and search");
    }

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        EndToEndTest.isolatedBot(registry, telegram, CENTRAL, 9311);
        LocalPostgres.use(registry, SCHEMA);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void agendaDetailsAndSearchWorkOnPostgres() {
        lead.sends("/undang Dinas Kesehatan");
        SentMessage invite = telegram.awaitMessageTo(lead.id(), "?start=");
        FakeUser officer = telegram.user(9411, "Sari");
        officer.sends("/start " + EndToEndTest.inviteCode(invite));
        telegram.awaitMessageTo(officer.id(), "Selamat datang");

        officer.sends("/agenda Rapat STUNTING_50% 12-06-2031 09.00 di Aula Dinkes");
        SentMessage confirmed = telegram.awaitMessageTo(officer.id(), "tercatat");
        assertThat(confirmed.plainText()).contains("Kamis, 12 Juni 2031, pukul 09.00").contains("Aula Dinkes");
        officer.sends("/isu Rapat stuntingX500 ricuh");
        telegram.awaitMessageTo(officer.id(), "tercatat dan langsung diteruskan");

        lead.in(central).sends("/cari stunting_50% instansi:kesehatan dari:" + LocalDate.now(
                ZoneId.of("Asia/Jakarta")));
        SentMessage found = telegram.awaitMessageTo(CENTRAL, "🔎");
        assertThat(found.plainText()).contains("1 laporan").contains("Rapat STUNTING_50%").doesNotContain("ricuh");
        assertThat(jdbc.queryForObject("SELECT event_time FROM item WHERE category = 'AGENDA'", String.class))
                .startsWith("09:00");
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(SCHEMA);
    }
}
