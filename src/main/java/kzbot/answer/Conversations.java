package kzbot.answer;

import java.time.Clock;
import java.time.Instant;

/**
 * The conversation core that every adapter uses: one memory per conversation id, bounded (least
 * recently used ones are forgotten first) and expiring, so memory never leaks between chats.
 */
public final class Conversations {
    public static final int DEFAULT_CAPACITY = 10_000;

    private final Answerer answerer;
    private final Clock clock;
    private final ConversationMemory memories;

    public Conversations(Answerer answerer, Clock clock, int capacity) {
        this.answerer = answerer;
        this.clock = clock;
        this.memories = new ConversationMemory(capacity);
    }

    /** Answers a question in a conversation and remembers it for the next one. */
    public Answer ask(String conversationId, String question) {
        Instant now = clock.instant();
        Conversation memory = memories.get(conversationId, now);
        Answerer.Turn turn = answerer.respond(question, memory, now);
        if (turn.conversation() != memory) {
            memories.put(conversationId, turn.conversation());
        }
        return turn.answer();
    }

    /** The last answer's citations in a conversation, for "where is this from?" and "Show passage". */
    public Conversation memory(String conversationId) {
        return memories.get(conversationId, clock.instant());
    }

    public int size() {
        return memories.size();
    }
}
