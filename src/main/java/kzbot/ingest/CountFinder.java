package kzbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import kzbot.domain.FactKind;
import kzbot.domain.Word;
import kzbot.text.Tokens;

/**
 * Counts of things: a number followed by the noun phrase it counts, read from tagged words, so
 * that the phrase may be long or capitalised ("more than 4,300 Turkish-funded companies", "some
 * 3,500 Kazakh-Kyrgyz joint ventures", "a hundred thousand people"). Not a year, not an ordinal,
 * not a number that another finder has already taken as money, a percentage, a quantity or a date.
 */
final class CountFinder {
    private final kzbot.text.Lexicon lexicon;

    CountFinder(kzbot.text.Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Words before a number in words that make it a reference to things already named ("the two sides"). */
    private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "these", "those", "both", "its", "their", "our");

    /** One-word comparison cues (comparison-cues.txt): what follows is the figure compared with. */
    private static final java.util.Set<String> COMPARED = java.util.Set.copyOf(kzbot.text.WordLists.words("comparison-cues.txt")
            .stream().filter(c -> !c.contains(" ")).toList());

    /** At most this many words between the number and the noun it counts. */
    private static final int REACH = 5;

    List<FoundValue> find(String sentence, List<Word> words, List<FoundValue> taken) {
        List<FoundValue> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.tag().equals("NUM") && !isNumberWord(w) || taken(taken, w)) {
                continue;
            }
            int numberEnd = i;
            // "a hundred thousand", "1.2 million": the scale words belong to the number
            while (numberEnd + 1 < words.size() && (words.get(numberEnd + 1).tag().equals("NUM") || isNumberWord(words.get(numberEnd + 1)))
                    && !taken(taken, words.get(numberEnd + 1))) {
                numberEnd++;
            }
            int numberStart = i;
            if (i > 0 && words.get(i - 1).lemma().equals("a") && isNumberWord(w)) {
                numberStart = i - 1; // "a hundred thousand people"
            }
            if (numberStart > 0 && isNumberWord(w) && (DEFINITE.contains(words.get(numberStart - 1).lemma())
                    || COMPARED.contains(words.get(numberStart - 1).lemma()))) {
                i = numberEnd;
                continue; // "the two countries": the ones already spoken of; "against five weeks by sea": what it is compared with
            }
            String number = sentence.substring(words.get(numberStart).start(), words.get(numberEnd).end());
            if (isYear(number) || number.matches(".*\\d(st|nd|rd|th)$") || precededByHyphen(words, i)) {
                i = numberEnd;
                continue;
            }
            boolean hyphened = numberEnd + 2 < words.size() && words.get(numberEnd + 1).text().equals("-")
                    && words.get(numberEnd).end() == words.get(numberEnd + 1).start()
                    && words.get(numberEnd + 1).end() == words.get(numberEnd + 2).start();
            if (hyphened && isNumberWord(words.get(numberEnd))
                    && lexicon.knows(Tokens.fold(words.get(numberEnd).text()) + "-" + Tokens.fold(words.get(numberEnd + 2).text()))) {
                i = numberEnd + 2;
                continue; // "two-way trade", "one-off": a word of English, not a count
            }
            OptionalDouble n = ValueFinder.parse(number.startsWith("a ") ? "one " + number.substring(2) : number);
            if (n.isEmpty() || n.getAsDouble() < 2) {
                i = numberEnd;
                continue;
            }
            int head = -1;
            // "a 34-company trade mission": 34 companies, whatever the phrase is about
            boolean compound = hyphened && words.get(numberEnd + 2).tag().equals("NOUN");
            if (compound) {
                head = numberEnd + 2;
            }
            for (int j = numberEnd + 1; !compound && j < words.size() && j <= numberEnd + REACH; j++) {
                Word x = words.get(j);
                // "joint ventures": a word the tagger took for a verb that English also has as an adjective or noun
                boolean modifier = x.tag().equals("VERB") && j + 1 < words.size() && words.get(j + 1).isNoun()
                        && (lexicon.category(x.lemma(), 'a').isPresent() || lexicon.category(x.lemma(), 'n').isPresent());
                // "11 – documents signed on 15 October": a key-numbers line puts a dash between the figure and what it counts
                boolean keyDash = j == numberEnd + 1 && (x.text().equals("\u2013") || x.text().equals("\u2014"));
                boolean inPhrase = x.isNoun() || x.tag().equals("ADJ") || x.text().equals("-") || keyDash || modifier
                        || x.tag().equals("VERB") && x.text().endsWith("ed") && j > 0 && words.get(j - 1).text().equals("-");
                // "14 intergovernmental and commercial documents": adjectives joined by "and" or "or"
                boolean joinsAdjectives = x.tag().equals("CCONJ") && j > numberEnd + 1 && words.get(j - 1).tag().equals("ADJ")
                        && j + 1 < words.size() && (words.get(j + 1).tag().equals("ADJ") || words.get(j + 1).isNoun());
                // "30 drilling and exploration services firms": nouns that modify, joined the same way
                boolean joinsModifiers = x.tag().equals("CCONJ") && j > numberEnd + 1 && words.get(j - 1).tag().equals("NOUN")
                        && !plural(words.get(j - 1)) && j + 2 < words.size() && words.get(j + 1).isNoun() && words.get(j + 2).isNoun();
                if (joinsAdjectives || joinsModifiers) {
                    continue;
                }
                if (!inPhrase || adverbBeforeVerb(words, j)) {
                    break;
                }
                boolean properPlural = x.tag().equals("PROPN") && x.text().endsWith("s") && (j + 1 >= words.size()
                        || !words.get(j + 1).isNoun() || adverbBeforeVerb(words, j + 1));
                if (x.tag().equals("NOUN") || properPlural) {
                    head = j; // "118,000 ethnic Koreans"
                    // the first plural noun is what is counted ("140 documents rests on…"), unless another plural
                    // follows it in the phrase: "30 services firms"
                    if (plural(x) && !(j + 1 < words.size() && words.get(j + 1).tag().equals("NOUN") && plural(words.get(j + 1)))) {
                        break;
                    }
                }
            }
            if (head < 0 && bare(sentence, words, numberStart, numberEnd, n.getAsDouble())) {
                // "arrivals reached about 96,000 in 2023, compared with 41,000 in 2019": a count of the clause's subject
                int numberAt = words.get(numberStart).start();
                String qualifier = Qualifiers.before(sentence.substring(0, numberAt));
                out.add(new FoundValue(FactKind.COUNT, qualifier.isEmpty() ? numberAt : qualifierStart(sentence, numberAt),
                        words.get(numberEnd).end(), n, "", OptionalInt.empty(), qualifier, "", "", ""));
                i = numberEnd;
                continue;
            }
            if (head < 0) {
                i = numberEnd;
                continue;
            }
            int numberAt = words.get(numberStart).start();
            String qualifier = Qualifiers.before(sentence.substring(0, numberAt));
            int start = numberAt;
            if (!qualifier.isEmpty()) {
                start = qualifierStart(sentence, numberAt);
            }
            out.add(new FoundValue(FactKind.COUNT, start, words.get(head).end(), n,
                    words.get(head).lemma().toLowerCase(Locale.ROOT), OptionalInt.empty(), qualifier, "", "", ""));
            i = head;
        }
        return out;
    }

    /** A noun in a plural form: "firms", "people", "women", "children". */
    private static boolean plural(Word w) {
        String text = Tokens.fold(w.text());
        return !w.lemma().equals(text) && (text.endsWith("s") || text.equals("people") || text.endsWith("men") || text.endsWith("children"));
    }

    /** Words that take a bare figure as their object: "compared with 41,000", "rose to 12,500", "from 9,000". */
    private static final java.util.Set<String> QUALIFIER_WORDS = Qualifiers.words();
    private static final java.util.Set<String> FIGURE_LINKS = java.util.Set.of("with", "to", "from", "at", "of", "by");

    /**
     * A number with no noun after it that stands as a verb's or a comparison's object, written in
     * digits and at least 100: "reached about 96,000", "compared with 41,000". Not "Article 12".
     */
    private static boolean bare(String sentence, List<Word> words, int numberStart, int numberEnd, double n) {
        String number = sentence.substring(words.get(numberStart).start(), words.get(numberEnd).end());
        if (!Character.isDigit(number.charAt(0))) {
            return false;
        }
        // "that will bring the number of direct flights … to 21 a week": a small number the sentence says is a number of things
        boolean numberOf = numberStart > 0 && words.get(numberStart - 1).lemma().equals("to")
                && sentence.substring(0, words.get(numberStart).start()).toLowerCase(Locale.ROOT).contains("the number of ");
        if (numberOf) {
            return true;
        }
        if (n < 100) {
            return false;
        }
        int k = numberStart - 1;
        while (k >= 0 && (QUALIFIER_WORDS.contains(words.get(k).lemma()) || words.get(k).tag().equals("ADV"))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        Word before = words.get(k);
        return before.isVerb() || before.tag().equals("ADP") && FIGURE_LINKS.contains(before.lemma());
    }

    /** "226,000 ethnic Germans still live": an adverb before the verb, which the tagger took for a noun, ends the phrase. */
    private boolean adverbBeforeVerb(List<Word> words, int j) {
        Word x = words.get(j);
        return x.isNoun() && j + 1 < words.size() && (words.get(j + 1).isVerb() || words.get(j + 1).tag().equals("AUX"))
                && lexicon.category(Tokens.fold(x.text()), 'r').isPresent();
    }

    /** Where the qualifying phrase before a figure starts ("more than 4,300": at "more"). */
    private static int qualifierStart(String sentence, int numberStart) {
        String before = sentence.substring(0, numberStart).toLowerCase(Locale.ROOT);
        int best = numberStart;
        for (String p : Qualifiers.PHRASES.keySet()) {
            String trimmed = before.stripTrailing();
            if (trimmed.endsWith(p) && (trimmed.length() == p.length() || !Character.isLetter(trimmed.charAt(trimmed.length() - p.length() - 1)))) {
                best = Math.min(best, trimmed.length() - p.length());
            }
        }
        return best;
    }

    private static boolean isNumberWord(Word w) {
        return ValueFinder.isNumberWord(w.text().toLowerCase(Locale.ROOT));
    }

    private static boolean taken(List<FoundValue> taken, Word w) {
        return taken.stream().anyMatch(v -> v.overlaps(w.start(), w.end()));
    }

    private static boolean isYear(String number) {
        return number.matches("(1[89]|20)\\d{2}s?");
    }

    /** "Kambarata-1", "COVID-19": a number glued to a word is part of a name. */
    private static boolean precededByHyphen(List<Word> words, int i) {
        return i > 0 && words.get(i - 1).text().equals("-") && words.get(i - 1).end() == words.get(i).start();
    }
}
