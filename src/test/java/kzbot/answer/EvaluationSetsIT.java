package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import kzbot.cli.DevSetEvaluation;

/**
 * Each evaluation set scored against its floor in {@code src/test/resources/kzbot/eval-floors.tsv}:
 * at least so many answerable rows answered right and unanswerable rows declined, at most so many
 * wrong answers. A floor is the figure a landed commit reached; it is raised when the figure
 * rises, never lowered to make a change pass. Every answer of every set keeps the figure rule.
 */
class EvaluationSetsIT {
    static final Path FLOORS = Path.of("src/test/resources/kzbot/eval-floors.tsv");

    record Floor(int answered, int declined, int wrong) {
    }

    static Map<String, Floor> floors() throws IOException {
        Map<String, Floor> out = new HashMap<>();
        for (String line : Files.readAllLines(FLOORS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("set\t")) {
                continue;
            }
            String[] f = line.split("\t");
            out.put(f[0], new Floor(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])));
        }
        return out;
    }

    @TestFactory
    List<DynamicTest> eachSetHoldsItsFloor() throws IOException {
        Map<String, Floor> floors = floors();
        List<DynamicTest> out = new ArrayList<>();
        for (EvaluationSets.Set set : EvaluationSets.all()) {
            out.add(DynamicTest.dynamicTest(set.name(), () -> {
                Floor f = floors.get(set.name());
                assertTrue(f != null, "no floor for " + set.name() + " in " + FLOORS);
                DevSetEvaluation.Score s = EvaluationSets.score(set);
                assertTrue(s.answerableCorrect() >= f.answered(), set.name() + " " + s.line() + " below its floor " + f);
                assertTrue(s.declined() >= f.declined(), set.name() + " " + s.line() + " below its floor " + f);
                assertTrue(s.wrong() <= f.wrong(), set.name() + " " + s.line() + " more wrong answers than " + f);
            }));
        }
        return out;
    }

    @TestFactory
    List<DynamicTest> everyFigureOfEveryAnswerStandsInItsQuotes() {
        List<DynamicTest> out = new ArrayList<>();
        for (EvaluationSets.Set set : EvaluationSets.all()) {
            out.add(DynamicTest.dynamicTest(set.name(), () -> {
                List<String> broken = new ArrayList<>();
                for (java.util.Map.Entry<String, Answer> e : EvaluationSets.answers(set).entrySet()) {
                    String id = e.getKey();
                    Answer a = e.getValue();
                    if (a.answered()) {
                        AnswererTest.assertQuotesAreExact(a);
                        List<String> v = FigureRule.violations(a);
                        if (!v.isEmpty()) {
                            broken.add(id + " " + v);
                        }
                        assertTrue(a.text().length() <= 700, id);
                    }
                }
                assertEquals(List.of(), broken);
            }));
        }
        return out;
    }
}
