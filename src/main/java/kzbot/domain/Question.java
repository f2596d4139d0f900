package kzbot.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question as kzbot reads it, from its words' tags and lemmas: the kind of answer it asks for,
 * the noun it is about (its focus: "which iranian port" → port, modifier iranian), the verb it asks
 * with, the words to look for, the partners and years it names, and what it says of the article
 * itself. One record, made by {@code kzbot.nlu.QuestionReader}, read by the answerer.
 */
public record Question(Interpretation interpretation, List<Word> words, AnswerType type, Frame.Precision precision,
                       Focus focus, String predicate, List<Term> terms, List<String> partners, List<Integer> years,
                       List<Integer> baseYears, List<Topic> topics, boolean asksTarget, boolean asksNames, Optional<Integer> premiseYear,
                       Optional<MetaField> metadata, List<String> articleHints) {
    /** The kind of answer a question asks for. */
    public enum AnswerType {
        /** how many X: a count of X */
        COUNT,
        /** how much, what size: any figure (money, quantity, count, percentage) */
        AMOUNT,
        /** how much money, in dollars */
        MONEY,
        /** by how much, how much did X grow: a change, as a percentage or an amount */
        CHANGE,
        PERCENT,
        /** how long: a count of days, months, years */
        DURATION,
        DATE,
        PERSON,
        /** who made, built, signed…: a person or an organisation */
        AGENT,
        PLACE,
        /** which X, where X names a kind of organisation, person or place: a name */
        NAME,
        /** which X / what X otherwise: a name when the sentence gives one for X, else the sentence */
        WHICH,
        YES_NO,
        DESCRIPTION;

        /** Types answered by a figure. */
        public boolean isFigure() {
            return this == COUNT || this == AMOUNT || this == MONEY || this == CHANGE || this == PERCENT || this == DURATION;
        }

        /** Types answered by a name. */
        public boolean isName() {
            return this == PERSON || this == AGENT || this == PLACE || this == NAME;
        }
    }

    /** A field of the article's own metadata that a question asks for. */
    public enum MetaField { AUTHOR, PUBLISHER, PUBLISHED, TITLE }

    /** The noun a question is about, with the lemmas of the words that modify it, and as typed. */
    public record Focus(String lemma, List<String> modifiers, String text) {
        public static final Focus NONE = new Focus("", List.of(), "");

        public Focus {
            Objects.requireNonNull(lemma, "lemma");
            modifiers = List.copyOf(modifiers);
            text = text == null ? "" : text;
        }

        public boolean present() {
            return !lemma.isEmpty();
        }
    }

    /**
     * A word to look for: its lemma (the corrected word's, for a misspelling), as typed, its tag,
     * whether it is a name (capitalised, an acronym, a name the articles use) and whether it is in
     * the subject a yes-or-no question asks about ("was the strategic partnership signed when…").
     */
    public record Term(String lemma, String text, String tag, boolean name, boolean subject) {
        public Term {
            Objects.requireNonNull(lemma, "lemma");
        }

        public Term(String lemma, String text, String tag, boolean name) {
            this(lemma, text, tag, name, false);
        }
    }

    public Question {
        Objects.requireNonNull(interpretation, "interpretation");
        words = List.copyOf(words);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(focus, "focus");
        predicate = predicate == null ? "" : predicate;
        terms = List.copyOf(terms);
        partners = List.copyOf(partners);
        years = List.copyOf(years);
        baseYears = List.copyOf(baseYears);
        topics = List.copyOf(topics);
        Objects.requireNonNull(premiseYear, "premiseYear");
        Objects.requireNonNull(metadata, "metadata");
        articleHints = List.copyOf(articleHints);
    }

    /** The same question asking for another kind of answer. */
    public Question withType(AnswerType other) {
        return new Question(interpretation, words, other, precision, focus, predicate, terms, partners, years, baseYears, topics,
                asksTarget, asksNames, premiseYear, metadata, articleHints);
    }

    /** The same question about another thing ("and students?" after a count of companies). */
    public Question withFocus(Focus other) {
        return new Question(interpretation, words, type, precision, other, predicate, terms, partners, years, baseYears, topics,
                asksTarget, asksNames, premiseYear, metadata, articleHints);
    }

    /** The same question with the words, partners, years and topics a follow-up takes from the one before. */
    public Question withContext(List<Term> otherTerms, List<String> otherPartners, List<Integer> otherYears,
                                List<Topic> otherTopics) {
        return new Question(interpretation, words, type, precision, focus, predicate, otherTerms, otherPartners, otherYears,
                baseYears, otherTopics, asksTarget, asksNames, premiseYear, metadata, articleHints);
    }

    /** This question's words with what it asks for taken from the one before ("and in 2018?" after a trade figure). */
    public Question asking(Question before) {
        boolean open = type == AnswerType.DESCRIPTION || type == AnswerType.YES_NO;
        // "which firm invested in Aktobe?" then "and how much?": the sum it invested, not a measure of firms
        boolean namedBefore = before.type.isName() || before.type == AnswerType.WHICH;
        Focus kept = focus.present() ? focus : !open && type.isFigure() && namedBefore ? Focus.NONE : before.focus;
        return new Question(interpretation, words, open ? before.type : type, open ? before.precision : precision,
                kept, predicate.isEmpty() ? before.predicate : predicate, terms, partners, years,
                baseYears.isEmpty() ? before.baseYears : baseYears, topics, asksTarget || before.asksTarget,
                asksNames || before.asksNames, premiseYear, metadata, articleHints.isEmpty() ? before.articleHints : articleHints);
    }

    public String text() {
        return interpretation.question();
    }

    public Intent intent() {
        return interpretation.intent();
    }
}
