package id.humas.hub.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At most {@code bot.limits.user-messages-per-minute} messages per user in any minute, and as many button presses;
 * what comes beyond is not handled, and the user is told once (a message) or answered (a press). The central team
 * is not limited. Counting is part of the transaction that handles the update: when it rolls back (and the update
 * is handled again), the count and the "already told" flag are taken back.
 *
 * <p>The minute of messages is measured on the times Telegram stamped on them, not on when the bot handles them,
 * so the backlog Telegram delivers after the bot was down is not taken for a flood.
 */
@Component
class FloodGuard {

    private static final Logger log = LoggerFactory.getLogger(FloodGuard.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Cache<Long, Allowance> messages = allowances();
    private final Cache<Long, Allowance> presses = allowances();
    private final int perMinute;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;

    FloodGuard(BotProperties properties, CentralTeam team, Outbox outbox, Texts texts) {
        this.perMinute = properties.limits().userMessagesPerMinute();
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** Whether to handle a message {@code sender} sent at {@code sentAt} in {@code chatId}. */
    boolean admit(Sender sender, long chatId, Instant sentAt) {
        if (team.isMember(sender.userId())) {
            return true;
        }
        Verdict verdict = take(messages, sender, sentAt);
        if (verdict == Verdict.REFUSED_FIRST) {
            log.info("User {} sent more than {} messages in a minute; the rest of the minute is not handled",
                    sender.userId(), perMinute);
            outbox.send(chatId, texts.html("limit.slow-down", String.valueOf(perMinute)));
        }
        return verdict == Verdict.ADMITTED;
    }

    /** Whether to handle a button press; one that is not must still be answered. */
    boolean admitPress(Sender sender, Instant at) {
        if (team.isMember(sender.userId())) {
            return true;
        }
        Verdict verdict = take(presses, sender, at);
        if (verdict == Verdict.REFUSED_FIRST) {
            log.info("User {} pressed more than {} buttons in a minute; the rest of the minute is not handled",
                    sender.userId(), perMinute);
        }
        return verdict == Verdict.ADMITTED;
    }

    private Verdict take(Cache<Long, Allowance> allowances, Sender sender, Instant at) {
        Allowance allowance = allowances.get(sender.userId(), id -> new Allowance(perMinute));
        Verdict verdict = allowance.take(at);
        AfterCommit.undoOnRollback(() -> allowance.undo(verdict, at));
        return verdict;
    }

    private static Cache<Long, Allowance> allowances() {
        return Caffeine.newBuilder().expireAfterAccess(WINDOW.multipliedBy(2)).maximumSize(100_000).build();
    }

    private enum Verdict {
        ADMITTED, REFUSED_FIRST, REFUSED_AGAIN
    }

    /** One user's last admitted times (at most the limit): a sliding minute. */
    private static final class Allowance {

        private final int perMinute;
        private final Deque<Instant> admitted = new ArrayDeque<>();
        private boolean told;

        Allowance(int perMinute) {
            this.perMinute = Math.max(1, perMinute);
        }

        synchronized Verdict take(Instant at) {
            while (!admitted.isEmpty() && !admitted.peekFirst().plus(WINDOW).isAfter(at)) {
                admitted.pollFirst();
            }
            if (admitted.size() < perMinute) {
                admitted.addLast(at);
                told = false;
                return Verdict.ADMITTED;
            }
            if (told) {
                return Verdict.REFUSED_AGAIN;
            }
            told = true;
            return Verdict.REFUSED_FIRST;
        }

        synchronized void undo(Verdict verdict, Instant at) {
            if (verdict == Verdict.ADMITTED) {
                admitted.removeLastOccurrence(at);
            } else if (verdict == Verdict.REFUSED_FIRST) {
                told = false;
            }
        }
    }
}
