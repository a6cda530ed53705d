package id.humas.hub.telegram;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * The leases this instance holds, so that several instances on one database behave as one bot: one polls Telegram,
 * one sends (so Telegram's limits hold for the bot as a whole). The inbox needs none: every instance handles it,
 * claiming update by update ({@link Inbox#claim}). Every lease is tried for, and renewed, every third of {@code bot.lease.ttl}; one that is held
 * counts as held here only until two thirds of its time are up, so this instance has stopped before another may
 * take over. A clean stop lets the leases go at once; a dead instance's run out within the ttl. Runs on the system
 * clock: leases are about real time between processes, whatever clock the rest of the application uses.
 *
 * <p>On H2 only one process can open the database, so a lease left by a killed process is taken at once.
 */
@Component
class InstanceLeases implements SmartLifecycle {

    /** What a lease is for. */
    enum Task {
        POLLING, SENDING;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(InstanceLeases.class);

    private final Leases leases;
    private final Duration ttl;
    private final List<Task> tasks;
    private final boolean exclusiveDatabase;
    private final String owner;
    private final WorkerLoop loop;
    private final Map<Task, Instant> heldUntil = new EnumMap<>(Task.class);
    /** Guarded by heldUntil: whether a round of taking the leases has run (on H2 the first one takes them all). */
    private boolean tookAny;
    private boolean failing;

    InstanceLeases(Leases leases, BotModeProperties properties, DataSource dataSource) {
        this.leases = leases;
        this.ttl = properties.lease().ttl();
        this.tasks = properties.mode() == BotMode.POLLING ? List.of(Task.POLLING, Task.SENDING)
                : List.of(Task.SENDING);
        this.exclusiveDatabase = isH2(dataSource);
        this.owner = ownerName();
        this.loop = new WorkerLoop("leases", ttl.dividedBy(3), this::renew);
    }

    /** Whether this instance may do {@code task} now. */
    boolean holds(Task task) {
        Instant until;
        synchronized (heldUntil) {
            until = heldUntil.get(task);
        }
        return until != null && Instant.now().isBefore(until.minus(ttl.dividedBy(3)));
    }

    /**
     * Whether the database, the last time it answered, left {@code task} to this instance: true also while the lease
     * lapses only because the database cannot be reached (then no other instance can take it either).
     */
    boolean notTakenByAnother(Task task) {
        synchronized (heldUntil) {
            return heldUntil.containsKey(task);
        }
    }

    String owner() {
        return owner;
    }

    @Override
    public void start() {
        renew();
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
        Instant now = Instant.now();
        for (Task task : tasks) {
            if (holds(task)) {
                try {
                    leases.release(task.key(), owner, now);
                } catch (RuntimeException failed) {
                    log.warn("Could not let the {} lease go; another instance takes it over when it runs out",
                            task.key());
                }
            }
            synchronized (heldUntil) {
                heldUntil.remove(task);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Before the inbox worker, the sender and the poller start, and after they stopped. */
    @Override
    public int getPhase() {
        return OutboxSender.PHASE - 100;
    }

    /**
     * Takes or renews every lease. While the database cannot be reached, the leases held lapse here by themselves
     * (so this instance stops before another may take over) and taking them is tried again every second.
     */
    private Duration renew() {
        try {
            renewAll();
        } catch (RuntimeException unreachable) {
            if (!failing) {
                log.warn("Could not renew the leases; trying again every second: {}", unreachable.toString());
            }
            failing = true;
            return Duration.ofSeconds(1);
        }
        if (failing) {
            log.info("The leases are renewed again");
        }
        failing = false;
        return ttl.dividedBy(3);
    }

    private void renewAll() {
        boolean firstRound;
        synchronized (heldUntil) {
            firstRound = !tookAny;
        }
        for (Task task : tasks) {
            Instant now = Instant.now();
            boolean wasHeld = holds(task);
            boolean held = leases.acquire(task.key(), owner, now, ttl, exclusiveDatabase && firstRound);
            synchronized (heldUntil) {
                if (held) {
                    heldUntil.put(task, now.plus(ttl));
                } else {
                    heldUntil.remove(task);
                }
            }
            if (held != wasHeld) {
                log.info(held ? "This instance ({}) took the {} lease" : "This instance ({}) lost the {} lease",
                        owner, task.key());
            }
        }
        synchronized (heldUntil) {
            tookAny = true;
        }
    }

    private static boolean isH2(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource,
                    metaData -> metaData.getDatabaseProductName());
            return product != null && product.toLowerCase(Locale.ROOT).contains("h2");
        } catch (Exception unknown) {
            return false;
        }
    }

    private static String ownerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception unknown) {
            host = "host";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":"
                + Integer.toHexString(new SecureRandom().nextInt(1 << 24));
    }
}
