package kzbot.answer;

import java.util.LinkedHashMap;
import java.util.Map;

import kzbot.domain.Document;
import kzbot.domain.Fact;
import kzbot.domain.Sentence;

/**
 * A fact with the sentence that states it, as a map that Jackson writes: one shape for
 * {@code kzbot facts --json} and {@code GET /v1/facts}.
 */
public final class FactJson {
    private FactJson() {
    }

    public static Map<String, Object> of(Fact f, Sentence s, Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("kind", f.kind().code());
        m.put("value", f.valueText());
        m.put("normalised", f.normalised());
        m.put("number", f.valueNum().isPresent() ? f.valueNum().getAsDouble() : null);
        m.put("unit", f.unit());
        m.put("year", f.year().isPresent() ? f.year().getAsInt() : null);
        m.put("qualifier", f.qualifier());
        m.put("role", f.role());
        m.put("partner", f.partner());
        m.put("topic", f.topic().code());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("source", d.id());
        c.put("title", d.title());
        c.put("publisher", d.publisher());
        c.put("quote", s.text());
        c.put("start", s.start());
        c.put("end", s.end());
        m.put("citation", c);
        return m;
    }
}
