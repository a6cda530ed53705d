package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The central group starts as a basic group and becomes a supergroup with a new id (Telegram does this when a group
 * gets admins' settings or grows): the bot follows it, stays in it, and keeps serving the team there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GroupMigrationEndToEndTest {

    private static final long OLD_CENTRAL = -4004000004L;
    private static final long NEW_CENTRAL = -1004000000004L;
    private static final long LEAD = 9401;
    private static final FakeTelegram telegram = new FakeTelegram(EndToEndTest.TOKEN).start();

    private final FakeUser lead = telegram.user(LEAD, "Wulan");
    private final FakeChat central = telegram.basicGroup(OLD_CENTRAL, "Tim Humas Pusat");

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        EndToEndTest.isolatedBot(registry, telegram, OLD_CENTRAL, LEAD);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:humas-migration;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void theBotFollowsTheCentralGroupToItsNewIdAndKeepsServingItThere() {
        lead.sends("/undang Dinas Perhubungan");
        String code = EndToEndTest.inviteCode(telegram.awaitMessageTo(LEAD, "?start="));

        FakeChat supergroup = telegram.migrateToSupergroup(central, NEW_CENTRAL, lead);
        FakeUser officer = telegram.user(9402, "Bayu");
        officer.sends("/start " + code);
        telegram.awaitMessageTo(officer.id(), "Selamat datang");
        officer.sends("/isu Jembatan putus di jalur mudik");

        SentMessage card = telegram.awaitMessageTo(NEW_CENTRAL, "Jembatan putus di jalur mudik");
        assertThat(card.buttonTexts()).contains("Terima");
        SentMessage notice = telegram.awaitMessageTo(NEW_CENTRAL, "bot.central-chat-id");
        assertThat(notice.plainText()).contains(String.valueOf(NEW_CENTRAL));

        lead.in(supergroup).sends("/belum");
        telegram.awaitMessageTo(NEW_CENTRAL, "Dinas Perhubungan");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE kind = 'Leave'", Integer.class))
                .as("the bot never decided to leave the central group's new chat").isZero();
    }
}
