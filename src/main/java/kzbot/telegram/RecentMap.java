package kzbot.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that keeps the {@code max} entries used most recently and forgets the others. Not thread-safe. */
final class RecentMap<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;
    private final int max;

    RecentMap(int max) {
        super(16, 0.75f, true);
        this.max = max;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
    }
}
