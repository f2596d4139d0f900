package kzbot.answer;

import java.util.List;

import kzbot.domain.FactKind;

/** The kind of answer a question asks for, read from its question words. */
enum Wanted {
    MONEY(List.of(FactKind.MONEY)),
    AMOUNT(List.of(FactKind.MONEY, FactKind.QUANTITY, FactKind.COUNT, FactKind.PERCENT)),
    COUNT(List.of(FactKind.COUNT, FactKind.QUANTITY)),
    PERCENT(List.of(FactKind.PERCENT)),
    TIME(List.of(FactKind.DATE, FactKind.YEAR)),
    PERSON(List.of(FactKind.PERSON)),
    /** "Who signed…": a person or an organisation. */
    AGENT(List.of(FactKind.PERSON, FactKind.ORGANISATION)),
    ORGANISATION(List.of(FactKind.ORGANISATION)),
    DESCRIPTION(List.of());

    private final List<FactKind> kinds;

    Wanted(List<FactKind> kinds) {
        this.kinds = kinds;
    }

    List<FactKind> kinds() {
        return kinds;
    }

    boolean isValue() {
        return !kinds.isEmpty();
    }
}
