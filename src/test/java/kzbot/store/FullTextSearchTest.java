package kzbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kzbot.domain.Corpus;
import kzbot.ingest.SeedCorpus;
import kzbot.text.Tokens;

/** The full-text search narrowed to partners in the MATCH, and the counts a search is planned with. */
class FullTextSearchTest {
    @TempDir
    static Path dir;
    private static Corpus corpus;
    private static SqliteFactStore store;

    @BeforeAll
    static void write() {
        corpus = SeedCorpus.get();
        Path db = dir.resolve("seeds.db");
        new SqliteCorpusWriter().write(corpus, db);
        store = SqliteFactStore.open(db);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<Long> about(String partner) {
        return corpus.partners().stream().filter(p -> p.partner().equals(partner)).map(Corpus.SentencePartner::sentenceId)
                .collect(Collectors.toSet());
    }

    @Test
    void aPartnersSearchFindsExactlyThatPartnersSentencesAmongAllHits() {
        for (String partner : List.of("Pakistan", "Malaysia", "Uzbekistan", "Middle East", "Türkiye")) {
            Set<Long> tagged = about(partner);
            Set<Long> everywhere = store.search("\"trade\" OR \"cooperation\"", List.of(), 10_000).stream()
                    .map(SearchHit::sentenceId).collect(Collectors.toSet());
            Set<Long> narrowed = store.search("\"trade\" OR \"cooperation\"", List.of(partner), 10_000).stream()
                    .map(SearchHit::sentenceId).collect(Collectors.toSet());
            everywhere.retainAll(tagged);
            assertEquals(everywhere, narrowed, partner);
            assertFalse(narrowed.isEmpty(), partner);
        }
    }

    @Test
    void partnersWithSharedWordsStayApart() {
        // "Central Asia" must not match sentences tagged only with another partner holding "Asia"
        Set<Long> hits = store.search("\"cooperation\"", List.of("Central Asia"), 10_000).stream()
                .map(SearchHit::sentenceId).collect(Collectors.toSet());
        assertTrue(about("Central Asia").containsAll(hits));
    }

    @Test
    void hitsComeBestFirst() {
        List<SearchHit> hits = store.search("\"trade\"", List.of("Pakistan"), 50);
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).bm25() <= hits.get(i).bm25());
        }
    }

    @Test
    void wordCountsAreSentencesHoldingTheWord() {
        for (String word : List.of("trade", "kazakhstan", "pakistan", "türkiye", "no-such-word")) {
            String folded = Tokens.fold(word);
            long expected = corpus.sentences().stream()
                    .filter(s -> Tokens.of(s.text()).stream().anyMatch(t -> Tokens.fold(t.text()).equals(folded))).count();
            assertEquals(expected, store.sentencesWith(folded), word);
        }
        assertEquals(0, store.sentencesWith("zzzz"));
    }

    @Test
    void matchesAreTheRankedHitsUnranked() {
        List<List<String>> queries = List.of(List.of("trade", "energy"), List.of("middle east", "oil"),
                List.of("free trade agreement", "corridor", "air"), List.of("zzzz"));
        for (List<String> partners : List.of(List.<String>of(), List.of("Pakistan"), List.of("Malaysia", "Middle East"))) {
            for (List<String> phrases : queries) {
                String or = String.join(" OR ", phrases.stream().map(p -> "\"" + p + "\"").toList());
                Set<Long> ranked = store.search(or, partners, 10_000).stream().map(SearchHit::sentenceId)
                        .collect(Collectors.toSet());
                List<Long> matched = store.matches(phrases, partners, 10_000);
                assertEquals(ranked, Set.copyOf(matched), phrases + " " + partners);
                assertEquals(ranked.size(), matched.size());
                assertEquals(matched, store.matches(phrases, partners, 10_000), "the same when read again");
            }
        }
    }

    @Test
    void matchesStopAtTheLimitAsOneQueryWould() {
        int all = store.matches(List.of("trade", "energy", "cooperation"), List.of(), 10_000).size();
        assertTrue(all > 10, "the seeds have more than 10: " + all);
        assertEquals(10, store.matches(List.of("trade", "energy", "cooperation"), List.of(), 10).size());
        assertEquals(Math.min(10, all), store.matches(List.of("cooperation", "trade"), List.of(), 10).size());
    }

    @Test
    void theCorpusSizeIsCountedAtIngest() {
        long words = corpus.sentences().stream().mapToLong(s -> Tokens.of(s.text()).size()).sum();
        FactStore.Size size = store.size();
        assertEquals(corpus.sentences().size(), size.sentences());
        assertEquals((double) words / corpus.sentences().size(), size.averageLength(), 1e-9);
    }
}
