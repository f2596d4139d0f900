package kzbot.ingest;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import kzbot.domain.FactKind;

/** A value found in a sentence, offsets relative to the sentence's text. */
public record FoundValue(FactKind kind, int start, int end, OptionalDouble number, String unit,
                        OptionalInt year, String qualifier, String role, String partner, String canonical) {
    public FoundValue {
        unit = unit == null ? "" : unit;
        qualifier = qualifier == null ? "" : qualifier;
        role = role == null ? "" : role;
        partner = partner == null ? "" : partner;
        canonical = canonical == null ? "" : canonical;
    }

    static FoundValue of(FactKind kind, int start, int end, OptionalDouble number, String unit, String qualifier) {
        return new FoundValue(kind, start, end, number, unit, OptionalInt.empty(), qualifier, "", "", "");
    }

    FoundValue withYear(OptionalInt y) {
        return new FoundValue(kind, start, end, number, unit, y, qualifier, role, partner, canonical);
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
