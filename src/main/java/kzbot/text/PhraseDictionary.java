package kzbot.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases in text: longest match first, whole words only, case- and accent-insensitive
 * except for short abbreviations, which must match as written (so "us" is never "US").
 * Immutable once built, so one instance serves every thread.
 */
public final class PhraseDictionary<T> {
    private record Entry<T>(T value, String exact) {
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern FINAL_DOT = java.util.regex.Pattern.compile("\\.$");

    private final Map<String, List<Entry<T>>> byKey;
    /** Every beginning of every key (the keys included): no longer phrase can match where these stop. */
    private final java.util.Set<String> prefixes = new java.util.HashSet<>();
    private final int maxTokens;

    private PhraseDictionary(Map<String, List<Entry<T>>> byKey, int maxTokens) {
        this.byKey = byKey;
        this.maxTokens = maxTokens;
        for (String k : byKey.keySet()) {
            for (int end = 1; end <= k.length(); end++) {
                prefixes.add(k.substring(0, end));
            }
        }
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public List<Mention<T>> find(String text) {
        List<Token> tokens = Tokens.of(text);
        // each token and separator is folded once, not once for every phrase length tried at every start
        String[] words = new String[tokens.size()];
        String[] separators = new String[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            words[t] = Tokens.fold(tokens.get(t).text());
            separators[t] = t == 0 ? "" : Tokens.separator(text.substring(tokens.get(t - 1).end(), tokens.get(t).start()));
        }
        List<Mention<T>> out = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        int i = 0;
        while (i < tokens.size()) {
            // the longest phrase from token i that is known; a key that begins no known key ends the search
            int matched = 0;
            T found = null;
            key.setLength(0);
            for (int n = 1; n <= Math.min(maxTokens, tokens.size() - i); n++) {
                if (n > 1) {
                    key.append(separators[i + n - 1]);
                }
                key.append(words[i + n - 1]);
                String k = key.toString();
                if (!prefixes.contains(k)) {
                    // "sri lankas export board": a phrase of several words with the possessive's s and no apostrophe
                    boolean possessive = n > 1 && k.endsWith("s") && words[i + n - 1].length() > 3;
                    String bare = possessive ? k.substring(0, k.length() - 1) : "";
                    T possessed = possessive && byKey.containsKey(bare)
                            ? lookup(bare, text, tokens.get(i).start(), tokens.get(i + n - 1).end() - 1) : null;
                    if (possessed != null) {
                        matched = n;
                        found = possessed;
                    }
                    break;
                }
                T value = lookup(k, text, tokens.get(i).start(), tokens.get(i + n - 1).end());
                if (value != null) {
                    matched = n;
                    found = value;
                }
            }
            if (found != null) {
                int start = tokens.get(i).start();
                int end = tokens.get(i + matched - 1).end();
                out.add(new Mention<>(found, text.substring(start, end), start, end));
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    /** The value of a whole phrase, if the phrase is exactly one known name. */
    public T get(String phrase) {
        String span = phrase.strip();
        return lookup(Tokens.keyOf(phrase), span, 0, span.length());
    }

    /** The value of the key, checked against the text between start and end where the entry is case-sensitive. */
    private T lookup(String key, String text, int start, int end) {
        List<Entry<T>> entries = byKey.get(key);
        if (entries == null) {
            return null;
        }
        String collapsed = SPACES.matcher(text.substring(start, end)).replaceAll(" ");
        for (Entry<T> e : entries) {
            if (e.exact() == null || e.exact().equals(collapsed)) {
                return e.value();
            }
        }
        return null;
    }

    public java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(byKey.keySet());
    }

    /** Collects phrases; the first value given for a phrase wins. */
    public static final class Builder<T> {
        private final Map<String, List<Entry<T>>> byKey = new HashMap<>();
        private int maxTokens = 1;

        public Builder<T> add(String phrase, T value) {
            String trimmed = SPACES.matcher(phrase.strip()).replaceAll(" ");
            String key = Tokens.keyOf(trimmed);
            if (key.isEmpty()) {
                return this;
            }
            String exact = caseSensitive(trimmed) ? FINAL_DOT.matcher(trimmed).replaceAll("") : null;
            List<Entry<T>> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            boolean known = list.stream().anyMatch(e -> java.util.Objects.equals(e.exact(), exact));
            if (!known) {
                list.add(new Entry<>(value, exact));
                list.sort((a, b) -> Boolean.compare(a.exact() == null, b.exact() == null));
            }
            maxTokens = Math.max(maxTokens, Tokens.of(trimmed).size());
            return this;
        }

        /** Abbreviations of up to three letters written in capitals, like US, UK, UN, EU, SCO. */
        static boolean caseSensitive(String phrase) {
            String letters = phrase.replace(".", "");
            return letters.length() <= 3 && letters.chars().allMatch(Character::isUpperCase);
        }

        public PhraseDictionary<T> build() {
            Map<String, List<Entry<T>>> copy = new HashMap<>();
            byKey.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new PhraseDictionary<>(copy, maxTokens);
        }
    }
}
