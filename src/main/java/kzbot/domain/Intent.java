package kzbot.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a question asks for: a subject of the fact table, or a conversational move. */
public enum Intent {
    ORIGIN(List.of(Topic.ORIGIN)),
    TRADE(List.of(Topic.TRADE)),
    INVESTMENT(List.of(Topic.INVESTMENT)),
    AGREEMENT(List.of(Topic.AGREEMENT)),
    TRANSPORT(List.of(Topic.TRANSPORT)),
    ENERGY(List.of(Topic.ENERGY)),
    SECURITY(List.of(Topic.SECURITY)),
    MEDIATION(List.of(Topic.MEDIATION)),
    ORGANISATION(List.of(Topic.ORGANISATION)),
    EDUCATION_CULTURE(List.of(Topic.EDUCATION, Topic.CULTURE, Topic.TOURISM)),
    TECHNOLOGY_AGRICULTURE(List.of(Topic.TECHNOLOGY, Topic.AGRICULTURE)),
    PEOPLE(List.of(Topic.PEOPLE)),
    VALUES(List.of(Topic.VALUES)),
    CHALLENGES(List.of(Topic.CHALLENGES)),
    ENVIRONMENT(List.of(Topic.ENVIRONMENT)),
    OVERVIEW(List.of()),
    SOURCES(List.of()),
    GREETING(List.of()),
    HELP(List.of()),
    THANKS(List.of()),
    OUT_OF_SCOPE(List.of());

    private static final java.util.Map<String, Intent> BY_CODE = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Intent::code, i -> i));

    private final List<Topic> topics;
    private final String code;

    Intent(List<Topic> topics) {
        this.topics = topics;
        this.code = name().toLowerCase(Locale.ROOT);
    }

    /** The fact-table topics this intent asks about; empty for the conversational intents and overview. */
    public List<Topic> topics() {
        return topics;
    }

    /** True for intents answered from the fact table (the subjects and the overview). */
    public boolean asksForFacts() {
        return !topics.isEmpty() || this == OVERVIEW;
    }

    public String code() {
        return code;
    }

    public static Optional<Intent> fromCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }
}
