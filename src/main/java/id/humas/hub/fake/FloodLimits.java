package id.humas.hub.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * Telegram's flood limits as {@link FakeTelegram#enforceFloodLimits(FloodLimits) enforced} by the fake, modelled as
 * sliding windows (rolling windows, as Telegram counts):
 * <ul>
 *   <li>one global window shared by every chat,</li>
 *   <li>one window per private chat (positive chat id),</li>
 *   <li>one window per group, supergroup or channel (negative chat id).</li>
 * </ul>
 * A call is admitted when, counting it, no window holds more than {@link Window#limit()} messages within any
 * {@link Window#period()}: there is no burst beyond the limit, whatever came before. Every message the bot creates
 * counts once in the global window and once in its chat's (an album once per item); an edit of a message in a group
 * counts like a send there ("they share the limit"). An album larger than a window's limit is admitted into an
 * empty window and fills it until its items leave it.
 *
 * <p>{@link #telegramDefaults()}: 30 in any second overall, 1 in any second per private chat, 20 in any minute per
 * group: the published figures ("about 30 messages per second overall, one per second per chat, 20 per minute per
 * group").
 *
 * @param global      the window shared by all chats
 * @param privateChat the window each private chat gets
 * @param group       the window each group, supergroup or channel gets
 */
public record FloodLimits(Window global, Window privateChat, Window group) {

    public FloodLimits {
        Objects.requireNonNull(global, "global");
        Objects.requireNonNull(privateChat, "privateChat");
        Objects.requireNonNull(group, "group");
    }

    /** 30 a second overall, 1 a second per private chat, 20 a minute per group. */
    public static FloodLimits telegramDefaults() {
        return new FloodLimits(Window.perSecond(30), Window.perSecond(1), Window.perMinute(20));
    }

    public FloodLimits withGlobal(Window window) {
        return new FloodLimits(window, privateChat, group);
    }

    public FloodLimits withPrivateChat(Window window) {
        return new FloodLimits(global, window, group);
    }

    public FloodLimits withGroup(Window window) {
        return new FloodLimits(global, privateChat, window);
    }

    /**
     * One sliding window.
     *
     * @param limit  most messages in any rolling {@code period}
     * @param period the window's length
     */
    public record Window(int limit, Duration period) {

        public Window {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be positive");
            }
            Objects.requireNonNull(period, "period");
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("period must be positive");
            }
        }

        public static Window perSecond(int limit) {
            return new Window(limit, Duration.ofSeconds(1));
        }

        public static Window perMinute(int limit) {
            return new Window(limit, Duration.ofMinutes(1));
        }
    }
}
