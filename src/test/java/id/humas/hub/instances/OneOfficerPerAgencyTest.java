package id.humas.hub.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two active officers for one agency are impossible in the database itself (migration V20_1), on H2 and on
 * PostgreSQL, also when two registrations for one agency commit at the same moment (two instances redeeming one
 * invite): one of them is refused and rolled back. Former officers (replaced, undone) may be many.
 */
class OneOfficerPerAgencyTest {

    @Test
    void aSecondActiveOfficerForOneAgencyIsRefusedOnH2() {
        assertSecondActiveOfficerRefused(new JdbcTemplate(TestDatabases.h2()));
    }

    @Test
    void aSecondActiveOfficerForOneAgencyIsRefusedOnPostgres() {
        DataSource postgres = TestDatabases.postgres("humas_one_officer", "the officer constraint on PostgreSQL");
        try {
            assertSecondActiveOfficerRefused(new JdbcTemplate(postgres));
        } finally {
            TestDatabases.drop(postgres);
        }
    }

    @Test
    void ofTwoRegistrationsForOneAgencyCommittingAtOnceOnPostgresExactlyOneStays() throws Exception {
        DataSource postgres = TestDatabases.postgres("humas_one_officer", "the registration race on PostgreSQL");
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(postgres);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(postgres));
            for (int round = 0; round < 10; round++) {
                long agency = agency(jdbc, "Dinas " + round);
                String code = "code" + round;
                jdbc.update("INSERT INTO invite (code, agency_id, created_by, created_at, expires_at)"
                        + " VALUES (?, ?, 1, ?, ?)", code, agency, now(), Timestamp.from(Instant.now().plusSeconds(600)));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> registrations = new ArrayList<>();
                for (int person = 0; person < 2; person++) {
                    long userId = 1000L * round + person;
                    registrations.add(instances.submit(() -> {
                        together.await();
                        try {
                            transactions.executeWithoutResult(status -> {
                                // what a redemption writes: the invite used, the new officer active
                                jdbc.update("UPDATE invite SET used_at = ?, used_by = ? WHERE code = ?", now(), userId,
                                        code);
                                officer(jdbc, agency, userId, "ACTIVE");
                            });
                            return true;
                        } catch (DataIntegrityViolationException refused) {
                            return false;
                        }
                    }));
                }
                int registered = 0;
                for (Future<Boolean> registration : registrations) {
                    registered += registration.get() ? 1 : 0;
                }
                assertThat(registered).as("registrations that stayed in round %d", round).isEqualTo(1);
                Long usedBy = jdbc.queryForObject("SELECT used_by FROM invite WHERE code = ?", Long.class, code);
                assertThat(jdbc.queryForObject("SELECT user_id FROM officer WHERE agency_id = ? AND status = 'ACTIVE'",
                        Long.class, agency)).as("the officer is the one the invite says used it").isEqualTo(usedBy);
            }
        } finally {
            instances.shutdownNow();
            TestDatabases.drop(postgres);
        }
    }

    private static void assertSecondActiveOfficerRefused(JdbcTemplate jdbc) {
        long agency = agency(jdbc, "Dinas Kesehatan");
        officer(jdbc, agency, 1, "REPLACED");
        officer(jdbc, agency, 2, "UNDONE");
        officer(jdbc, agency, 3, "ACTIVE");

        assertThatThrownBy(() -> officer(jdbc, agency, 4, "ACTIVE"))
                .isInstanceOf(DataIntegrityViolationException.class);
        long other = agency(jdbc, "Dinas Pendidikan");
        officer(jdbc, other, 4, "ACTIVE");
        assertThatThrownBy(() -> jdbc.update("UPDATE officer SET status = 'ACTIVE' WHERE user_id = 1"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM officer WHERE status = 'ACTIVE'", Integer.class))
                .isEqualTo(2);
    }

    private static long agency(JdbcTemplate jdbc, String name) {
        jdbc.update("INSERT INTO agency (name, name_key, created_at) VALUES (?, ?, ?)", name, name.toLowerCase(), now());
        return jdbc.queryForObject("SELECT id FROM agency WHERE name = ?", Long.class, name);
    }

    private static void officer(JdbcTemplate jdbc, long agency, long userId, String status) {
        jdbc.update("INSERT INTO officer (agency_id, user_id, chat_id, display_name, status, registered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", agency, userId, userId, "Petugas " + userId, status, now());
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
