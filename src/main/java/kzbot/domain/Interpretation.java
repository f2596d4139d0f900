package kzbot.domain;

import java.util.List;
import java.util.Objects;

/** How kzbot reads a question: the intent with its confidence, the runners-up, and the entities. */
public record Interpretation(String question, Intent intent, double confidence, List<Scored> alternatives,
                             List<Entity> entities, boolean confident) {
    /** An intent with the classifier's probability. */
    public record Scored(Intent intent, double score) {
    }

    public Interpretation {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(intent, "intent");
        alternatives = List.copyOf(alternatives);
        entities = List.copyOf(entities);
    }

    public List<Entity> entities(Entity.Type type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }
}
