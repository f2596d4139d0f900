package kzbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;
import kzbot.cli.DevSetEvaluation;
import kzbot.domain.Entity;
import kzbot.domain.Interpretation;

/** Measured on the dev questions (never trained on): partners found, chat not taken for a question. */
class DevSetEntitiesIT {
    /** The partner each answerable dev question names, in whatever form the question uses. */
    private static final Map<String, List<String>> NAMED = Map.ofEntries(
            Map.entry("d003", List.of("Iran")), Map.entry("d004", List.of("Malaysia")), Map.entry("d005", List.of("Türkiye")),
            Map.entry("d007", List.of("Malaysia")), Map.entry("d011", List.of("Pakistan")), Map.entry("d014", List.of("Afghanistan")),
            Map.entry("d016", List.of("Pakistan")), Map.entry("d018", List.of("Middle East")), Map.entry("d022", List.of("Pakistan")),
            Map.entry("d024", List.of("Pakistan")), Map.entry("d026", List.of("Middle East")),
            Map.entry("d027", List.of("Malaysia")), Map.entry("d028", List.of("Pakistan")), Map.entry("d029", List.of("Middle East")),
            Map.entry("d030", List.of("Pakistan")), Map.entry("d031", List.of("Malaysia")), Map.entry("d032", List.of("Pakistan")),
            Map.entry("d033", List.of("Pakistan")), Map.entry("d034", List.of("Qatar")), Map.entry("d035", List.of("Pakistan")),
            Map.entry("d036", List.of("Pakistan")), Map.entry("d038", List.of("Türkiye")), Map.entry("d039", List.of("Middle East")),
            Map.entry("d041", List.of("Uzbekistan")), Map.entry("d042", List.of("Pakistan")), Map.entry("d043", List.of("Pakistan")),
            Map.entry("d044", List.of("Pakistan")), Map.entry("d046", List.of("Pakistan")), Map.entry("d049", List.of("Malaysia")),
            Map.entry("d050", List.of("Uzbekistan")), Map.entry("d053", List.of("Pakistan")), Map.entry("d054", List.of("Malaysia")),
            Map.entry("d055", List.of("Pakistan")), Map.entry("d057", List.of("Malaysia")), Map.entry("d060", List.of("Pakistan")));

    @Test
    void everyNamedPartnerIsFoundAndChatIsNotAQuestion() throws IOException {
        List<DevSetEvaluation.Row> rows = TestKzbot.rows(TestKzbot.DEV);
        Interpreter interpreter = TestKzbot.interpreter(null);
        int checked = 0;
        for (DevSetEvaluation.Row r : rows) {
            Interpretation in = interpreter.interpret(r.question());
            List<String> found = in.entities(Entity.Type.COUNTRY).stream().map(Entity::value).toList();
            for (String partner : NAMED.getOrDefault(r.id(), List.of())) {
                assertTrue(found.contains(partner), r.id() + " " + r.question() + " → " + found);
                checked++;
            }
            if (r.category().equals("chitchat")) {
                assertFalse(in.intent().asksForFacts(), r.id() + " " + r.question() + " → " + in.intent());
            }
        }
        assertEquals(NAMED.size(), checked);
    }
}
