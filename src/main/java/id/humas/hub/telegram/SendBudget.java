package id.humas.hub.telegram;

import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.humas.hub.system.BotProperties;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import org.springframework.stereotype.Component;

/**
 * Telegram's sending limits as token buckets: one for everything, one per chat (private chats and groups have
 * different rates). The buckets hold fewer tokens than Telegram tolerates in a burst, so the bot's sending is
 * smooth and jitter on the way to Telegram never adds up to a 429. After a 429 everything pauses: Telegram does
 * not say which limit was hit, and sending anything before retry_after only prolongs a ban.
 */
@Component
class SendBudget {

    private final BotProperties.Limits limits;
    private final int globalCapacity;
    private final Bucket global;
    private final Cache<Long, Bucket> chats = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();
    private volatile Instant pausedUntil = Instant.MIN;

    SendBudget(BotProperties properties) {
        this.limits = properties.limits();
        int perSecond = Math.max(1, limits.globalPerSecond());
        this.globalCapacity = Math.max(1, perSecond / 3);
        this.global = bucket(globalCapacity, perSecond, Duration.ofSeconds(1));
    }

    /**
     * Takes {@code messages} from the global and the chat's budget if both have them now.
     *
     * @return zero when taken; otherwise how long until they could be, and nothing is taken
     */
    Duration take(long chatId, int messages) {
        Duration paused = pausedFor();
        if (!paused.isZero() || messages == 0) {
            return paused;
        }
        // an album bigger than a bucket waits for the full bucket and empties it
        Bucket chat = chatId == 0 ? null : chats.get(chatId, this::newChatBucket);
        long forChat = Math.min(messages, chatCapacity(chatId));
        long forAll = Math.min(messages, globalCapacity);
        long chatWait = chat == null ? 0 : nanosToWait(chat, forChat);
        long globalWait = nanosToWait(global, forAll);
        if (chatWait > 0 || globalWait > 0) {
            return Duration.ofNanos(Math.max(chatWait, globalWait));
        }
        global.consumeIgnoringRateLimits(forAll);
        if (chat != null) {
            chat.consumeIgnoringRateLimits(forChat);
        }
        return Duration.ZERO;
    }

    /** How long until the global budget has a message to spare (zero: now), so a pass can stop early. */
    Duration globalWait() {
        Duration paused = pausedFor();
        return paused.isZero() ? Duration.ofNanos(nanosToWait(global, 1)) : paused;
    }

    /** How many messages the chat could take right now (ignoring the global budget). */
    long available(long chatId) {
        return chats.get(chatId, this::newChatBucket).getAvailableTokens();
    }

    void pauseAll(Duration retryAfter) {
        Instant until = Instant.now().plus(retryAfter);
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    Duration pausedFor() {
        Duration left = Duration.between(Instant.now(), pausedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Bucket newChatBucket(long chatId) {
        return chatId > 0
                ? bucket(chatCapacity(chatId), Math.max(1, limits.privatePerSecond()), Duration.ofSeconds(1))
                : bucket(chatCapacity(chatId), Math.max(1, limits.groupPerMinute()), Duration.ofMinutes(1));
    }

    /** Private chats: two seconds' worth. Groups: three quarters of a minute's worth. */
    private long chatCapacity(long chatId) {
        return chatId > 0
                ? 2L * Math.max(1, limits.privatePerSecond())
                : Math.max(1, Math.max(1, limits.groupPerMinute()) * 3L / 4);
    }

    private static long nanosToWait(Bucket bucket, long messages) {
        EstimationProbe probe = bucket.estimateAbilityToConsume(messages);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private static Bucket bucket(long capacity, long refill, Duration period) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(refill, period))
                .build();
    }
}
