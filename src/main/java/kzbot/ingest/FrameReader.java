package kzbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kzbot.domain.FactKind;
import kzbot.domain.Frame;
import kzbot.domain.Frame.Precision;
import kzbot.domain.Frame.TimeRole;
import kzbot.domain.Word;
import kzbot.text.Tokens;
import kzbot.text.WordLists;

/**
 * Reads what each value of a sentence is about, from the sentence's tagged words: the noun it
 * counts, measures or names, the verb of its clause, and the part its year plays. Without a parser
 * the sentence is cut into clauses at punctuation and clause-opening conjunctions; a clause with no
 * subject or verb of its own ("then slipped 5.3 percent to about $6 billion") takes those of the
 * clause before it.
 */
final class FrameReader {
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "\u2014", "(", ")", "\u2013");
    private static final Set<String> CLAUSE_WORDS = Set.copyOf(WordLists.words("clause-openers.txt"));
    private static final Set<String> LINKS = Set.of("of", "at", "worth", "to", "by");
    private static final Set<String> COMPARISON = Set.copyOf(WordLists.words("comparison-cues.txt"));
    private static final Set<String> QUALIFIER_WORDS = Qualifiers.words();

    /** A value with its frame. */
    record Framed(FoundValue value, Frame frame) {
    }

    /** A clause: a run of the sentence's words, with its subject and verb (indices into the words, -1 for none). */
    private record Clause(int from, int to, int subject, int verb) {
    }

    List<Framed> read(String sentence, List<Word> words, List<FoundValue> values) {
        boolean[] inValue = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            inValue[i] = values.stream().anyMatch(v -> v.kind() != FactKind.NAME && v.kind() != FactKind.ORGANISATION
                    && v.kind() != FactKind.PERSON && v.kind() != FactKind.PLACE && v.overlaps(w.start(), w.end()));
        }
        List<Clause> clauses = clauses(words, inValue);
        List<Framed> out = new ArrayList<>();
        for (FoundValue v : values) {
            int first = firstWord(words, v.start());
            int last = lastWord(words, v.end());
            if (first < 0 || last < first) {
                out.add(new Framed(v, Frame.NONE));
                continue;
            }
            Clause c = clauseOf(clauses, first);
            String predicate = c.verb() >= 0 ? words.get(c.verb()).lemma() : "";
            int head = noun(v, words, first, last, c);
            Phrase phrase = head >= 0 ? phrase(sentence, words, head) : Phrase.EMPTY;
            TimeRole time = time(v, words, first, last, c, sentence);
            out.add(new Framed(v, new Frame(phrase.head(), phrase.text(), phrase.modifiers(), predicate, time, precision(v, sentence))));
        }
        return out;
    }

    /** The noun a value is about: the counted noun after a count, "target of $10 billion", a name's neighbour, else the clause's subject. */
    private static int noun(FoundValue v, List<Word> words, int first, int last, Clause c) {
        switch (v.kind()) {
            case COUNT -> {
                for (int i = last; i >= first; i--) {
                    if (words.get(i).isNoun()) {
                        return i;
                    }
                }
                // "bring the number of direct flights … to 21": what the number is of
                for (int k = first - 2; k >= 1; k--) {
                    if (words.get(k).lemma().equals("of") && words.get(k - 1).lemma().equals("number") && k + 1 < first) {
                        int h = k + 1;
                        while (h + 1 < first && (words.get(h + 1).isNoun() || words.get(h + 1).tag().equals("ADJ"))) {
                            h++;
                        }
                        if (words.get(h).isNoun()) {
                            return h;
                        }
                    }
                }
                return c.subject(); // "arrivals reached about 96,000": a bare count counts the subject
            }
            case MONEY, PERCENT, QUANTITY -> {
                int of = ofNoun(words, first, c);
                if (of >= 0) {
                    return of;
                }
                int raised = raisedTo(words, first, c);
                if (raised >= 0) {
                    return raised;
                }
                if (v.kind() == FactKind.QUANTITY && last + 2 < words.size() && words.get(last + 1).lemma().equals("of")
                        && words.get(last + 2).isNoun()) {
                    return headAfter(words, last + 2);
                }
                return c.subject();
            }
            case DATE, YEAR -> {
                // "established diplomatic relations on 11 February 1992": the date dates the verb's object
                int object = objectOf(words, c);
                return object >= 0 ? object : c.subject();
            }
            case NAME, ORGANISATION, PLACE -> {
                int beside = besideName(words, first, last);
                return beside >= 0 ? beside : c.subject();
            }
            default -> {
                return c.subject();
            }
        }
    }

    /** "'s" or a lone apostrophe after a noun: "the two countries' Intergovernmental Commission" is the commission's. */
    private static boolean possessive(Word w) {
        String t = w.text().replace('\u2019', '\'');
        return t.equals("'s") || t.equals("'");
    }

    /** "on", "in": the tagger reads a preposition before a gerund as either. */
    private static boolean preposition(Word w) {
        return w.tag().equals("ADP") || w.tag().equals("SCONJ");
    }

    private static boolean gerund(Word w) {
        return w.isVerb() && Tokens.fold(w.text()).endsWith("ing");
    }

    /** The head of the noun phrase right after the clause's verb ("signed a raw materials partnership"), or -1. */
    private static int objectOf(List<Word> words, Clause c) {
        if (c.verb() < 0) {
            return -1;
        }
        int i = c.verb() + 1;
        // the verb may stand in the next clause ("since 2020, Pakistan has been working…"): read to its end
        int end = c.verb() < c.to() ? c.to() : words.size();
        for (int k = i; k < end; k++) {
            if (words.get(k).text().equals(",") || words.get(k).text().equals(";")) {
                end = k;
                break;
            }
        }
        // "has been working on developing the China-Pakistan Economic Corridor": through "on developing"
        while (i < end && (words.get(i).tag().equals("DET") || words.get(i).tag().equals("ADJ") || words.get(i).tag().equals("NUM")
                || preposition(words.get(i)) && i + 1 < end && gerund(words.get(i + 1)) || gerund(words.get(i)))) {
            i++;
        }
        if (i >= end || !words.get(i).isNoun()) {
            return -1;
        }
        // "the China - Pakistan Economic Corridor": a hyphen joins two nouns of one phrase
        while (i + 1 < end && (words.get(i + 1).isNoun()
                || i + 2 < end && words.get(i + 1).text().equals("-") && words.get(i + 2).isNoun())) {
            i += words.get(i + 1).isNoun() ? 1 : 2;
        }
        return i;
    }

    /**
     * "to raise mutual trade to $2 billion", "lift annual trade to $500 million": the noun a verb
     * brings to the figure, right before its "to", is what the figure measures.
     */
    private static int raisedTo(List<Word> words, int first, Clause c) {
        int i = first - 1;
        // "about", "nearly" may stand between; "to" is the link itself, not the "to" of "up to"
        while (i >= c.from() && isQualifier(words.get(i)) && !words.get(i).lemma().equals("to")) {
            i--;
        }
        if (i - 1 < c.from() || !words.get(i).lemma().equals("to") || !words.get(i - 1).isNoun()) {
            return -1;
        }
        int noun = i - 1;
        int k = noun - 1;
        while (k >= c.from() && (words.get(k).tag().equals("ADJ") || words.get(k).isNoun())) {
            k--;
        }
        return k >= c.from() && words.get(k).isVerb() ? noun : -1;
    }

    /** "a target of $10 billion", "an increase of 86 percent", "a project estimated at $3 billion". */
    private static int ofNoun(List<Word> words, int first, Clause c) {
        int i = first - 1;
        while (i >= c.from() && WordLists.STOP_WORDS.contains(words.get(i).lemma()) && !LINKS.contains(words.get(i).lemma())
                || i >= c.from() && words.get(i).tag().equals("ADV") || i >= c.from() && isQualifier(words.get(i))) {
            i--;
        }
        if (i < c.from() || !LINKS.contains(words.get(i).lemma()) || words.get(i).lemma().equals("to")) {
            return -1;
        }
        int j = i - 1;
        if (j >= c.from() && words.get(j).isVerb()) {
            j--;
        }
        while (j >= c.from() && words.get(j).tag().equals("ADJ")) {
            j--;
        }
        return j >= c.from() && words.get(j).tag().equals("NOUN") ? j : -1;
    }

    /** "more than", "some", "a record": words between a figure and the noun it is "of". */
    private static boolean isQualifier(Word w) {
        return QUALIFIER_WORDS.contains(w.lemma()) || w.lemma().equals("record");
    }

    /** The last noun of the noun phrase that starts at a word. */
    private static int headAfter(List<Word> words, int from) {
        int i = from;
        while (i + 1 < words.size() && (words.get(i + 1).isNoun() || words.get(i + 1).tag().equals("ADJ"))) {
            i++;
        }
        return i;
    }

    /**
     * The common noun a name stands beside: "the Nurdağı district", "the port of Chabahar", "the
     * national carrier Air Astana", "the Chu and Talas rivers", or a common noun that ends the
     * name itself ("TAV Airports").
     */
    private static int besideName(List<Word> words, int first, int last) {
        int after = last + 1;
        // "Chu and Talas rivers": across a coordinated name
        while (after + 1 < words.size() && (words.get(after).lemma().equals("and") || words.get(after).text().equals(","))
                && words.get(after + 1).tag().equals("PROPN")) {
            after += 2;
            while (after < words.size() && words.get(after).tag().equals("PROPN")) {
                after++;
            }
        }
        if (after < words.size() && words.get(after).tag().equals("NOUN")) {
            return after;
        }
        int before = first - 1;
        if (before >= 1 && words.get(before).lemma().equals("of") && words.get(before - 1).tag().equals("NOUN")) {
            return before - 1;
        }
        if (before >= 0 && words.get(before).tag().equals("NOUN") && !words.get(before).text().isEmpty()
                && Character.isLowerCase(words.get(before).text().codePointAt(0))) {
            return before;
        }
        Word end = words.get(last);
        if (end.text().length() > 2 && Character.isUpperCase(end.text().codePointAt(0)) && !end.text().equals(end.text().toUpperCase(Locale.ROOT))
                && last > first) {
            return last;
        }
        return -1;
    }

    private record Phrase(String head, String text, List<String> modifiers) {
        static final Phrase EMPTY = new Phrase("", "", List.of());
    }

    /** The noun phrase around a head noun: the adjectives, nouns and hyphenated words before it. */
    private static Phrase phrase(String sentence, List<Word> words, int head) {
        int from = head;
        while (from - 1 >= 0) {
            Word w = words.get(from - 1);
            boolean hyphen = w.text().equals("-") && from - 2 >= 0;
            if (w.isNoun() || w.tag().equals("ADJ") || w.tag().equals("VERB") && w.text().endsWith("ed") && from - 1 > 0
                    && words.get(from - 2).text().equals("-") || hyphen) {
                from -= hyphen ? 2 : 1;
            } else {
                break;
            }
        }
        List<String> mods = new ArrayList<>();
        for (int i = from; i < head; i++) {
            if (words.get(i).isWord()) {
                mods.add(words.get(i).lemma());
            }
        }
        String headLemma = words.get(head).tag().equals("PROPN") ? words.get(head).lemma().toLowerCase(Locale.ROOT)
                : words.get(head).lemma();
        return new Phrase(singular(headLemma), sentence.substring(words.get(from).start(), words.get(head).end()), mods);
    }

    /** A name's last word ("Airports") is lemmatised as a name: its common noun is its singular. */
    private static String singular(String lemma) {
        if (lemma.endsWith("ies") && lemma.length() > 4) {
            return lemma.substring(0, lemma.length() - 3) + "y";
        }
        if (lemma.endsWith("s") && !lemma.endsWith("ss") && lemma.length() > 3) {
            return lemma.substring(0, lemma.length() - 1);
        }
        return lemma;
    }

    /**
     * The part the value's year plays: a point of comparison ("on 2022", "compared with 2016"),
     * a total over years ("over the 16 years to 2022", "since 2005"), part of a year ("in the first
     * seven months of 2023"), or the value's own year.
     */
    private static TimeRole time(FoundValue v, List<Word> words, int first, int last, Clause c, String sentence) {
        if (v.year().isEmpty()) {
            return TimeRole.NONE;
        }
        String year = String.valueOf(v.year().getAsInt());
        int at = -1;
        int best = Integer.MAX_VALUE;
        for (int i = c.from(); i < c.to(); i++) {
            if (words.get(i).text().contains(year) && (i < first || i > last || v.kind() == FactKind.DATE || v.kind() == FactKind.YEAR)) {
                int d = i < first ? first - i : i - last;
                if (d < best) {
                    best = d;
                    at = i;
                }
            }
        }
        String clause = sentence.substring(words.get(c.from()).start(), words.get(c.to() - 1).end()).toLowerCase(Locale.ROOT);
        if (at < 0) {
            return clause.matches(".*\\b(since|over the|in the (first|last|past)|so far)\\b.*") ? TimeRole.PERIOD : TimeRole.OWN;
        }
        String before = at > 0 ? words.get(at - 1).lemma() : "";
        String twoBefore = at > 1 ? words.get(at - 2).lemma() + " " + before : before;
        if (COMPARISON.contains(before) || COMPARISON.contains(twoBefore)
                || ValueFinder.isReferenceYear(sentence.substring(words.get(c.from()).start(), words.get(at).start()))) {
            return TimeRole.COMPARISON;
        }
        if (before.equals("since") || before.equals("to") && at > 1 && clause.matches(".*\\b(over|across|during) the\\b.*")) {
            return TimeRole.PERIOD;
        }
        // "compared with US$60.8 million in the same period of 2023": the part of the year the sentence began with
        if (clause.matches(".*\\b(first|last|past) (\\w+ )?(months?|quarters?|half|weeks?)\\b.*")
                || clause.matches(".*\\b" + ValueFinder.SAME_PERIOD + "\\b.*")
                || clause.matches(".*\\b(jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*)"
                + "\\s*[\\u2013-]\\s*(jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*)\\b.*")) {
            return TimeRole.PART;
        }
        return TimeRole.OWN;
    }

    private static Precision precision(FoundValue v, String sentence) {
        if (v.kind() == FactKind.YEAR) {
            return Precision.YEAR;
        }
        if (v.kind() != FactKind.DATE) {
            return Precision.NONE;
        }
        String text = sentence.substring(v.start(), v.end());
        return text.matches("(?s).*\\b\\d{1,2}(st|nd|rd|th)?\\b.*\\b\\d{4}\\b.*") || text.matches("(?s)^\\d{1,2}\\D.*")
                ? Precision.DAY : Precision.MONTH;
    }

    private static List<Clause> clauses(List<Word> words, boolean[] inValue) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean mark = CLAUSE_MARKS.contains(w.text());
            boolean opener = i > from && CLAUSE_WORDS.contains(w.lemma()) && !w.tag().equals("ADP");
            if (mark || opener) {
                if (i > from) {
                    spans.add(new int[] {from, i});
                }
                from = mark ? i + 1 : i;
            }
        }
        if (from < words.size()) {
            spans.add(new int[] {from, words.size()});
        }
        List<Clause> out = new ArrayList<>();
        int lastSubject = -1;
        int lastVerb = -1;
        for (int[] s : spans) {
            int verb = -1;
            for (int i = s[0]; i < s[1] && verb < 0; i++) {
                if ((words.get(i).isVerb() && !words.get(i).text().endsWith("ing") || words.get(i).isVerb() && i > s[0]
                        && words.get(i - 1).tag().equals("AUX")) && !Word.qualifiesNoun(words, i)) {
                    verb = i;
                }
            }
            int subject = -1;
            for (int i = s[0]; i < (verb < 0 ? s[1] : verb); i++) {
                if (words.get(i).isNoun() && !inValue[i] && !WordLists.NOT_NAMES.contains(words.get(i).lemma())
                        && (i + 1 >= s[1] || !words.get(i + 1).isNoun() && !possessive(words.get(i + 1)))) {
                    subject = i;
                    break;
                }
            }
            if (verb < 0 && subject < 0) {
                verb = lastVerb;
                subject = lastSubject;
            } else if (subject < 0) {
                subject = lastSubject;
            }
            out.add(new Clause(s[0], s[1], subject, verb));
            // "Polish exports to Kazakhstan, mostly machinery, furniture and food, came to $820 million": a
            // run of verbless stretches is one subject with its insertions; the verb after them takes the first
            boolean insertion = verb < 0 && lastVerb < 0 && lastSubject >= 0;
            if (!insertion) {
                lastSubject = subject;
            }
            lastVerb = verb;
        }
        // "In July 2023, a direct air corridor was established": a leading clause without a verb
        // belongs to the clause after it
        for (int c = out.size() - 2; c >= 0; c--) {
            Clause here = out.get(c);
            if (here.verb() < 0 && (c == 0 || out.get(c - 1).verb() < 0)) {
                Clause next = out.get(c + 1);
                out.set(c, new Clause(here.from(), here.to(), next.subject(), next.verb()));
            }
        }
        return out;
    }

    private static Clause clauseOf(List<Clause> clauses, int word) {
        for (Clause c : clauses) {
            if (word >= c.from() && word < c.to()) {
                return c;
            }
        }
        return clauses.isEmpty() ? new Clause(0, 0, -1, -1) : clauses.get(clauses.size() - 1);
    }

    private static int firstWord(List<Word> words, int charStart) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).end() > charStart) {
                return i;
            }
        }
        return -1;
    }

    private static int lastWord(List<Word> words, int charEnd) {
        int out = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() < charEnd) {
                out = i;
            }
        }
        return out;
    }
}
