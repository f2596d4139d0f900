package kzbot.text;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A memo for a pure function of its key, shared between threads without a lock, holding at most
 * {@code capacity} entries: when full, an eighth of them (whichever the map lists first) make room.
 * Only for values that never go stale, such as what is read from the read-only database.
 */
public final class BoundedCache<K, V> {
    private final int capacity;
    private final ConcurrentHashMap<K, V> map;

    public BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.map = new ConcurrentHashMap<>(Math.min(capacity, 1 << 12));
    }

    /** The value held for the key, or null. */
    public V get(K key) {
        return map.get(key);
    }

    public void put(K key, V value) {
        if (map.size() >= capacity && !map.containsKey(key)) {
            int drop = Math.max(1, capacity / 8);
            Iterator<K> it = map.keySet().iterator();
            while (drop-- > 0 && it.hasNext()) {
                it.next();
                it.remove();
            }
        }
        map.put(key, value);
    }

    /** The value held, or the function's value, then held. The function may run twice for one key on two threads. */
    public V computeIfAbsent(K key, Function<K, V> f) {
        V v = map.get(key);
        if (v == null) {
            v = f.apply(key);
            put(key, v);
        }
        return v;
    }

    public int size() {
        return map.size();
    }
}
