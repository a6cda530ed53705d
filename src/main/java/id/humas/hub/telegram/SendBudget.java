package id.humas.hub.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.humas.hub.system.BotProperties;
import org.springframework.stereotype.Component;

/**
 * Telegram's sending limits as exact sliding windows ({@link SlidingWindow}): at most
 * {@code bot.limits.global-per-second} messages in any rolling second in all, {@code private-per-second} to one
 * private chat, and {@code group-per-minute} sends and edits to one group in any rolling minute, whatever happened
 * before: a restart starts from what the outbox recorded as sent within the last minute. A message counts from
 * when it was taken until Telegram's answer came (the latest moment Telegram can have counted it), so jitter on the
 * way never adds up to a 429. Lower priorities may fill only part of a group's minute ({@link SendPriority}).
 * After a 429 everything pauses: Telegram does not say which limit was hit, and sending anything before
 * retry_after only prolongs a ban.
 */
@Component
class SendBudget {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    private final BotProperties.Limits limits;
    private final OutboxMessages messages;
    private SlidingWindow global;
    /** Bounded: a window forgotten after two idle minutes is empty anyway. */
    private final Cache<Long, SlidingWindow> chats = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2))
            .maximumSize(20_000)
            .build();
    private volatile Instant pausedUntil = Instant.MIN;

    SendBudget(BotProperties properties, OutboxMessages messages) {
        this.limits = properties.limits();
        this.messages = messages;
        this.global = new SlidingWindow(Math.max(1, limits.globalPerSecond()), SECOND);
        rebuild();
    }

    /**
     * Starts again from what the outbox recorded as sent within the last minute, by any instance: at start-up, and
     * when this instance takes the sending over from another one.
     */
    synchronized void rebuild() {
        global = new SlidingWindow(Math.max(1, limits.globalPerSecond()), SECOND);
        chats.invalidateAll();
        Instant now = Instant.now();
        long nanoNow = System.nanoTime();
        List<OutboxMessages.Counted> recent = messages.countedSince(now.minus(Duration.ofMinutes(1)));
        recent.stream().sorted(Comparator.comparing(OutboxMessages.Counted::at)).forEach(sent -> {
            long at = nanoNow - Duration.between(sent.at(), now).toNanos();
            global.record(sent.messages(), at);
            window(sent.chatId()).record(sent.messages(), at);
        });
    }

    /**
     * Takes {@code messages} from the global and the chat's budget if both have them now.
     *
     * @return zero when taken; otherwise how long until they could be, and nothing is taken
     */
    synchronized Duration take(long chatId, int messages, SendPriority priority) {
        Duration paused = pausedFor();
        if (!paused.isZero() || messages == 0) {
            return paused;
        }
        long now = System.nanoTime();
        SlidingWindow chat = chatId == 0 ? null : window(chatId);
        long chatWait = chat == null ? 0 : chat.waitNanos(messages, allowed(chatId, chat, priority), now);
        long globalWait = global.waitNanos(messages, global.limit(), now);
        if (chatWait > 0 || globalWait > 0) {
            return Duration.ofNanos(Math.max(chatWait, globalWait));
        }
        global.record(messages, now);
        if (chat != null) {
            chat.record(messages, now);
        }
        return Duration.ZERO;
    }

    /** Telegram answered the call whose {@code messages} were just taken: they count from now. */
    synchronized void settle(long chatId, int messages) {
        long now = System.nanoTime();
        global.settle(messages, now);
        if (chatId != 0) {
            window(chatId).settle(messages, now);
        }
    }

    /** How long until the global budget has a message to spare (zero: now), so a pass can stop early. */
    synchronized Duration globalWait() {
        Duration paused = pausedFor();
        return paused.isZero() ? Duration.ofNanos(global.waitNanos(1, global.limit(), System.nanoTime())) : paused;
    }

    /** How many messages of {@code priority} the chat could take right now (ignoring the global budget). */
    synchronized long available(long chatId, SendPriority priority) {
        SlidingWindow chat = window(chatId);
        return Math.max(0, allowed(chatId, chat, priority) - chat.used(System.nanoTime()));
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

    private int allowed(long chatId, SlidingWindow chat, SendPriority priority) {
        return chatId < 0 ? priority.groupShare(chat.limit()) : chat.limit();
    }

    private SlidingWindow window(long chatId) {
        return chats.get(chatId, id -> id > 0
                ? new SlidingWindow(Math.max(1, limits.privatePerSecond()), SECOND)
                : new SlidingWindow(Math.max(1, limits.groupPerMinute()), MINUTE));
    }
}
