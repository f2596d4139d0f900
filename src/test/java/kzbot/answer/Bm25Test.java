package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The BM25 weight the answerer gives full-text matches, checked against the formula by hand. */
class Bm25Test {
    private static final Map<String, Integer> COUNTS = Map.of("trade", 50, "corridor", 2, "air", 10, "kazakhstan", 90);
    private static final int SENTENCES = 100;

    private static Bm25 bm25(String... words) {
        return new Bm25(List.of(words), w -> COUNTS.getOrDefault(w, 0), SENTENCES, 20.0);
    }

    private static double score(Bm25 b, String sentence) {
        return b.score(Terms.stems(sentence));
    }

    @Test
    void followsTheFormulaFts5Uses() {
        // one word, once, in a sentence of average length: idf * (1 * 2.2) / (1 + 1.2)
        String sentence = "the corridor " + "word ".repeat(18);
        double idf = Math.log((SENTENCES - 2 + 0.5) / (2 + 0.5));
        assertEquals(idf * 2.2 / 2.2, score(bm25("corridor"), sentence), 1e-9);
    }

    @Test
    void aWordInMostSentencesWeighsAlmostNothing() {
        // log((100 - 90 + 0.5) / 90.5) < 0, raised to a millionth as in FTS5
        assertEquals(1e-6 * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 2 / 20.0)), score(bm25("kazakhstan"), "kazakhstan trade"), 1e-12);
    }

    @Test
    void rarerWordsAndShorterSentencesRankHigher() {
        Bm25 b = bm25("trade", "corridor");
        assertTrue(score(b, "the air corridor opened") > score(b, "trade grew fast"));
        assertTrue(score(b, "the corridor opened") > score(b, "the corridor opened after many long years of talks and plans"));
        assertEquals(0, score(b, "nothing here at all"));
    }

    @Test
    void repeatsCountWithDiminishingReturns() {
        Bm25 b = bm25("corridor");
        double once = score(b, "corridor a b c");
        double twice = score(b, "corridor corridor b c");
        assertTrue(twice > once && twice < 2 * once, once + " " + twice);
    }

    @Test
    void aPhraseCountsOnlyWhereItsWordsStandTogether() {
        Bm25 b = bm25("air corridor");
        assertTrue(score(b, "the air corridor opened") > 0);
        assertEquals(0, score(b, "the corridor by air opened"));
    }

    @Test
    void synonymsAreSearchedToo() {
        assertTrue(score(bm25("mou"), "a memorandum was signed") > 0);
    }
}
