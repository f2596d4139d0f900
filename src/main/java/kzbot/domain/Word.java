package kzbot.domain;

import java.util.Objects;

/**
 * One token of a text as read by the linguistic tools: its text and UTF-16 offsets in that text,
 * its universal part-of-speech tag (NOUN, VERB, PROPN, NUM…) and its lower-case lemma.
 */
public record Word(String text, int start, int end, String tag, String lemma) {
    public Word {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(lemma, "lemma");
    }

    public boolean isNoun() {
        return tag.equals("NOUN") || tag.equals("PROPN");
    }

    public boolean isVerb() {
        return tag.equals("VERB");
    }

    /** Letters or digits: not punctuation or a symbol. */
    public boolean isWord() {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * True when the verb at {@code i} qualifies the noun before it rather than being its clause's
     * verb: "a memorandum signed by the two ministries envisages…", "the documents signed by
     * Kazakhstan".
     */
    public static boolean qualifiesNoun(java.util.List<Word> words, int i) {
        return i > 0 && i + 1 < words.size() && words.get(i).isVerb() && words.get(i - 1).isNoun()
                && words.get(i + 1).lemma().equals("by");
    }
}
