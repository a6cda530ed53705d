package id.humas.hub.telegram;

import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At most {@code bot.limits.user-messages-per-minute} messages per user and minute; what comes beyond is not
 * handled, and the user is told once per minute that it was not. The central team is not limited.
 *
 * <p>The minute is measured on the times Telegram stamped on the messages, not on when the bot handles them, so
 * the backlog Telegram delivers after the bot was down is not taken for a flood.
 */
@Component
class FloodGuard {

    private static final Logger log = LoggerFactory.getLogger(FloodGuard.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Cache<Long, Allowance> allowances = Caffeine.newBuilder()
            .expireAfterAccess(WINDOW.multipliedBy(2))
            .maximumSize(100_000)
            .build();
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
        Allowance allowance = allowances.get(sender.userId(), id -> new Allowance(perMinute, sentAt));
        Verdict verdict = allowance.take(sentAt);
        if (verdict == Verdict.REFUSED_FIRST) {
            log.info("User {} sent more than {} messages in a minute; the rest of the minute is not handled",
                    sender.userId(), perMinute);
            outbox.send(chatId, texts.get("limit.slow-down", String.valueOf(perMinute)));
        }
        return verdict == Verdict.ADMITTED;
    }

    private enum Verdict {
        ADMITTED, REFUSED_FIRST, REFUSED_AGAIN
    }

    /** One user's bucket, with the message times as its clock. */
    private static final class Allowance implements TimeMeter {

        private final Bucket bucket;
        private long now;
        private boolean told;

        Allowance(int perMinute, Instant firstMessage) {
            this.now = nanos(firstMessage);
            this.bucket = Bucket.builder()
                    .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, WINDOW))
                    .withCustomTimePrecision(this)
                    .build();
        }

        synchronized Verdict take(Instant sentAt) {
            now = Math.max(now, nanos(sentAt));
            if (bucket.tryConsume(1)) {
                told = false;
                return Verdict.ADMITTED;
            }
            if (told) {
                return Verdict.REFUSED_AGAIN;
            }
            told = true;
            return Verdict.REFUSED_FIRST;
        }

        @Override
        public long currentTimeNanos() {
            return now;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }

        private static long nanos(Instant instant) {
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }
    }
}
