package kzbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;
import kzbot.domain.Word;

/** The tagger's and lemmatizer's readings, mended where English grammar or WordNet say otherwise. */
class LinguisticsTest {
    private static String reading(String text, String word) {
        List<Word> words = TestKzbot.language().linguistics().read(text);
        Word w = words.stream().filter(x -> x.text().equals(word)).findFirst().orElseThrow();
        return w.tag() + "/" + w.lemma();
    }

    @Test
    void mineAfterAModifierIsAMineNotMy() {
        assertEquals("NOUN/mine", reading("how much will they put into the chaco mine", "mine"));
        assertEquals("NOUN/mine", reading("What output is the Chaco South mine expected to reach?", "mine"));
    }

    @Test
    void aParticipleBetweenADeterminerAndItsNounIsAnAdjective() {
        assertEquals("ADJ", reading("What are the estimated lithium reserves at the deposit?", "estimated").split("/")[0]);
    }

    @Test
    void aWordBetweenANounPhrasesNamesAndItsHeadIsANounUnlessTheClauseNeedsItsVerb() {
        assertEquals("NOUN", reading("whats the kazakhstan philippines trade target for 2030", "trade").split("/")[0]);
        assertEquals("VERB", reading("does the kazakh side trade oil", "trade").split("/")[0]);
        assertEquals("VERB", reading("will the kazakh government trade grain with them", "trade").split("/")[0]);
    }

    @Test
    void aBareWordAfterWasIsWhatIsMeasured() {
        assertEquals("NOUN", reading("how much was trade in the first half of 2024", "trade").split("/")[0]);
        assertEquals("VERB", reading("how much was traded in 2024", "traded").split("/")[0]);
        assertEquals("VERB", reading("How many ANKA drones will be built in Kazakhstan?", "built").split("/")[0]);
        assertEquals("NOUN", reading("what was kazakhstan's trade with brazil in 2022", "trade").split("/")[0]);
    }

    @Test
    void aComparisonCueBeforeWithIsItsVerb() {
        assertEquals("VERB", reading("how does kz sa trade in 2023 compare with 2019", "compare").split("/")[0]);
    }

    @Test
    void aPastFormAfterWhoIsItsVerb() {
        assertEquals("VERB/organise", reading("who organised the business forum alongside the commission", "organised"));
    }

    @Test
    void aLemmaWordNetDoesNotKnowGivesWayToTheRegularBase() {
        assertEquals("invest", TestKzbot.language().linguistics().lemma("investing", "VERB"));
        assertEquals(List.of("invest", "investe"), Linguistics.regularBases("investing").subList(0, 2));
    }
}
