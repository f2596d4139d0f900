package kzbot.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of the corpus (folded) with the number of sentences holding each: what a misspelt
 * question word is corrected to. A word is corrected only to a corpus word within one edit (five
 * to seven letters) or two (eight or more) that starts with the same letter, the most frequent
 * of the nearest; a word of four letters or fewer is never corrected. Immutable.
 */
public final class Vocabulary {
    private static final int MIN_LENGTH = 5;

    private final Map<String, Integer> counts;
    private final java.util.Set<String> proper;
    private final Map<Character, List<String>> byInitial = new HashMap<>();

    public Vocabulary(Map<String, Integer> counts) {
        this(counts, java.util.Set.of());
    }

    /** The corpus's words with their sentence counts, and those it always capitalises (its names). */
    public Vocabulary(Map<String, Integer> counts, java.util.Set<String> proper) {
        this.counts = Map.copyOf(counts);
        this.proper = java.util.Set.copyOf(proper);
        counts.keySet().stream().sorted().filter(w -> !w.isEmpty() && w.chars().allMatch(Character::isLetter))
                .forEach(w -> byInitial.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w));
    }

    public static Vocabulary empty() {
        return new Vocabulary(Map.of());
    }

    /** In how many sentences the folded word stands; 0 when none. */
    public int count(String folded) {
        return counts.getOrDefault(folded, 0);
    }

    /** True for a word the articles always capitalise inside a sentence: a name. */
    public boolean isName(String folded) {
        return proper.contains(folded);
    }

    public boolean contains(String folded) {
        return counts.containsKey(folded);
    }

    /** The corpus word a misspelt word most likely stands for, or empty when there is none near enough. */
    public Optional<String> nearest(String folded) {
        int limit = folded.length() >= 8 ? 2 : folded.length() >= MIN_LENGTH ? 1 : 0;
        if (limit == 0 || contains(folded) || !folded.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = limit + 1;
        for (String w : byInitial.getOrDefault(folded.charAt(0), List.of())) {
            int d = EditDistance.bounded(folded, w, limit);
            if (d < bestDistance || d == bestDistance && best != null && count(w) > count(best)) {
                best = w;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(bestDistance <= limit ? best : null);
    }

    /**
     * The corpus words a clipped word may stand for ("unis" for "universities", "govt" stays unknown):
     * words that start with it, at least three letters longer, not names; a plural asks for plurals.
     */
    public List<String> unclipped(String folded) {
        boolean plural = folded.length() >= 4 && folded.endsWith("s");
        String stem = plural ? folded.substring(0, folded.length() - 1) : folded;
        if (stem.length() < 3 || !stem.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : byInitial.getOrDefault(stem.charAt(0), List.of())) {
            if (w.startsWith(stem) && w.length() >= stem.length() + 3 && !isName(w) && (!plural || w.endsWith("s"))) {
                out.add(w);
            }
        }
        return out;
    }
}
