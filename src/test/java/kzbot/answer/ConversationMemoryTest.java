package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kzbot.domain.Interpretation;
import kzbot.domain.Question;

import org.junit.jupiter.api.Test;

import kzbot.domain.Intent;

class ConversationMemoryTest {
    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void aHundredThousandChatsKeepTheHeapFlat() {
        ConversationMemory memory = new ConversationMemory(Conversations.DEFAULT_CAPACITY);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Conversation c = new Conversation(Optional.of(question()), List.of(), now);
        for (int i = 0; i < Conversations.DEFAULT_CAPACITY; i++) {
            memory.put("chat-" + i, c);
        }
        long atCapacity = usedHeap();
        for (int i = Conversations.DEFAULT_CAPACITY; i < 100_000; i++) {
            memory.put("chat-" + i, c);
        }
        long after = usedHeap();
        assertEquals(Conversations.DEFAULT_CAPACITY, memory.size());
        assertTrue(after - atCapacity < 8L * 1024 * 1024, "heap grew by " + (after - atCapacity) / 1024 + " KiB");
        assertEquals(Conversation.EMPTY, memory.get("chat-0", now), "the oldest chats are forgotten");
        assertEquals(c, memory.get("chat-99999", now));
    }

    @Test
    void forgetsExpiredConversations() {
        ConversationMemory memory = new ConversationMemory(10);
        Instant then = Instant.parse("2026-01-01T00:00:00Z");
        memory.put("a", new Conversation(Optional.of(question()), List.of(), then));
        assertEquals(Conversation.EMPTY, memory.get("a", then.plus(Conversation.EXPIRY).plusSeconds(1)));
        assertEquals(0, memory.size());
    }

    /** "kz pakistan trade 2023" as remembered: a trade figure for Pakistan in 2023. */
    private static Question question() {
        Interpretation in = new Interpretation("kz pakistan trade 2023", Intent.TRADE, 0.9, List.of(), List.of(), true);
        return new Question(in, List.of(), Question.AnswerType.AMOUNT, kzbot.domain.Frame.Precision.NONE, Question.Focus.NONE,
                "", List.of(), List.of("Pakistan"), List.of(2023), List.of(), List.of(), false, false, Optional.empty(), Optional.empty(), List.of());
    }
}
