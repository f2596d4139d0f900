package kzbot.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kzbot.domain.Entity;
import kzbot.domain.Interpretation;

/**
 * The answer contract of data/eval/README.md, as a map that Jackson writes. It lives in the core so
 * that every adapter (the command line, the HTTP API) writes exactly the same JSON for an answer.
 */
public final class AnswerJson {
    private AnswerJson() {
    }

    public static Map<String, Object> of(String question, Answer a) {
        Interpretation in = a.interpretation();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("question", question);
        m.put("answered", a.answered());
        m.put("answer", a.text());
        m.put("intent", in.intent().code());
        m.put("confidence", Math.round(in.confidence() * 1000) / 1000.0);
        m.put("entities", entities(in));
        m.put("citations", a.citations().stream().map(AnswerJson::citation).toList());
        return m;
    }

    public static List<Map<String, Object>> entities(Interpretation in) {
        return in.entities().stream().filter(e -> e.type() != Entity.Type.TOPIC).map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", e.type().code());
            m.put("value", e.value());
            m.put("text", e.text());
            return m;
        }).toList();
    }

    private static Map<String, Object> citation(Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", c.n());
        m.put("source", c.source());
        m.put("title", c.title());
        m.put("author", c.author());
        m.put("publisher", c.publisher());
        m.put("published", c.published());
        m.put("field", c.field());
        m.put("quote", c.quote());
        m.put("start", c.start());
        m.put("end", c.end());
        return m;
    }
}
