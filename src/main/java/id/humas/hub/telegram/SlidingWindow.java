package id.humas.hub.telegram;

import java.util.Arrays;

/**
 * At most {@code limit} events in any rolling window of {@code windowNanos}: an exact log of the last events' times
 * (nanos on one monotonic clock), not a bucket, so no burst ever lets more in. A call bigger than the limit (an
 * album of ten to a private chat) goes into an empty window and fills it for as long as its items need.
 * Not thread-safe; {@link SendBudget} guards it.
 */
final class SlidingWindow {

    private final int limit;
    private final long windowNanos;
    /** A ring of the times of the latest events, oldest at {@code head}; its length is the limit. */
    private final long[] times;
    private int head;
    private int size;

    SlidingWindow(int limit, long windowNanos) {
        this.limit = Math.max(1, limit);
        this.windowNanos = windowNanos;
        this.times = new long[this.limit];
    }

    int limit() {
        return limit;
    }

    /** How many events fall in the window ending at {@code now}. */
    int used(long now) {
        evict(now);
        return size;
    }

    /**
     * Nanos until {@code events} more fit while no more than {@code allowed} (at most the limit) are in the window;
     * 0 when they fit now.
     */
    long waitNanos(int events, int allowed, long now) {
        evict(now);
        int cap = Math.max(1, Math.min(allowed, limit));
        int n = Math.min(Math.max(events, 1), cap);
        int mustExpire = size + n - cap;
        if (mustExpire <= 0) {
            return 0;
        }
        long expires = times[(head + mustExpire - 1) % limit] + windowNanos;
        return Math.max(1, expires - now);
    }

    /** Records {@code events} at {@code at} (as many as the log holds: more would not change a wait). */
    void record(int events, long at) {
        for (int i = 0; i < Math.min(events, limit); i++) {
            if (size == limit) {
                head = (head + 1) % limit;
                size--;
            }
            times[(head + size) % limit] = at;
            size++;
        }
    }

    /** Moves the latest {@code events} to {@code at}: when Telegram's answer came, the latest it can have counted them. */
    void settle(int events, long at) {
        for (int i = 0; i < Math.min(events, size); i++) {
            int index = (head + size - 1 - i) % limit;
            times[index] = Math.max(times[index], at);
        }
    }

    private void evict(long now) {
        while (size > 0 && now - times[head] >= windowNanos) {
            head = (head + 1) % limit;
            size--;
        }
    }

    @Override
    public String toString() {
        return "SlidingWindow" + Arrays.toString(times) + " size " + size;
    }
}
