package id.humas.hub.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * Telegram's flood limits as {@link FakeTelegram#enforceFloodLimits(FloodLimits) enforced} by the fake, modelled as
 * token buckets:
 * <ul>
 *   <li>one global bucket shared by every chat,</li>
 *   <li>one bucket per private chat (positive chat id),</li>
 *   <li>one bucket per group, supergroup or channel (negative chat id).</li>
 * </ul>
 * A bucket starts full; it holds at most {@link Bucket#capacity()} tokens and gains {@link Bucket#refillTokens()}
 * tokens per {@link Bucket#refillPeriod()}, continuously (a third of a token after a third of the period). Every
 * message the bot creates takes one token from the global bucket and one from its chat's bucket (an album takes one
 * per item). A call is admitted when both buckets hold the tokens it needs; an album larger than a bucket's capacity
 * is admitted by a full bucket and leaves it in debt (negative), as Telegram lets a 10-item album into a private
 * chat but then makes the chat wait.
 *
 * <p>{@link #telegramDefaults()}: global 30 per second (capacity 30), private chat 1 per second (capacity 3, a short
 * burst), group 20 per minute (capacity 20). These are the published figures ("about 30 messages per second
 * overall, one per second per chat, 20 per minute per group"); the real server is more lenient with short bursts.
 *
 * @param global      the bucket shared by all chats
 * @param privateChat the bucket each private chat gets
 * @param group       the bucket each group, supergroup or channel gets
 */
public record FloodLimits(Bucket global, Bucket privateChat, Bucket group) {

    public FloodLimits {
        Objects.requireNonNull(global, "global");
        Objects.requireNonNull(privateChat, "privateChat");
        Objects.requireNonNull(group, "group");
    }

    /** Global 30/s (capacity 30), private chat 1/s (capacity 3), group 20/min (capacity 20). */
    public static FloodLimits telegramDefaults() {
        return new FloodLimits(new Bucket(30, 30, Duration.ofSeconds(1)), new Bucket(3, 1, Duration.ofSeconds(1)),
                new Bucket(20, 20, Duration.ofMinutes(1)));
    }

    public FloodLimits withGlobal(Bucket bucket) {
        return new FloodLimits(bucket, privateChat, group);
    }

    public FloodLimits withPrivateChat(Bucket bucket) {
        return new FloodLimits(global, bucket, group);
    }

    public FloodLimits withGroup(Bucket bucket) {
        return new FloodLimits(global, privateChat, bucket);
    }

    /**
     * One token bucket.
     *
     * @param capacity     most tokens it holds (the longest burst)
     * @param refillTokens tokens it regains per {@code refillPeriod}
     * @param refillPeriod the period of {@code refillTokens}
     */
    public record Bucket(int capacity, int refillTokens, Duration refillPeriod) {

        public Bucket {
            if (capacity < 1 || refillTokens < 1) {
                throw new IllegalArgumentException("capacity and refillTokens must be positive");
            }
            Objects.requireNonNull(refillPeriod, "refillPeriod");
            if (refillPeriod.isNegative() || refillPeriod.isZero()) {
                throw new IllegalArgumentException("refillPeriod must be positive");
            }
        }

        /** E.g. {@code perSecond(30, 30)}: capacity 30, 30 tokens a second. */
        public static Bucket perSecond(int capacity, int tokensPerSecond) {
            return new Bucket(capacity, tokensPerSecond, Duration.ofSeconds(1));
        }

        /** E.g. {@code perMinute(20, 20)}: capacity 20, 20 tokens a minute. */
        public static Bucket perMinute(int capacity, int tokensPerMinute) {
            return new Bucket(capacity, tokensPerMinute, Duration.ofMinutes(1));
        }
    }
}
