package id.humas.hub.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fake's 429 machinery: sliding windows ({@link FloodLimits}), forced floods and the bans that follow a 429.
 * Not thread-safe: {@link FakeTelegram} calls it under its lock. Times are {@link System#nanoTime()}-style nanos.
 *
 * <p>A 429 bans its scope (one chat, or every chat for the global scope) until retry_after has elapsed; a counted
 * call into a banned scope is refused again and counted as a premature retry. The ban ends when announced: a
 * premature retry does not make it longer, so retry_after stays an honest answer.
 */
final class FloodControl {

    private static final long SECOND = 1_000_000_000L;

    private FloodLimits limits;
    private SlidingLog global;
    private final Map<Long, SlidingLog> chatBuckets = new HashMap<>();
    private Ban globalBan;
    private final Map<Long, Ban> chatBans = new HashMap<>();
    private final Map<Long, Deque<Integer>> forcedChatFloods = new HashMap<>();
    private long tooManyRequests;
    private long prematureRetries;
    private final Map<Long, Long> delivered = new HashMap<>();

    /** A 429 scope's ban; {@code announced} once a 429 told the bot about it. */
    private static final class Ban {
        final long until;
        boolean announced;

        Ban(long until, boolean announced) {
            this.until = until;
            this.announced = announced;
        }
    }

    void limits(FloodLimits newLimits) {
        limits = newLimits;
        global = null;
        chatBuckets.clear();
    }

    FloodLimits limits() {
        return limits;
    }

    void forceChatFlood(long chatId, int retryAfterSeconds) {
        forcedChatFloods.computeIfAbsent(chatId, c -> new ArrayDeque<>()).add(retryAfterSeconds);
    }

    void forceGlobalFlood(long until) {
        globalBan = new Ban(until, false);
    }

    /** Forgets forced floods, bans and what the windows hold (they start empty again); keeps limits and counters. */
    void clearFaults() {
        forcedChatFloods.clear();
        globalBan = null;
        chatBans.clear();
        global = null;
        chatBuckets.clear();
    }

    /**
     * Decides whether a call that would create {@code messages} messages in the chat is refused.
     *
     * @return retry_after in whole seconds (at least 1) when refused, else null
     */
    Integer refusal(long chatId, int messages, long now) {
        Integer banned = activeBan(chatId, now);
        if (banned != null) {
            return banned;
        }
        Deque<Integer> forced = forcedChatFloods.get(chatId);
        Integer retryAfter = forced == null ? null : forced.poll();
        if (retryAfter != null) {
            chatBans.put(chatId, new Ban(now + retryAfter * SECOND, true));
            return retryAfter;
        }
        if (limits == null) {
            return null;
        }
        long globalWait = globalBucket(now).waitNanos(messages, now);
        long chatWait = chatBucket(chatId, now).waitNanos(messages, now);
        if (globalWait == 0 && chatWait == 0) {
            return null;
        }
        if (globalWait > 0) {
            globalBan = new Ban(now + wholeSeconds(globalWait) * SECOND, true);
        }
        if (chatWait > 0) {
            chatBans.put(chatId, new Ban(now + wholeSeconds(chatWait) * SECOND, true));
        }
        return (int) wholeSeconds(Math.max(globalWait, chatWait));
    }

    private Integer activeBan(long chatId, long now) {
        Ban chatBan = chatBans.get(chatId);
        if (chatBan != null && now >= chatBan.until) {
            chatBans.remove(chatId);
            chatBan = null;
        }
        if (globalBan != null && now >= globalBan.until) {
            globalBan = null;
        }
        if (chatBan == null && globalBan == null) {
            return null;
        }
        boolean premature = false;
        long remaining = 0;
        for (Ban ban : new Ban[]{globalBan, chatBan}) {
            if (ban != null) {
                premature |= ban.announced;
                ban.announced = true;
                remaining = Math.max(remaining, ban.until - now);
            }
        }
        if (premature) {
            prematureRetries++;
        }
        return (int) wholeSeconds(remaining);
    }

    /** A message was created in the chat: enters the windows and is counted. */
    void delivered(long chatId, long now) {
        delivered.merge(chatId, 1L, Long::sum);
        counted(chatId, now);
    }

    /** A call that counts against the limits without creating a message (an edit in a group). */
    void counted(long chatId, long now) {
        if (limits != null) {
            globalBucket(now).take(now);
            chatBucket(chatId, now).take(now);
        }
    }

    void countTooManyRequests() {
        tooManyRequests++;
    }

    long tooManyRequests() {
        return tooManyRequests;
    }

    long prematureRetries() {
        return prematureRetries;
    }

    long deliveredTo(long chatId) {
        return delivered.getOrDefault(chatId, 0L);
    }

    Map<Long, Long> deliveredPerChat() {
        return new TreeMap<>(delivered);
    }

    private SlidingLog globalBucket(long now) {
        if (global == null) {
            global = new SlidingLog(limits.global());
        }
        return global;
    }

    private SlidingLog chatBucket(long chatId, long now) {
        return chatBuckets.computeIfAbsent(chatId,
                id -> new SlidingLog(id > 0 ? limits.privateChat() : limits.group()));
    }

    /** Nanos rounded up to whole seconds, at least 1 (Telegram never answers retry_after 0). */
    static long wholeSeconds(long nanos) {
        return Math.max(1, (nanos + SECOND - 1) / SECOND);
    }

    /**
     * The times of the messages within the last period, oldest first: a call fits when, with it, no more than the
     * limit fall in any rolling period. Times are exact nanos, so a bot that waited retry_after always fits.
     */
    private static final class SlidingLog {
        private final int limit;
        private final long periodNanos;
        private final Deque<Long> times = new ArrayDeque<>();

        SlidingLog(FloodLimits.Window spec) {
            this.limit = spec.limit();
            this.periodNanos = spec.period().toNanos();
        }

        private void evict(long now) {
            for (Iterator<Long> it = times.iterator(); it.hasNext(); ) {
                if (now - it.next() >= periodNanos) {
                    it.remove();
                } else {
                    break;
                }
            }
        }

        /** Nanos until {@code messages} more fit (one bigger than the limit needs an empty window); 0 if now. */
        long waitNanos(int messages, long now) {
            evict(now);
            int needed = Math.min(messages, limit);
            int mustLeave = times.size() + needed - limit;
            if (mustLeave <= 0) {
                return 0;
            }
            Iterator<Long> it = times.iterator();
            long time = 0;
            for (int i = 0; i < mustLeave; i++) {
                time = it.next();
            }
            return time + periodNanos - now;
        }

        void take(long now) {
            evict(now);
            times.addLast(now);
        }
    }
}
