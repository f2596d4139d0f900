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

    @Test
    void theHungarianSideDoesNotAnswerForTheKazakhSide() {
        Answer kazakh = answerer.answer("who chairs the kazakh side of the commission with hungary");
        assertFalse(kazakh.answered(), kazakh.text());
        Answer hungarian = answerer.answer("who chairs the hungarian side of the commission with hungary");
        assertTrue(hungarian.answered() && hungarian.text().contains("Szijjarto"), hungarian.text());
    }

    @Test
    void hungarianExportsDoNotSayWhatKazakhstanExported() {
        Answer kazakh = answerer.answer("what did kazakhstan export to hungary in 2023");
        assertFalse(kazakh.answered(), kazakh.text());
        Answer hungarian = answerer.answer("what did hungary export to kazakhstan in 2023");
        assertTrue(hungarian.answered() && hungarian.text().contains("medicines"), hungarian.text());
    }
}
