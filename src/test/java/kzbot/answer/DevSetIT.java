package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;
import kzbot.cli.DevSetEvaluation;

/** The public dev set, measured (never trained on): the bar of the answers issue, and the figure rule. */
class DevSetIT {
    static List<DevSetEvaluation.Row> rows() {
        return TestKzbot.rows(TestKzbot.DEV);
    }

    @Test
    void answersAndDeclinesAtLeastNinetyPercent() throws IOException {
        DevSetEvaluation.Score s = DevSetEvaluation.score(rows(), TestKzbot.seeds()::answer);
        assertTrue(s.answerableCorrect() >= 0.9 * s.answerable(), s.line());
        assertTrue(s.declined() >= 0.9 * s.unanswerable(), s.line());
    }

    @Test
    void everyFigureOfEveryDevAnswerStandsInItsQuotes() throws IOException {
        List<String> broken = new ArrayList<>();
        for (DevSetEvaluation.Row r : rows()) {
            Answer a = TestKzbot.seeds().answer(r.question());
            if (a.answered()) {
                AnswererTest.assertQuotesAreExact(a);
                List<String> v = FigureRule.violations(a);
                if (!v.isEmpty()) {
                    broken.add(r.id() + " " + v);
                }
                assertTrue(a.text().length() <= 700, r.id());
            }
        }
        assertEquals(List.of(), broken);
    }
}
