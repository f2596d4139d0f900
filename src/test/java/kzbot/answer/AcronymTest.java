package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kzbot.text.Tokens;

class AcronymTest {
    private static boolean spelt(String sentence, String acronym) {
        return SentenceReading.spelt(Tokens.of(sentence), acronym);
    }

    @Test
    void wordsThatSaySomethingSpellAnAcronym() {
        assertTrue(spelt("In information technology, the two are cooperating.", "IT"));
        assertTrue(spelt("Both joined the Organization of Turkic States.", "OTS"));
        assertTrue(spelt("They signed 36 memorandums of understanding.", "MoU"));
        assertTrue(spelt("KazMunayGas shipped the crude.", "KMG"));
    }

    @Test
    void smallWordsAndListsSpellNothing() {
        assertFalse(spelt("In the field of education, cooperation is growing.", "IT"));
        assertFalse(spelt("It promotes investment and trade.", "IT"));
        assertFalse(spelt("They signed 36 memorandums of understanding.", "MU"));
    }
}
