package kzbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import kzbot.domain.Corpus;
import kzbot.domain.Document;
import kzbot.domain.Fact;
import kzbot.domain.FactKind;
import kzbot.domain.Sentence;
import kzbot.domain.Topic;

class SeedFactsTest {
    private final Corpus corpus = SeedCorpus.get();

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    private Map<String, String> texts() throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (Document d : corpus.documents()) {
            texts.put(d.id(), Files.readString(SeedCorpus.SOURCES.resolve(d.id() + ".txt"), StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everySentenceIsTheExactSourceTextAtItsOffsets() throws IOException {
        Map<String, String> texts = texts();
        assertTrue(corpus.sentences().size() > 250);
        for (Sentence s : corpus.sentences()) {
            assertEquals(s.text(), codePoints(texts.get(s.docId()), s.start(), s.end()), () -> "sentence " + s.id());
        }
    }

    @Test
    void everyFactIsTheExactSourceTextAtItsOffsetsInsideItsSentence() throws IOException {
        Map<String, String> texts = texts();
        Map<Long, Sentence> byId = new HashMap<>();
        corpus.sentences().forEach(s -> byId.put(s.id(), s));
        for (Fact f : corpus.facts()) {
            Sentence s = byId.get(f.sentenceId());
            assertEquals(f.valueText(), codePoints(texts.get(f.docId()), f.start(), f.end()), () -> "fact " + f);
            assertTrue(s.start() <= f.start() && f.end() <= s.end(), () -> "fact outside its sentence: " + f);
        }
    }

    @Test
    void loadsTheFiveSeedsWithTheirIdsAndPartners() {
        Map<String, String> partners = new HashMap<>();
        corpus.documents().forEach(d -> partners.put(d.id(), d.partner()));
        assertEquals(Map.of("kz-malaysia-friendship", "Malaysia", "kz-malaysia-partnership", "Malaysia",
                "kz-middle-east", "Middle East", "kz-pakistan", "Pakistan", "kz-uzbekistan-visit", "Uzbekistan"), partners);
    }

    @Test
    void readsMetadataWhereGivenAndLeavesUnknownFieldsEmpty() {
        Document op = corpus.documents().stream().filter(d -> d.id().equals("kz-malaysia-partnership")).findFirst().orElseThrow();
        assertEquals("The Astana Times", op.publisher());
        assertEquals("Mohd Faiz Abdullah", op.author());
        assertEquals("", op.published());
        assertEquals("", op.url());
        Document friendship = corpus.documents().stream().filter(d -> d.id().equals("kz-malaysia-friendship")).findFirst()
                .orElseThrow();
        assertTrue(friendship.title().startsWith("Think of Kazakhstan and Malaysia"), friendship.title());
    }

    private List<Fact> facts(Predicate<Fact> p) {
        return corpus.facts().stream().filter(p).toList();
    }

    private void assertFact(String what, Predicate<Fact> p) {
        assertFalse(facts(p).isEmpty(), "no fact for: " + what);
    }

    @Test
    void extractsPakistanTradeFiguresWithTheirYears() {
        assertFact("$28 million in 2018", f -> f.kind() == FactKind.MONEY && f.partner().equals("Pakistan")
                && f.valueText().equals("$28 million") && f.year().orElse(0) == 2018 && f.topic() == Topic.TRADE
                && f.valueNum().getAsDouble() == 28e6 && f.unit().equals("USD"));
        assertFact("$138 million in 2023", f -> f.kind() == FactKind.MONEY && f.partner().equals("Pakistan")
                && f.valueText().equals("$138 million") && f.year().orElse(0) == 2023 && f.topic() == Topic.TRADE);
        assertFact("$1 billion target", f -> f.kind() == FactKind.MONEY && f.partner().equals("Pakistan")
                && f.valueNum().getAsDouble() == 1e9 && f.topic() == Topic.TRADE);
    }

    @Test
    void extractsTheTurkishFreeTradeAgreementOf2017() {
        assertFact("2017 FTA", f -> f.kind() == FactKind.YEAR && f.partner().equals("Türkiye")
                && f.year().orElse(0) == 2017 && f.topic() == Topic.AGREEMENT);
    }

    @Test
    void extractsTheAirCorridorAndItsCargo() {
        assertFact("July 2023", f -> f.kind() == FactKind.DATE && f.valueText().equals("July 2023")
                && f.partner().equals("Pakistan") && f.topic() == Topic.TRANSPORT);
        assertFact("5,000 kg", f -> f.kind() == FactKind.QUANTITY && f.valueNum().getAsDouble() == 5000
                && f.unit().equals("kg") && f.year().orElse(0) == 2023 && f.topic() == Topic.TRANSPORT);
    }

    @Test
    void extractsOilAndGasReserves() {
        assertFact("30 billion barrels", f -> f.kind() == FactKind.QUANTITY && f.valueNum().getAsDouble() == 3e10
                && f.unit().equals("barrels") && f.topic() == Topic.ENERGY);
        assertFact("2 trillion cubic meters", f -> f.kind() == FactKind.QUANTITY && f.valueNum().getAsDouble() == 2e12
                && f.unit().equals("m3") && f.qualifier().equals("more than"));
    }

    @Test
    void extractsScoFoundingMembership() {
        Map<Long, Sentence> byId = new HashMap<>();
        corpus.sentences().forEach(s -> byId.put(s.id(), s));
        assertFact("SCO founding member", f -> f.kind() == FactKind.ORGANISATION
                && f.normalised().equals("Shanghai Cooperation Organisation")
                && byId.get(f.sentenceId()).text().contains("founding members"));
    }

    @Test
    void extractsMalaysiasRecognitionIn1992() {
        assertFact("1992 recognition", f -> f.docId().equals("kz-malaysia-friendship") && f.partner().equals("Malaysia")
                && f.year().orElse(0) == 1992 && f.topic() == Topic.ORIGIN);
    }

    @Test
    void extractsMirziyoyevAsTheVisitingUzbekPresident() {
        assertFact("Mirziyoyev", f -> f.kind() == FactKind.PERSON && f.normalised().equals("Shavkat Mirziyoyev")
                && f.role().equals("President") && f.partner().equals("Uzbekistan"));
        assertFact("Anwar Ibrahim", f -> f.kind() == FactKind.PERSON && f.normalised().equals("Anwar Ibrahim")
                && f.role().equals("Prime Minister") && f.partner().equals("Malaysia"));
    }

    @Test
    void ingestingTwiceGivesTheSameRows() {
        Corpus again = SeedCorpus.ingester().ingest(SeedCorpus.SOURCES);
        assertEquals(corpus, again);
    }
}
