package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kzbot.TestKzbot;

/** A thing the question names by its country is not answered by the same thing of another country. */
class OtherSideTest {
    @TempDir
    static Path sources;
    private static Answerer answerer;

    @BeforeAll
    static void article() throws IOException {
        Files.writeString(sources.resolve("kz-hungary-test.txt"), """
                Kazakhstan and Hungary meet in Budapest

                The economic commission of Kazakhstan and Hungary met in Budapest in May 2024.

                The commission's Hungarian side is chaired by Foreign Minister Peter Szijjarto.

                Hungarian exports to Kazakhstan, mostly medicines and machinery, grew in 2023.
                """, StandardCharsets.UTF_8);
        answerer = TestKzbot.answererWith(sources);
    }

    /** Asked of Kazakhstan the question is declined; asked of Hungary it is answered with {@code expected}. */
    private static void answeredOnlyFor(String question, String expected) {
        Answer kazakh = answerer.answer(question.formatted(question.contains("side") ? "kazakh" : "kazakhstan", "hungary"));
        assertFalse(kazakh.answered(), kazakh.text());
        Answer hungarian = answerer.answer(question.formatted(question.contains("side") ? "hungarian" : "hungary", "kazakhstan"));
        assertTrue(hungarian.answered() && hungarian.text().contains(expected), hungarian.text());
    }

    @Test
    void theHungarianSideDoesNotAnswerForTheKazakhSide() {
        answeredOnlyFor("who chairs the %s side of the commission with hungary", "Szijjarto");
    }

    @Test
    void hungarianExportsDoNotSayWhatKazakhstanExported() {
        answeredOnlyFor("what did %s export to %s in 2023", "medicines");
    }
}
