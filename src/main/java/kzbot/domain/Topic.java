package kzbot.domain;

import java.util.Locale;
import java.util.Optional;

/** The documented set of subjects a sentence or a fact can be about. */
public enum Topic {
    ORIGIN("origin of relations: recognition, independence, diplomatic ties"),
    TRADE("trade volumes, exports, imports, targets"),
    INVESTMENT("investment, joint ventures"),
    AGREEMENT("agreements, memorandums, treaties, signed documents"),
    TRANSPORT("air, rail, road and sea links, corridors, cargo"),
    ENERGY("oil, gas, pipelines, reserves, renewables"),
    SECURITY("military, defence, terrorism, border security"),
    MEDIATION("peace talks, negotiations, mediation"),
    ORGANISATION("membership of international organisations"),
    EDUCATION("students, universities, academic exchange"),
    CULTURE("culture, heritage, religion, festivals"),
    TOURISM("tourism and travel"),
    TECHNOLOGY("science, IT, digital, innovation"),
    AGRICULTURE("agriculture, crops, irrigation, food"),
    PEOPLE("people and visits: leaders, delegations, authors"),
    VALUES("shared values, reforms, rights, philosophies"),
    CHALLENGES("challenges, obstacles, criticism, risks"),
    ENVIRONMENT("climate, floods, disasters, sustainability"),
    GENERAL("none of the above");

    private final String description;

    Topic(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The lower-case name used in the database, on the command line and in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Topic> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Topic t : values()) {
            if (t.name().equals(wanted)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
