package kzbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import kzbot.text.Tokens;

/**
 * Okapi BM25 of a sentence for a question's search words, the formula FTS5's {@code bm25()} uses
 * (k1 = 1.2, b = 0.75, each word or synonym a phrase of its own, a negative weight raised to a
 * millionth), computed over the stems kzbot already holds for each candidate. Document
 * frequencies come from {@code word_counts} (exact words, so a stem's other forms are not counted),
 * the average length from the corpus's word total. Letting FTS5 rank instead costs about twice
 * the rest of the answer: it reads every sentence holding each word to weigh it.
 */
final class Bm25 {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<List<String>> phrases = new ArrayList<>();
    /** The phrases by their first stem, so that a sentence is read once for all of them. */
    private final java.util.Map<String, int[]> byFirst = new java.util.HashMap<>();
    private final double[] idf;
    private final double averageLength;

    Bm25(List<String> words, ToIntFunction<String> sentencesWith, int sentences, double averageLength) {
        Set<String> seen = new LinkedHashSet<>();
        for (String w : words) {
            seen.add(w);
            seen.addAll(Terms.synonyms(w));
        }
        List<Double> weights = new ArrayList<>();
        for (String phrase : seen) {
            List<String> stems = Terms.phraseStems(Tokens.fold(phrase));
            if (stems.isEmpty() || stems.stream().allMatch(String::isEmpty)) {
                continue;
            }
            int n = Integer.MAX_VALUE;
            for (String w : phrase.split(" ")) {
                n = Math.min(n, sentencesWith.applyAsInt(Tokens.fold(w)));
            }
            n = Math.min(n, sentences);
            double weight = Math.log((sentences - n + 0.5) / (n + 0.5));
            phrases.add(stems);
            weights.add(weight <= 0 ? 1e-6 : weight);
        }
        this.idf = weights.stream().mapToDouble(Double::doubleValue).toArray();
        for (int p = 0; p < phrases.size(); p++) {
            int[] before = byFirst.getOrDefault(phrases.get(p).get(0), new int[0]);
            int[] with = java.util.Arrays.copyOf(before, before.length + 1);
            with[before.length] = p;
            byFirst.put(phrases.get(p).get(0), with);
        }
        this.averageLength = averageLength > 0 ? averageLength : 1;
    }

    /** The score of a sentence given as its stems ({@link Terms#stems}); 0 when it holds none of the words. */
    double score(List<String> stems) {
        double norm = K1 * (1 - B + B * stems.size() / averageLength);
        int[] f = new int[phrases.size()];
        for (int i = 0; i < stems.size(); i++) {
            int[] starting = byFirst.get(stems.get(i));
            if (starting != null) {
                for (int p : starting) {
                    if (at(stems, i, phrases.get(p))) {
                        f[p]++;
                    }
                }
            }
        }
        double score = 0;
        for (int p = 0; p < f.length; p++) {
            if (f[p] > 0) {
                score += idf[p] * (f[p] * (K1 + 1)) / (f[p] + norm);
            }
        }
        return score;
    }

    /** True when the phrase's stems stand one after another in the sentence's from position {@code i}. */
    private static boolean at(List<String> stems, int i, List<String> phrase) {
        if (i + phrase.size() > stems.size()) {
            return false;
        }
        for (int k = 1; k < phrase.size(); k++) {
            if (!stems.get(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
