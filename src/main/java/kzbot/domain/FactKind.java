package kzbot.domain;

import java.util.Locale;
import java.util.Optional;

/** The type of value a fact carries. */
public enum FactKind {
    MONEY("an amount of money, normalised to a number and a currency"),
    PERCENT("a percentage"),
    QUANTITY("a measured quantity with a unit (kilograms, barrels, cubic meters)"),
    COUNT("a count of things (36 memorandums, a hundred thousand people)"),
    DATE("a month and year or a full date"),
    YEAR("a year"),
    ORGANISATION("an international organisation or institution"),
    PERSON("a named person, with a role where the text gives one"),
    PLACE("a country, region or capital the gazetteer knows"),
    NAME("another proper name: a city, a company, a programme, a mission (Osh, TAV Airports, UNIFIL)");

    private final String description;

    FactKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A figure: money, a percentage, a quantity or a count. */
    public boolean isFigure() {
        return this == MONEY || this == PERCENT || this == QUANTITY || this == COUNT;
    }

    public static Optional<FactKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        for (FactKind k : values()) {
            if (k.name().equals(wanted)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
