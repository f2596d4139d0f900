package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of every evaluation set against the answer it gave when last blessed: the answer text
 * and each citation's article, field and offsets, in {@code src/test/resources/kzbot/golden/<set>.txt}.
 * A change to the answer core that changes an answer fails here until the file is re-blessed in the
 * same commit ({@code mvn verify -Dkzbot.rebless=true}), so every changed answer shows in review.
 */
class GoldenAnswersIT {
    static final Path GOLDEN = Path.of("src/test/resources/kzbot/golden");
    private static final String REBLESS = "kzbot.rebless";

    @TestFactory
    List<DynamicContainer> everyAnswerIsTheBlessedOne() throws IOException {
        boolean rebless = Boolean.getBoolean(REBLESS);
        List<DynamicContainer> out = new ArrayList<>();
        for (EvaluationSets.Set set : EvaluationSets.all()) {
            Map<String, String> now = new LinkedHashMap<>();
            EvaluationSets.answers(set).forEach((id, a) -> now.put(id, block(a)));
            Path file = GOLDEN.resolve(set.name() + ".txt");
            if (rebless) {
                Files.writeString(file, write(set, now), StandardCharsets.UTF_8);
            }
            Map<String, String> blessed = Files.exists(file) ? read(Files.readString(file, StandardCharsets.UTF_8)) : Map.of();
            List<DynamicTest> rows = new ArrayList<>();
            rows.add(DynamicTest.dynamicTest(set.name() + " has a golden file row for each question", () -> {
                assertTrue(Files.exists(file), "no golden answers for " + set.name() + ": run mvn verify -D" + REBLESS + "=true");
                assertEquals(now.keySet(), blessed.keySet(), file + " is not for this set's rows; re-bless it");
            }));
            now.forEach((id, block) -> rows.add(DynamicTest.dynamicTest(id, () -> assertEquals(blessed.get(id), block,
                    id + " answers differently from " + file + "; if the change is meant, re-bless with -D" + REBLESS + "=true"))));
            out.add(DynamicContainer.dynamicContainer(set.name(), rows));
        }
        return out;
    }

    /** An answer as the golden file holds it: answered or not, the text, then one line per citation. */
    static String block(Answer a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.answered() ? "answered" : "not answered").append('\n');
        for (String line : a.text().split("\n", -1)) {
            sb.append("  ").append(line).append('\n');
        }
        for (Citation c : a.citations()) {
            sb.append("[").append(c.n()).append("] ").append(c.source()).append(' ').append(c.field());
            if (c.quotesText()) {
                sb.append(' ').append(c.start()).append('-').append(c.end());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String write(EvaluationSets.Set set, Map<String, String> blocks) {
        StringBuilder sb = new StringBuilder("# golden answers of ").append(set.questions())
                .append(" (re-bless: mvn verify -D").append(REBLESS).append("=true)\n");
        Map<String, String> questions = new LinkedHashMap<>();
        set.rows().forEach(r -> questions.put(r.id(), r.question()));
        blocks.forEach((id, b) -> sb.append("\n## ").append(id).append(" ").append(questions.get(id)).append('\n').append(b));
        return sb.toString();
    }

    private static Map<String, String> read(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String id = null;
        StringBuilder block = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (id != null) {
                    out.put(id, trimmed(block));
                }
                String rest = line.substring(3);
                id = rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest;
                block.setLength(0);
            } else if (id != null) {
                block.append(line).append('\n');
            }
        }
        if (id != null) {
            out.put(id, trimmed(block));
        }
        return out;
    }

    /** A block without the blank line that separates it from the next. */
    private static String trimmed(StringBuilder block) {
        String b = block.toString();
        while (b.endsWith("\n\n")) {
            b = b.substring(0, b.length() - 1);
        }
        return b;
    }
}
