package kzbot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kzbot.domain.Topic;

class TopicLexiconTest {
    private final TopicLexicon lexicon = new TopicLexicon();

    @Test
    void readsTheLettersAlternativesBeginWith() {
        assertEquals(Set.of('t'), TopicLexicon.initials("trad(e|es|ing)\\b|turnover"));
        assertEquals(Set.of('i', 's'), TopicLexicon.initials("(?-i:IT)\\b|smart cit\\w*"));
        assertEquals(Set.of('a', 'b', 'r'), TopicLexicon.initials("(a|b)c|recogni[sz]\\w*"));
        assertNull(TopicLexicon.initials("(a|b)?c"));
        assertNull(TopicLexicon.initials("s?x"));
        assertNull(TopicLexicon.initials("x|[ab]c"));
        assertNull(TopicLexicon.initials("\\bx"));
    }

    @Test
    void findsWhatEachTopicPatternFindsAlone() throws IOException {
        List<String> texts = new ArrayList<>(List.of("kz pakistan trade 2023", "IT cooperation and it", "İnvestment ſecurity",
                "2trade, (trade) trade-offs Trade\u00e9 tradé \ud835\udc00trade \ud835\udc00 trade", "ÉNERGY énergy oil-gas",
                "co-operation:trade;investments/energy", ""));
        try (Stream<Path> files = Files.list(Path.of("data/sources"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        Random random = new Random(1);
        String alphabet = "tradeoilgasITmou -'’é1(İ";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        for (String text : texts) {
            assertEquals(lexicon.findEverywhere(text), lexicon.find(text), text);
        }
    }

    @Test
    void ranksTopicsByHits() {
        assertEquals(List.of(Topic.TRADE, Topic.ENERGY), lexicon.rank("Trade in oil: exports and imports grew."));
    }
}
