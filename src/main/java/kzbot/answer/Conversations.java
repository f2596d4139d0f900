package kzbot.answer;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conversation core that every adapter uses: one memory per conversation id, bounded (least
 * recently used ones are forgotten first) and expiring, so memory never leaks between chats.
 */
public final class Conversations {
    public static final int DEFAULT_CAPACITY = 10_000;

    private final Answerer answerer;
    private final Clock clock;
    private final Map<String, Conversation> memories;

    public Conversations(Answerer answerer, Clock clock, int capacity) {
        this.answerer = answerer;
        this.clock = clock;
        this.memories = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Answers a question in a conversation and remembers it for the next one. */
    public Answer ask(String conversationId, String question) {
        Instant now = clock.instant();
        Conversation memory;
        synchronized (memories) {
            memory = memories.getOrDefault(conversationId, Conversation.EMPTY);
        }
        Answerer.Turn turn = answerer.respond(question, memory.isFresh(now) ? memory : Conversation.EMPTY, now);
        synchronized (memories) {
            if (turn.conversation() != memory) {
                memories.put(conversationId, turn.conversation());
            }
        }
        return turn.answer();
    }

    /** The last answer's citations in a conversation, for "where is this from?" and "Show passage". */
    public Conversation memory(String conversationId) {
        synchronized (memories) {
            Conversation c = memories.get(conversationId);
            return c == null || !c.isFresh(clock.instant()) ? Conversation.EMPTY : c;
        }
    }

    public int size() {
        synchronized (memories) {
            return memories.size();
        }
    }
}
