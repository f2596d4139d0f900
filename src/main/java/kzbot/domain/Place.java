package kzbot.domain;

import java.util.List;
import java.util.Objects;

/** A country or region from the gazetteer, by its canonical name. */
public record Place(String name, Kind kind, String iso2, List<String> regions) {
    public enum Kind { COUNTRY, REGION }

    public static final String SUBJECT_ISO2 = "KZ";

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        iso2 = iso2 == null ? "" : iso2;
        regions = List.copyOf(regions);
    }

    /** Kazakhstan is the subject of every article, never a partner. */
    public boolean isSubject() {
        return SUBJECT_ISO2.equals(iso2);
    }
}
