package kzbot.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * kzbot's word lists, read from resource files under {@code /kzbot/lexicon/} (each says where its
 * words come from). Immutable; loaded once when this class is first used.
 */
public final class WordLists {
    /** English function words (the Snowball list and clitics). */
    public static final Set<String> STOP_WORDS = Set.copyOf(words("stopwords.txt"));
    /** Capitalised words that are not names by themselves: months, days, sentence-initial function words. */
    public static final Set<String> NOT_NAMES = Set.copyOf(words("not-names.txt"));
    /** English function words beyond the stop words (closed-class.txt): "among", "despite", "whose". */
    public static final Set<String> CLOSED_CLASS = Set.copyOf(words("closed-class.txt"));
    /** Lower-case words inside proper names ("del", "van"), as written. */
    public static final Set<String> NAME_PARTICLES = Set.copyOf(lines("name-particles.txt"));
    /** The words that say what a question asks for (question-cues.tsv), by cue: "target", "measure", "author"… */
    public static final java.util.Map<String, Set<String>> QUESTION_CUES = sets("question-cues.tsv");
    /** Numbers written in words and their values (number-words.tsv): "fourteen", "a hundred". */
    public static final java.util.Map<String, String> NUMBER_WORDS = pairs("number-words.tsv");
    /** The first word of each comparison cue (comparison-cues.txt: "compare to" gives "compare"): "up 20% compared to 2022". */
    public static final Set<String> COMPARISON_WORDS = Set.copyOf(words("comparison-cues.txt").stream()
            .map(c -> c.contains(" ") ? c.substring(0, c.indexOf(' ')) : c).toList());
    /** Ordinal numbers in words, in order (ordinals.txt): "fifth" is the 5th. */
    public static final List<String> ORDINALS = List.copyOf(words("ordinals.txt"));

    private WordLists() {
    }

    /** The non-comment lines of a resource under /kzbot/lexicon/, trimmed and lower-cased. */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String line : lines(name)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The non-comment, non-blank lines of a resource under /kzbot/lexicon/, trimmed. */
    public static List<String> lines(String name) {
        String path = "/kzbot/lexicon/" + name;
        try (InputStream in = WordLists.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** A table of named word sets ({@code name<TAB>word|word|…}) under /kzbot/lexicon/, words in lower case. */
    public static java.util.Map<String, java.util.Set<String>> sets(String name) {
        java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (String line : lines(name)) {
            String[] f = line.split("\t");
            out.put(f[0].strip(), java.util.Set.of(f[1].strip().toLowerCase(Locale.ROOT).split("\\|")));
        }
        return java.util.Map.copyOf(out);
    }

    /** A two-column table ({@code key<TAB>value}) under /kzbot/lexicon/, keys in lower case. */
    public static java.util.Map<String, String> pairs(String name) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String line : lines(name)) {
            String[] f = line.split("\t");
            out.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
        }
        return java.util.Map.copyOf(out);
    }
}
