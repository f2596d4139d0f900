package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two checks the tests over written articles make of an answer: it declines, or it says what was wanted. */
final class Asking {
    private Asking() {
    }

    static void declines(Answerer answerer, String question) {
        Answer a = answerer.answer(question);
        assertFalse(a.answered(), question + " → " + a.text());
    }

    static void answers(Answerer answerer, String question, String expected) {
        Answer a = answerer.answer(question);
        assertTrue(a.answered() && a.text().contains(expected), question + " → " + a.text() + " (wanted " + expected + ")");
    }
}
