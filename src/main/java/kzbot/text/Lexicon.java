package kzbot.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * How English words relate, as WordNet 3.1 says, distilled at build time into
 * {@code kzbot/lexicon/wordnet.tsv} (see {@code WordNetDistiller}): synonyms, derived forms and
 * hypernyms of every one-word noun, verb and adjective, and the category of its first sense
 * (person, group, location, artifact…). Lookups are by lemma. The table's lines are kept as read
 * and taken apart on first use. Immutable and safe to share between threads.
 */
public final class Lexicon {
    private static final String RESOURCE = "/kzbot/lexicon/wordnet.tsv";

    /** How closely two lemmas are related, strongest first. */
    public enum Relation {
        SAME, SYNONYM, DERIVED, HYPERNYM, HYPONYM, SIBLING, GLOSS, NONE;

        public boolean related() {
            return this != NONE;
        }
    }

    /**
     * One part of speech of a lemma: its category and its related lemmas; {@code gloss} holds a noun's
     * definition nouns, a verb's definition verbs ("export": sell, transfer).
     */
    public record Sense(char pos, String category, Set<String> synonyms, Set<String> derived, Set<String> hypernyms,
                        Set<String> kinds, Set<String> gloss) {
        /** What this sense is a kind of: its hypernyms, and for a verb the verbs its definition opens with. */
        public Set<String> broader() {
            if (pos != 'v' || gloss.isEmpty()) {
                return hypernyms;
            }
            Set<String> out = new LinkedHashSet<>(hypernyms);
            out.addAll(gloss);
            return out;
        }
    }

    /** The whole table as read (UTF-8), its lines sorted by lemma. */
    private final byte[] table;
    /** Where each lemma line starts in {@link #table}, in the table's order (by lemma, byte by byte). */
    private final int[] starts;
    private final LoadingCache<String, List<Sense>> parsed;

    private Lexicon(byte[] table) {
        this.table = table;
        this.starts = sortedStarts(table);
        this.parsed = Caffeine.newBuilder().maximumSize(20_000).build(this::parse);
    }

