package kzbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kzbot.domain.Fact;
import kzbot.domain.FactKind;
import kzbot.text.Token;
import kzbot.text.Tokens;

/**
 * Where in its sentence a fact stands: the stretch between the punctuation around it (a clause,
 * roughly), so that a sentence with several dates or figures gives the one whose own words the
 * question asks about. "…recognise Kazakh independence, on 16 December 1991, …, and the two
 * countries established diplomatic relations on 2 March 1992": diplomatic relations go with 1992.
 */
final class Clauses {
    private static final String MARKS = ",;:\u2014()";
    /** A stretch shorter than this many words ("on 16 December 1991") belongs with the one before it. */
    private static final int SHORT = 5;

    private Clauses() {
    }

    /**
     * The share of the question's weight that the sentence holds within the fact's clause, of the
     * weight it holds in the whole sentence: 1 when the clause holds everything the sentence does.
     */
    static double localShare(QuestionWords words, SentenceReading s, Fact f) {
        String text = s.text();
        int local = f.start() - s.record().sentence().start();
        int codePoints = text.codePointCount(0, text.length());
        if (local < 0 || local >= codePoints) {
            return 1;
        }
        int at = text.offsetByCodePoints(0, local);
        int[] span = clause(text, at);
        if (f.kind() == FactKind.NAME || f.kind() == FactKind.ORGANISATION || f.kind() == FactKind.PERSON) {
            span[1] = relativeEnd(text, span[1]);
        }
        Set<String> inClause = new HashSet<>();
        Set<String> inSentence = new HashSet<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String st = s.stems().get(i);
            inSentence.add(st);
            if (tokens.get(i).start() >= span[0] && tokens.get(i).end() <= span[1]) {
                inClause.add(st);
            }
        }
        double clause = 0;
        double sentence = 0;
        for (QuestionWords.Word w : words.words()) {
            Set<String> forms = w.stems();
            boolean inS = forms.stream().anyMatch(inSentence::contains);
            if (inS) {
                sentence += w.weight();
                if (forms.stream().anyMatch(inClause::contains)) {
                    clause += w.weight();
                }
            }
        }
        return sentence == 0 ? 1 : clause / sentence;
    }

    /** The words that open a clause about the name before it. */
    private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "that");
    /** The words that open a short description of the name before it, between commas. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** A description between commas longer than this many words is not one. */
    private static final int APPOSITIVE = 8;

    /**
     * "Nordvind Energy A/S, an Aarhus-based turbine maker, which signed an agreement for a wind farm":
     * the clause of a name runs on through a description of it into the relative clause about it.
     */
    private static int relativeEnd(String text, int end) {
        int at = end;
        while (at < text.length() && text.charAt(at) == ',') {
            int next = at + 1;
            while (next < text.length() && MARKS.indexOf(text.charAt(next)) < 0) {
                next++;
            }
            List<Token> words = Tokens.of(text.substring(at + 1, next));
            if (words.isEmpty()) {
                return end;
            }
            String first = Tokens.fold(words.get(0).text());
            if (RELATIVES.contains(first)) {
                return next;
            }
            if (!ARTICLES.contains(first) || words.size() > APPOSITIVE) {
                return end;
            }
            at = next;
        }
        return end;
    }

    /** The clause around a character of the text, as [start, end). */
    static int[] clause(String text, int at) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (MARKS.indexOf(text.charAt(i)) >= 0 && !(text.charAt(i) == ',' && i > 0 && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
                spans.add(new int[] {from, i});
                from = i + 1;
            }
        }
        spans.add(new int[] {from, text.length()});
        for (int k = 0; k < spans.size(); k++) {
            int[] s = spans.get(k);
            if (at >= s[0] && at < s[1] || k == spans.size() - 1) {
                int start = s[0];
                if (Tokens.of(text.substring(s[0], s[1])).size() < SHORT && k > 0) {
                    start = spans.get(k - 1)[0];
                }
                return new int[] {start, s[1]};
            }
        }
        return new int[] {0, text.length()};
    }
}
