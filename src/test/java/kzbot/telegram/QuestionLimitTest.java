package kzbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class QuestionLimitTest {
    @Test
    void answersTwentyAMinuteThenAsksPolitelyOnceThenWaits() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        QuestionLimit limit = new QuestionLimit(Clock.fixed(t, ZoneOffset.UTC));
        for (int i = 0; i < QuestionLimit.PER_MINUTE; i++) {
            assertEquals(QuestionLimit.Verdict.ANSWER, limit.check(7));
        }
        assertEquals(QuestionLimit.Verdict.TELL_TO_WAIT, limit.check(7));
        assertEquals(QuestionLimit.Verdict.IGNORE, limit.check(7));
        assertEquals(QuestionLimit.Verdict.ANSWER, limit.check(8), "other users are not held up");
        QuestionLimit later = new QuestionLimit(Clock.offset(Clock.fixed(t, ZoneOffset.UTC), Duration.ofSeconds(61)));
        assertEquals(QuestionLimit.Verdict.ANSWER, later.check(7));
    }
}
