package kzbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kzbot.domain.SentenceKind;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.english();

    private static List<String> texts(String doc) {
        return SPLITTER.split(doc).stream().map(u -> doc.substring(u.start(), u.end())).toList();
    }

    @Test
    void keepsATableRowAsOneUnitAndSkipsTheRule() {
        String doc = "Initiative | Description |\n---|---|\nTrade Relations | Increased exports of agricultural products. |\n"
                + "Key Economic initiatives on the Agenda\nThe leaders met. They talked.";
        List<TextUnit> units = SPLITTER.split(doc);
        List<String> texts = texts(doc);
        assertEquals("Trade Relations | Increased exports of agricultural products. |", texts.get(1));
        assertEquals(SentenceKind.TABLE_ROW, units.get(1).kind());
        assertEquals("Key Economic initiatives on the Agenda", texts.get(2));
        assertEquals(SentenceKind.HEADING, units.get(2).kind());
        assertEquals(List.of("The leaders met.", "They talked."), texts.subList(3, 5));
        assertTrue(texts.stream().noneMatch(t -> t.contains("---")));
    }

    @Test
    void splitsAPeriodGluedToACapital() {
        assertEquals(List.of("It fosters cultural exchanges.", "As Uzbekistan and Kazakhstan navigate a new landscape, they talk."),
                texts("It fosters cultural exchanges.As Uzbekistan and Kazakhstan navigate a new landscape, they talk."));
    }

    @Test
    void stripsListMarkersAndMarksReferenceLists() {
        String doc = "Key topics include:\n- Economic Partnerships: Expanding trade.\nSources:\n\n  \u2022 Mehmood Ul, A Road Map, 2020.\n\nJohn Smith";
        List<TextUnit> units = SPLITTER.split(doc);
        List<String> texts = texts(doc);
        assertEquals("Economic Partnerships: Expanding trade.", texts.get(1));
        assertEquals(SentenceKind.LIST_ITEM, units.get(1).kind());
        assertEquals("Mehmood Ul, A Road Map, 2020.", texts.get(3));
        assertEquals(SentenceKind.REFERENCE, units.get(3).kind());
        assertEquals(SentenceKind.HEADING, units.get(4).kind());
    }

    @Test
    void offsetsCoverExactlyTheTrimmedText() {
        String doc = "  Title line\r\n\r\nFirst sentence here.  Second one follows.\r\n";
        for (TextUnit u : SPLITTER.split(doc)) {
            String t = doc.substring(u.start(), u.end());
            assertEquals(t.strip(), t);
            assertTrue(!t.isEmpty());
        }
        assertEquals(List.of("Title line", "First sentence here.", "Second one follows."), texts(doc));
    }

    @Test
    void anAbbreviatedTitlesFullStopEndsNoSentence() {
        String doc = "Amb. Daulet Bekov: The delegation toured the smelter. Trade grew.";
        assertEquals(List.of("Amb. Daulet Bekov: The delegation toured the smelter.", "Trade grew."), texts(doc));
    }

    @Test
    void anHonorificsFullStopEndsNoSentence() {
        String doc = "The Permanent Secretary of the Ministry, Mrs. Folasade Adeyemi-Bakare, said Abuja wants more. Trade grew.";
        assertEquals(List.of("The Permanent Secretary of the Ministry, Mrs. Folasade Adeyemi-Bakare, said Abuja wants more.", "Trade grew."), texts(doc));
    }

    @Test
    void theFullStopOfAShortAbbreviationBeforeAFigureEndsNoSentence() {
        assertEquals(List.of("Exports reached US$ 18 mn (about Rs. 5.4 bn) last year.", "Tea led."),
                texts("Exports reached US$ 18 mn (about Rs. 5.4 bn) last year. Tea led."));
    }
}
