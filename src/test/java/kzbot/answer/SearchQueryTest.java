package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the full-text query is built from a question's words and what the corpus says they cost. */
class SearchQueryTest {
    private static final Map<String, Integer> COUNTS = Map.of("trade", 2_500, "volume", 150, "corridor", 20,
            "air", 450, "memorandum", 100, "mou", 25, "free", 1_000, "agreement", 350);

    private static String query(List<String> words) {
        return Retriever.ftsQuery(words, w -> COUNTS.getOrDefault(w, 0));
    }

    @Test
    void commonWordsWithinTheBudgetAreAllSearched() {
        assertEquals("\"volume\" OR \"memorandum\" OR \"mou\" OR \"corridor\"", query(List.of("volume", "memorandum", "corridor")));
        assertEquals("\"memorandum\" OR \"mou\"", query(List.of("memorandum")));
    }

    @Test
    void theRarestWordsAreSearchedWithinTheBudget() {
        // corridor 20 + volume 150 + air 450 > 500: air and trade are left to the scoring
        assertEquals("\"volume\" OR \"corridor\"", query(List.of("trade", "volume", "air", "corridor")));
    }

    @Test
    void theRarestWordIsSearchedEvenOverTheBudget() {
        assertEquals("\"trade\"", query(List.of("trade")));
    }

    @Test
    void aWordsSynonymsCountWithIt() {
        // memorandum 100 + mou 25 = 125, then corridor 20: both fit
        assertEquals("\"memorandum\" OR \"mou\" OR \"corridor\"", query(List.of("memorandum", "corridor", "trade")));
    }

    @Test
    void aPhraseCostsAsMuchAsItsRarestWord() {
        // "fta" → "free trade agreement": at most 350 sentences, so it fits beside corridor
        assertEquals("\"fta\" OR \"free trade agreement\" OR \"corridor\"", query(List.of("fta", "corridor", "trade")));
    }

    @Test
    void quotesInWordsCannotBreakTheQuery() {
        assertEquals("\"it's\"", query(List.of("\"it's\"")));
    }
}