    public static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            // the table is kept as bytes and a lemma found by binary search on first use: decoding the
            // table and indexing every lemma took a third of a second of each start
            return new Lexicon(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The start of every lemma line; sorted by lemma (a table written out of order is sorted here, once). */
    private static int[] sortedStarts(byte[] table) {
        int[] out = new int[1 << 12];
        int count = 0;
        boolean sorted = true;
        int at = 0;
        while (at < table.length) {
            int end = lineEnd(table, at);
            if (end > at && table[at] != '#' && tab(table, at) < end) {
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, count * 2);
                }
                if (count > 0 && sorted && compareLemmas(table, out[count - 1], at) > 0) {
                    sorted = false;
                }
                out[count++] = at;
            }
            at = end + 1;
        }
        int[] starts = java.util.Arrays.copyOf(out, count);
        if (!sorted) {
            // a stable sort keeps a lemma's parts of speech in the order written
            starts = java.util.stream.IntStream.of(starts).boxed()
                    .sorted((a, b) -> compareLemmas(table, a, b)).mapToInt(Integer::intValue).toArray();
        }
        return starts;
    }

    private static int lineEnd(byte[] table, int from) {
        for (int i = from; i < table.length; i++) {
            if (table[i] == '\n') {
                return i;
            }
        }
        return table.length;
    }

    /** The tab that ends the lemma of the line starting at {@code from} (or the line's end). */
    private static int tab(byte[] table, int from) {
        int i = from;
        while (i < table.length && table[i] != '\t' && table[i] != '\n') {
            i++;
        }
        return i;
    }

    private static int compareLemmas(byte[] table, int a, int b) {
        return java.util.Arrays.compareUnsigned(table, a, tab(table, a), table, b, tab(table, b));
    }

    /** The lines of {@code lemma}: {@code [first, last)} into {@link #starts}, empty when the table has none. */
    private int[] find(String lemma) {
        byte[] key = lemma.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int s = starts[mid];
            if (java.util.Arrays.compareUnsigned(table, s, tab(table, s), key, 0, key.length) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < starts.length && java.util.Arrays.equals(table, starts[end], tab(table, starts[end]), key, 0, key.length)) {
            end++;
        }
        return new int[] {lo, end};
    }

    /** A lexicon of the given lines ({@code lemma\tpos\tcategory\tsynonyms\tderived\thypernyms}), for tests. */
    public static Lexicon of(List<String> tableLines) {
        return new Lexicon(String.join("\n", tableLines).getBytes(StandardCharsets.UTF_8));
    }

    /** True when WordNet has the words as one verb ("set up", "take place"). */
    public boolean isPhrase(String words) {
        return words.indexOf(' ') > 0 && category(words, 'v').isPresent();
    }

    /** True when WordNet knows the lemma as a noun, verb or adjective. */
    public boolean knows(String lemma) {
        return !senses(lemma).isEmpty();
    }

    public List<Sense> senses(String lemma) {
        return parsed.get(lemma);
    }

    /** The category of the lemma's first sense in the given part of speech ('n', 'v', 'a'). */
    public Optional<String> category(String lemma, char pos) {
        return senses(lemma).stream().filter(s -> s.pos() == pos).map(Sense::category).findFirst();
    }

    /**
     * The kinds of thing a noun names (person, organization, place, time, measure), as WordNet's
     * hypernyms of its first sense say; empty for a word WordNet does not know as a noun.
     */
    public Set<String> kinds(String noun) {
        return senses(noun).stream().filter(s -> s.pos() == 'n').map(Sense::kinds).findFirst().orElse(Set.of());
    }

    /** Synonyms and derived forms of a lemma, one word or several: other ways a text may say it. */
    public Set<String> alternatives(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        for (Sense s : senses(lemma)) {
            out.addAll(s.synonyms());
            out.addAll(s.derived());
        }
        return out;
    }

    /** The strongest relation between two lemmas, over all their parts of speech. */
    public Relation relation(String a, String b) {
        if (a.equals(b)) {
            return Relation.SAME;
        }
        List<Sense> sa = senses(a);
        List<Sense> sb = senses(b);
        if (sa.isEmpty() && sb.isEmpty()) {
            return Relation.NONE;
        }
        if (any(sa, s -> s.synonyms().contains(b)) || any(sb, s -> s.synonyms().contains(a))) {
            return Relation.SYNONYM;
        }
        if (any(sa, s -> s.derived().contains(b)) || any(sb, s -> s.derived().contains(a))) {
            return Relation.DERIVED;
        }
        // a verb's hypernyms count with the verbs its definition opens with ("export": "sell or transfer abroad")
        if (any(sa, s -> s.broader().contains(b))) {
            return Relation.HYPERNYM;
        }
        if (any(sb, s -> s.broader().contains(a))) {
            return Relation.HYPONYM;
        }
        // a noun's hypernym in another form: a "tie" is a "relationship", derived from "relation"
        if (hypernymForms(a).contains(b)) {
            return Relation.HYPERNYM;
        }
        if (hypernymForms(b).contains(a)) {
            return Relation.HYPONYM;
        }
        // two steps up, among nouns: "firm" is a "business", a business an "enterprise"
        if (grandparent(sa, b)) {
            return Relation.HYPERNYM;
        }
        if (grandparent(sb, a)) {
            return Relation.HYPONYM;
        }
        for (Sense x : sa) {
            for (Sense y : sb) {
                if (x.pos() == y.pos() && !java.util.Collections.disjoint(x.hypernyms(), y.hypernyms())) {
                    return Relation.SIBLING;
                }
            }
        }
        if (glossLinks(sa, sb) || glossLinks(sb, sa)) {
            return Relation.GLOSS;
        }
        return Relation.NONE;
    }

    /**
     * True when a noun's definition names what the other noun is, and both are the same kind of thing
     * (organisations, people, places): a "company" is "an institution created to conduct business",
     * and a "firm" is a kind of business.
     */
    private static boolean glossLinks(List<Sense> a, List<Sense> b) {
        for (Sense x : a) {
            for (Sense y : b) {
                if (x.pos() == 'n' && y.pos() == 'n' && !java.util.Collections.disjoint(x.kinds(), y.kinds())
                        && !java.util.Collections.disjoint(x.gloss(), y.hypernyms())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The nouns derived from a noun's hypernyms: a "tie" is a "relationship", derived from
     * "relation". Other ways a text may name what the noun is a kind of.
     */
    public Set<String> hypernymForms(String noun) {
        Set<String> out = new LinkedHashSet<>();
        for (Sense s : senses(noun)) {
            if (s.pos() != 'n') {
                continue;
            }
            for (String h : s.hypernyms()) {
                for (Sense hs : senses(h)) {
                    if (hs.pos() == 'n') {
                        hs.derived().stream().filter(d -> category(d, 'n').isPresent()).forEach(out::add);
                    }
                }
            }
        }
        return out;
    }

    private boolean grandparent(List<Sense> senses, String b) {
        for (Sense s : senses) {
            if (s.pos() != 'n') {
                continue;
            }
            for (String h : s.hypernyms()) {
                for (Sense hs : senses(h)) {
                    if (hs.pos() == 'n' && hs.hypernyms().contains(b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean any(List<Sense> senses, java.util.function.Predicate<Sense> p) {
        for (Sense s : senses) {
            if (p.test(s)) {
                return true;
            }
        }
        return false;
    }

    private List<Sense> parse(String lemma) {
        List<Sense> out = new ArrayList<>();
        int[] range = find(lemma);
        for (int i = range[0]; i < range[1]; i++) {
            int start = tab(table, starts[i]) + 1;
            String line = new String(table, start, lineEnd(table, start) - start, StandardCharsets.UTF_8);
            String[] f = line.split("\t", -1);
            out.add(new Sense(f[0].charAt(0), f[1], set(f[2]), set(f[3]), set(f[4]), f.length > 5 ? set(f[5]) : Set.of(),
                    f.length > 6 ? set(f[6]) : Set.of()));
        }
        return List.copyOf(out);
    }

    private static Set<String> set(String commaSeparated) {
        if (commaSeparated.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(List.of(commaSeparated.split(",")));
    }
}
