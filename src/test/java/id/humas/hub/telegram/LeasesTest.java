package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import id.humas.hub.instances.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leases that make several instances behave as one bot, on the instants given (no sleeping): one holder at a
 * time; another instance takes over once the lease ran out (within the ttl of the holder's death), at once when
 * it was let go; of instances trying at the same moment exactly one gets it, on H2 and on PostgreSQL.
 */
class LeasesTest {

    private static final Duration TTL = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private final Leases leases = new Leases(new JdbcTemplate(TestDatabases.h2()));

    @Test
    void aFreeLeaseIsTakenAndRenewedByItsHolderAndRefusedToAnotherWhileItLasts() {
        assertThat(leases.acquire("sending", "a", T0, TTL, false)).isTrue();
        assertThat(leases.acquire("sending", "b", T0.plusSeconds(1), TTL, false)).isFalse();
        assertThat(leases.acquire("sending", "a", T0.plusSeconds(10), TTL, false)).isTrue();
        assertThat(leases.acquire("sending", "b", T0.plusSeconds(39), TTL, false)).isFalse();

        assertThat(leases.holder("sending", T0.plusSeconds(39))).contains("a");
    }

    @Test
    void whenTheHolderDiesAnotherInstanceTakesOverAsSoonAsTheLeaseRanOutWellWithinAMinute() {
        leases.acquire("polling", "a", T0, TTL, false);

        assertThat(leases.acquire("polling", "b", T0.plus(TTL).minusMillis(1), TTL, false)).isFalse();
        assertThat(leases.acquire("polling", "b", T0.plus(TTL), TTL, false)).isTrue();
        // the old holder, should it come back, no longer has it
        assertThat(leases.acquire("polling", "a", T0.plus(TTL).plusSeconds(1), TTL, false)).isFalse();
        assertThat(leases.holder("polling", T0.plus(TTL).plusSeconds(1))).contains("b");
    }

    @Test
    void aLeaseLetGoOnACleanStopIsTakenAtOnce() {
        leases.acquire("inbox", "a", T0, TTL, false);
        leases.release("inbox", "a", T0.plusSeconds(5));

        assertThat(leases.holder("inbox", T0.plusSeconds(5))).isEmpty();
        assertThat(leases.acquire("inbox", "b", T0.plusSeconds(5), TTL, false)).isTrue();
    }

    @Test
    void aReleaseByAnInstanceThatNoLongerHoldsTheLeaseChangesNothing() {
        leases.acquire("inbox", "a", T0, TTL, false);
        leases.acquire("inbox", "b", T0.plus(TTL), TTL, false);
        leases.release("inbox", "a", T0.plus(TTL).plusSeconds(1));

        assertThat(leases.holder("inbox", T0.plus(TTL).plusSeconds(1))).contains("b");
    }

    @Test
    void onAnExclusiveDatabaseALeaseLeftByAKilledProcessIsTakenAtStart() {
        leases.acquire("sending", "killed", T0, TTL, false);

        assertThat(leases.acquire("sending", "restarted", T0.plusSeconds(1), TTL, true)).isTrue();
    }

    @Test
    void aLeaseNotKnownYetIsCreatedForItsFirstHolder() {
        assertThat(leases.acquire("something-new", "a", T0, TTL, false)).isTrue();
        assertThat(leases.acquire("something-new", "b", T0, TTL, false)).isFalse();
    }

    @Test
    void ofEightInstancesTryingAtTheSameMomentExactlyOneGetsTheLeaseOnH2() throws Exception {
        assertExactlyOneWins(TestDatabases.h2());
    }

    @Test
    void ofEightInstancesTryingAtTheSameMomentExactlyOneGetsTheLeaseOnPostgres() throws Exception {
        DataSource postgres = TestDatabases.postgres("humas_leases", "the lease race on PostgreSQL");
        try {
            assertExactlyOneWins(postgres);
        } finally {
            TestDatabases.drop(postgres);
        }
    }

    private static void assertExactlyOneWins(DataSource dataSource) throws Exception {
        Leases shared = new Leases(new JdbcTemplate(dataSource));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 10; round++) {
                String name = "race-" + round;
                Instant now = T0.plusSeconds(round);
                CyclicBarrier start = new CyclicBarrier(8);
                List<Future<Boolean>> tries = new ArrayList<>();
                for (int instance = 0; instance < 8; instance++) {
                    String owner = "instance-" + instance;
                    Callable<Boolean> attempt = () -> {
                        start.await();
                        return shared.acquire(name, owner, now, TTL, false);
                    };
                    tries.add(pool.submit(attempt));
                }
                int winners = 0;
                for (Future<Boolean> attempt : tries) {
                    winners += attempt.get() ? 1 : 0;
                }
                assertThat(winners).as("winners of round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
