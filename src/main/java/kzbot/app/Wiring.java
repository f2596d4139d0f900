package kzbot.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kzbot.domain.Entity;
import kzbot.domain.Interpretation;
import kzbot.nlu.Interpreter;
import kzbot.nlu.NluModels;
import kzbot.nlu.QuestionTokenizer;
import kzbot.text.Gazetteer;
import kzbot.text.TopicLexicon;

/** Builds the core objects once, from the paths given on the command line. */
final class Wiring {
    private Wiring() {
    }

    /** The store (read-only) and the models, checked at start so that a broken one stops kzbot here. */
    static kzbot.answer.Answerer answerer(Paths paths) {
        kzbot.store.SqliteFactStore store = kzbot.store.SqliteFactStore.open(paths.db);
        return new kzbot.answer.Answerer(store, interpreter(paths, store.people()));
    }

    /** The same answerer over another database, with the models of {@code paths}. */
    static kzbot.answer.Answerer answerer(Paths paths, java.nio.file.Path db) {
        Paths other = new Paths();
        other.db = db;
        other.models = paths.models;
        return answerer(other);
    }

    static Interpreter interpreter(Paths paths, List<String> knownPeople) {
        NluModels nlu = new NluModels(Gazetteer.load(), new TopicLexicon(), QuestionTokenizer.english());
        return nlu.interpreter(nlu.load(paths.models), knownPeople);
    }

    /** Entities as the answer contract spells them: type, canonical value, the text typed. */
    static List<Map<String, Object>> entities(Interpretation i) {
        return i.entities().stream().filter(e -> e.type() != Entity.Type.TOPIC).map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", e.type().code());
            m.put("value", e.value());
            m.put("text", e.text());
            return m;
        }).toList();
    }
}
