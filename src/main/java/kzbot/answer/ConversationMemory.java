package kzbot.answer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conversations remembered: at most {@code capacity}, the least recently used forgotten first,
 * and none older than {@link Conversation#EXPIRY}. Safe for concurrent use.
 */
public final class ConversationMemory {
    private final Map<String, Conversation> byId;

    public ConversationMemory(int capacity) {
        this.byId = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Conversation get(String id, Instant now) {
        Conversation c = byId.get(id);
        if (c != null && !c.isFresh(now)) {
            byId.remove(id);
            return Conversation.EMPTY;
        }
        return c == null ? Conversation.EMPTY : c;
    }

    public synchronized void put(String id, Conversation c) {
        byId.put(id, c);
    }

    public synchronized int size() {
        return byId.size();
    }
}
