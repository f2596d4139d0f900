package kzbot.domain;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A typed value found in one sentence: {@code valueText} is the exact text of the sentence between
 * the document offsets {@code start} and {@code end}; {@code normalised} (canonical name of a
 * person or organisation), {@code valueNum}, {@code unit} and {@code year} are its reading where one exists.
 */
public record Fact(long id, String docId, long sentenceId, String partner, Topic topic, FactKind kind,
                   String valueText, String normalised, OptionalDouble valueNum, String unit, OptionalInt year,
                   String qualifier, String role, int start, int end, Frame frame) {
    public Fact {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(valueText, "valueText");
        Objects.requireNonNull(valueNum, "valueNum");
        Objects.requireNonNull(year, "year");
        partner = partner == null ? "" : partner;
        normalised = normalised == null ? "" : normalised;
        unit = unit == null ? "" : unit;
        qualifier = qualifier == null ? "" : qualifier;
        role = role == null ? "" : role;
        frame = frame == null ? Frame.NONE : frame;
    }
}
