package kzbot.telegram;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * At most {@link #PER_MINUTE} questions a minute from one user; the first question over the limit
 * gets a polite reply, the rest of the minute is quiet. Bounded: the least recently seen users are
 * forgotten first.
 */
public final class QuestionLimit {
    public static final int PER_MINUTE = 20;
    private static final long WINDOW_MS = 60_000;
    private static final int TRACKED_USERS = 50_000;

    /** What to do with a question. */
    public enum Verdict { ANSWER, TELL_TO_WAIT, IGNORE }

    private final Clock clock;
    private final Map<Long, Deque<Long>> asked = new RecentMap<>(TRACKED_USERS);

    public QuestionLimit(Clock clock) {
        this.clock = clock;
    }

    public synchronized Verdict check(long userId) {
        long now = clock.millis();
        Deque<Long> times = asked.computeIfAbsent(userId, k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MS) {
            times.pollFirst();
        }
        times.addLast(now);
        if (times.size() <= PER_MINUTE) {
            return Verdict.ANSWER;
        }
        if (times.size() == PER_MINUTE + 1) {
            return Verdict.TELL_TO_WAIT;
        }
        times.pollLast(); // questions over the limit do not extend the wait
        return Verdict.IGNORE;
    }
}
