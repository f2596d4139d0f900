package kzbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Telegram's rate discipline: about one message a second per chat, twenty a minute per group,
 * thirty a second overall. {@link #delay} says how long a message must wait before it may go.
 */
public final class Pacer {
    static final Duration PER_CHAT = Duration.ofSeconds(1);
    static final int GROUP_PER_MINUTE = 20;
    static final int GLOBAL_PER_SECOND = 30;
    private static final int TRACKED_CHATS = 10_000;

    private final Clock clock;
    private final Deque<Long> global = new ArrayDeque<>();
    private final Map<Long, Deque<Long>> chats = new RecentMap<>(TRACKED_CHATS);

    public Pacer(Clock clock) {
        this.clock = clock;
    }

    /** Reserves a slot for one message to a chat; returns how long to wait before sending it. */
    public synchronized Duration reserve(long chatId, boolean group) {
        long now = clock.millis();
        Deque<Long> sent = chats.computeIfAbsent(chatId, k -> new ArrayDeque<>());
        long at = now;
        if (!sent.isEmpty()) {
            at = Math.max(at, sent.peekLast() + PER_CHAT.toMillis());
        }
        if (group) {
            at = Math.max(at, slot(sent, GROUP_PER_MINUTE, 60_000, at));
        }
        at = Math.max(at, slot(global, GLOBAL_PER_SECOND, 1_000, at));
        record(sent, at, group ? 60_000 : PER_CHAT.toMillis());
        record(global, at, 1_000);
        return Duration.ofMillis(at - now);
    }

    /** The earliest time at or after {@code at} when fewer than {@code max} sends fall in the window. */
    private static long slot(Deque<Long> sent, int max, long window, long at) {
        if (sent.size() < max) {
            return at;
        }
        Long[] times = sent.toArray(Long[]::new);
        long oldestInWindow = times[times.length - max];
        return Math.max(at, oldestInWindow + window);
    }

    private static void record(Deque<Long> sent, long at, long window) {
        sent.addLast(at);
        while (!sent.isEmpty() && sent.peekFirst() < at - window && sent.size() > 1) {
            sent.pollFirst();
        }
        while (sent.size() > 100) {
            sent.pollFirst();
        }
    }
}
