package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the full-text query is built from a question's words and what the corpus says they cost. */
class SearchQueryTest {
    private static final Map<String, Integer> COUNTS = Map.of("trade", 5_000, "volume", 300, "corridor", 40,
            "air", 900, "memorandum", 200, "mou", 50, "free", 2_000, "agreement", 700);

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
        // corridor 40 + volume 300 + air 900 > 1,000: air and trade are left to the scoring
        assertEquals("\"volume\" OR \"corridor\"", query(List.of("trade", "volume", "air", "corridor")));
    }

    @Test
    void theRarestWordIsSearchedEvenOverTheBudget() {
        assertEquals("\"trade\"", query(List.of("trade")));
    }

    @Test
    void aWordsSynonymsCountWithIt() {
        // memorandum 200 + mou 50 = 250, then corridor 40: both fit
        assertEquals("\"memorandum\" OR \"mou\" OR \"corridor\"", query(List.of("memorandum", "corridor", "trade")));
    }

    @Test
    void aPhraseCostsAsMuchAsItsRarestWord() {
        // "fta" → "free trade agreement": at most 700 sentences, so it fits beside corridor
        assertEquals("\"fta\" OR \"free trade agreement\" OR \"corridor\"", query(List.of("fta", "corridor", "trade")));
    }

    @Test
    void quotesInWordsCannotBreakTheQuery() {
        assertEquals("\"it's\"", query(List.of("\"it's\"")));
    }
}
