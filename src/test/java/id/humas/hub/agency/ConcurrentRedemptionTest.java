package id.humas.hub.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.instances.TestDatabases;
import id.humas.hub.telegram.Sender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two people redeem one invite at the same moment (two instances, each handling one of the /start updates), on
 * PostgreSQL: one becomes the agency's officer, the other's registration is rolled back, and the invite names the
 * one who got it. Repeated 100 times, so the two transactions really overlap (before the invite was locked as it was
 * read, the second person took the agency over with the same code in one round of 50 to 100).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConcurrentRedemptionTest {

    private static final String TOKEN = "112233:REDEEM-token-for-the-double-00000";
    private static final FakeTelegram telegram = new FakeTelegram(TOKEN).start();
    private static String database;

    @Autowired
    Registration registration;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        database = TestDatabases.newPostgresDatabase("humas_redeem", "concurrent redemption on PostgreSQL");
        telegram.setBotUsername("humas_redeem_bot");
        registry.add("bot.api-url", telegram::apiUrl);
        registry.add("bot.token", () -> TOKEN);
        registry.add("bot.username", () -> "humas_redeem_bot");
        registry.add("bot.central-chat-id", () -> -1005000000005L);
        registry.add("bot.central-team", () -> 9801);
        registry.add("bot.digest.cron", () -> "-");
        registry.add("spring.datasource.url", () -> TestDatabases.postgresUrl(database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void dropDatabase() {
        telegram.close();
        if (database != null) {
            TestDatabases.dropPostgresDatabase(database);
        }
    }

    @Test
    void ofTwoPeopleRedeemingOneInviteAtOnceExactlyOneBecomesTheOfficer() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 100; round++) {
                jdbc.update("INSERT INTO agency (name, name_key, created_at) VALUES (?, ?, ?)", "Dinas Rebutan " + round,
                        "dinas rebutan " + round, Timestamp.from(Instant.now()));
                long agency = jdbc.queryForObject("SELECT id FROM agency WHERE name_key = ?", Long.class,
                        "dinas rebutan " + round);
                String code = "rebutan" + round;
                jdbc.update("INSERT INTO invite (code, agency_id, created_by, created_at, expires_at)"
                        + " VALUES (?, ?, 9801, ?, ?)", code, agency, Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now().plusSeconds(3600)));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> redemptions = new ArrayList<>();
                for (int person = 0; person < 2; person++) {
                    long userId = 880_000L + round * 10L + person;
                    redemptions.add(instances.submit(() -> {
                        together.await();
                        try {
                            registration.redeem(code, new Sender(userId, "Petugas" + userId, null, null), userId);
                            return true;
                        } catch (RuntimeException refusedOrRolledBack) {
                            return false;
                        }
                    }));
                }
                int registered = 0;
                for (Future<Boolean> redemption : redemptions) {
                    registered += redemption.get() ? 1 : 0;
                }
                assertThat(registered).as("redemptions that went through in round %d", round).isEqualTo(1);
                List<Long> active = jdbc.queryForList("SELECT user_id FROM officer WHERE agency_id = ?"
                        + " AND status = 'ACTIVE'", Long.class, agency);
                assertThat(active).hasSize(1);
                assertThat(jdbc.queryForObject("SELECT used_by FROM invite WHERE code = ?", Long.class, code))
                        .isEqualTo(active.get(0));
            }
        } finally {
            instances.shutdownNow();
        }
    }
}
