package kzbot.domain;

import java.util.Locale;

/** What a unit of text is in its article's layout. */
public enum SentenceKind {
    TEXT, HEADING, LIST_ITEM, TABLE_ROW,
    /** Source lists, image credits: kept for citation, never a fact. */
    REFERENCE,
    /** Subscription prompts, comment forms, disclaimers. */
    BOILERPLATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SentenceKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
