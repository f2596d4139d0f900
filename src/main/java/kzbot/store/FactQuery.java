package kzbot.store;

import java.util.Optional;
import java.util.OptionalInt;

import kzbot.domain.FactKind;
import kzbot.domain.Topic;

/** A filter over facts; empty fields match everything. */
public record FactQuery(Optional<String> partner, Optional<Topic> topic, Optional<FactKind> kind,
                        OptionalInt year, int limit) {
    public static FactQuery all() {
        return new FactQuery(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), 10_000);
    }

    public FactQuery withPartner(String p) {
        return new FactQuery(Optional.ofNullable(p), topic, kind, year, limit);
    }

    public FactQuery withTopic(Topic t) {
        return new FactQuery(partner, Optional.ofNullable(t), kind, year, limit);
    }

    public FactQuery withKind(FactKind k) {
        return new FactQuery(partner, topic, Optional.ofNullable(k), year, limit);
    }

    public FactQuery withYear(int y) {
        return new FactQuery(partner, topic, kind, OptionalInt.of(y), limit);
    }
}
