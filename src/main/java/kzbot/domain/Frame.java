package kzbot.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a fact's value is about, read from its sentence at ingest: the noun it counts, measures or
 * names ({@code noun}, a lemma, with the modifiers of its phrase and the phrase as written), the
 * verb of its clause ({@code predicate}, a lemma), the part its year plays, and how precise a date
 * is. "more than 4,300 Turkish-funded companies were operating in Kazakhstan in late 2023": noun
 * company, modifiers turkish and fund, predicate operate, time OWN.
 */
public record Frame(String noun, String nounText, List<String> modifiers, String predicate, TimeRole time,
                    Precision precision) {
    /** The part a figure's year plays. */
    public enum TimeRole {
        /** the figure is that year's ("in 2023") */
        OWN,
        /** the year is a point of comparison ("up 20 percent on 2022", "compared with 2016") */
        COMPARISON,
        /** the figure is a total over years ending or starting then ("over the 16 years to 2022", "since 2005") */
        PERIOD,
        /** the figure is part of the year ("in the first seven months of 2023") */
        PART,
        /** no year goes with it */
        NONE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static TimeRole fromCode(String code) {
            return code == null || code.isEmpty() ? NONE : valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** How precise a date is. */
    public enum Precision {
        DAY, MONTH, YEAR, NONE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Precision fromCode(String code) {
            return code == null || code.isEmpty() ? NONE : valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public static final Frame NONE = new Frame("", "", List.of(), "", TimeRole.NONE, Precision.NONE);

    public Frame {
        noun = noun == null ? "" : noun;
        nounText = nounText == null ? "" : nounText;
        modifiers = List.copyOf(modifiers);
        predicate = predicate == null ? "" : predicate;
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(precision, "precision");
    }
}
