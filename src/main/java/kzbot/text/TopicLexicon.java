package kzbot.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kzbot.domain.Topic;

/**
 * Words that signal each topic, as case-insensitive word-start patterns. Shared by ingest (to tag
 * sentences and facts) and by question understanding (topic words in a question).
 */
public final class TopicLexicon {
    /** One topic word found in a text. */
    public record Hit(Topic topic, int start, int end) {
    }

    private static final Map<Topic, String> WORDS = words();

    /** The topic patterns of {@code kzbot/lexicon/topics.tsv}, in the file's order. */
    private static Map<Topic, String> words() {
        Map<Topic, String> out = new EnumMap<>(Topic.class);
        for (String line : WordLists.lines("topics.tsv")) {
            String[] f = line.split("\t", 2);
            Topic t = Topic.fromCode(f[0].strip()).orElseThrow(() -> new IllegalStateException("topics.tsv: no topic " + f[0]));
            out.put(t, f[1].strip());
        }
        return out;
    }

    private final Map<Topic, Pattern> patterns = new LinkedHashMap<>();
    /** Per topic, the lower-case letters its words can begin with; null where that is not known. */
    private final Map<Topic, Set<Character>> initials = new EnumMap<>(Topic.class);

    public TopicLexicon() {
        WORDS.forEach((t, words) -> {
            patterns.put(t, Pattern.compile("(?<![\\p{L}\\d])(?:" + words + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            Set<Character> first = initials(words);
            initials.put(t, first == null ? null : Set.copyOf(first));
        });
    }

    /**
     * Every topic word in the text, in order of position (topics in declaration order at one
     * position). The same hits as running each topic's pattern with {@code find()}: a word can only
     * start at a letter that no letter or digit precedes, so only those places are tried, and only
     * with the topics that have a word beginning with that letter.
     */
    public List<Hit> find(String text) {
        // a single word (a question's lemma, a fact's noun) is looked up again and again: remembered
        return text.length() <= SHORT && text.indexOf(' ') < 0 ? words.get(text, t -> List.copyOf(findIn(t))) : findIn(text);
    }

    /** Texts of at most this many characters without a space are remembered. */
    private static final int SHORT = 40;
    private final com.github.benmanes.caffeine.cache.Cache<String, List<Hit>> words =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(8_192).build();

    private List<Hit> findIn(String text) {
        if (initials.containsValue(null)) {
            return findEverywhere(text);
        }
        List<Hit> hits = new ArrayList<>();
        Topic[] topics = patterns.keySet().toArray(Topic[]::new);
        Matcher[] matchers = new Matcher[topics.length];
        int[] free = new int[topics.length];
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (!Character.isLetter(c) || at > 0 && !canPrecedeWord(text.charAt(at - 1))) {
                continue;
            }
            for (int t = 0; t < topics.length; t++) {
                if (at < free[t] || !mayBegin(topics[t], c)) {
                    continue;
                }
                if (matchers[t] == null) {
                    matchers[t] = patterns.get(topics[t]).matcher(text).useTransparentBounds(true);
                }
                Matcher m = matchers[t].region(at, text.length());
                if (m.lookingAt()) {
                    hits.add(new Hit(topics[t], m.start(), m.end()));
                    free[t] = m.end();
                }
            }
        }
        return hits;
    }

    /** Each topic's pattern run over the whole text: what {@link #find} must equal. */
    List<Hit> findEverywhere(String text) {
        List<Hit> hits = new ArrayList<>();
        patterns.forEach((topic, p) -> {
            Matcher m = p.matcher(text);
            while (m.find()) {
                hits.add(new Hit(topic, m.start(), m.end()));
            }
        });
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    /** False only where the pattern's look-behind surely fails: after a letter or an ASCII digit (surrogates are tried). */
    private static boolean canPrecedeWord(char before) {
        return Character.isSurrogate(before) || !(Character.isLetter(before) || before >= '0' && before <= '9');
    }

    private boolean mayBegin(Topic t, char c) {
        Set<Character> first = initials.get(t);
        return first.contains(Character.toLowerCase(c))
                || first.contains(Character.toLowerCase(Character.toUpperCase(c)));
    }

    /**
     * The letters the alternatives of a pattern begin with, or null when one may begin with anything
     * else (a class, an escape, an optional first letter or group).
     */
    static Set<Character> initials(String alternation) {
        Set<Character> out = new HashSet<>();
        Deque<Boolean> leading = new ArrayDeque<>(); // per open group: does it begin an alternative?
        boolean atStart = true;
        for (int i = 0; i < alternation.length(); i++) {
            char c = alternation.charAt(i);
            char next = i + 1 < alternation.length() ? alternation.charAt(i + 1) : ' ';
            boolean optional = next == '?' || next == '*' || next == '{';
            if (c == '(') {
                if (alternation.startsWith("(?", i) && !alternation.startsWith("(?:", i) && !alternation.startsWith("(?-i:", i)) {
                    return null;
                }
                leading.push(atStart);
                i = alternation.indexOf(':', i) > 0 && next == '?' ? alternation.indexOf(':', i) : i;
            } else if (c == ')') {
                if (leading.isEmpty() || leading.pop() && optional) {
                    return null;
                }
            } else if (c == '|') {
                atStart = leading.isEmpty() || leading.peek();
            } else if (atStart) {
                if (!Character.isLetter(c) || optional) {
                    return null;
                }
                out.add(Character.toLowerCase(c));
                atStart = false;
            } else if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = alternation.indexOf(']', i + 2);
                if (i < 0) {
                    return null;
                }
            }
        }
        return out;
    }

    /** Topics by number of hits, most first; ties keep the declaration order of {@link Topic}. */
    public List<Topic> rank(String text) {
        return rank(find(text));
    }

    /** The same ranking from hits already found. */
    public List<Topic> rank(List<Hit> hits) {
        Map<Topic, Integer> counts = new EnumMap<>(Topic.class);
        for (Hit h : hits) {
            counts.merge(h.topic(), 1, Integer::sum);
        }
        List<Topic> ranked = new ArrayList<>(counts.keySet());
        ranked.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return ranked;
    }
}
