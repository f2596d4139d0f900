package kzbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kzbot.domain.Document;
import kzbot.domain.Fact;
import kzbot.domain.Sentence;
import kzbot.domain.SentenceKind;
import kzbot.store.FactStore;

/**
 * Writes the answer: the figure first when one was asked for, then the cited sentences, each
 * followed by its marker. Every figure in the text is copied from a quoted sentence, so the
 * figure rule holds by construction.
 */
final class Composer {
    static final int MAX_CHARS = 700;
    private static final int MAX_LIST_ITEMS = 5;
    private static final int MAX_FIGURES = 3;
    private static final int AFTER = 12;
    private static final double RUNNER_UP = 0.75;
    /** A sentence shorter than this says too little alone ("Naturally, any relationship will have its challenges."). */
    private static final int SHORT = 100;
    private static final java.util.regex.Pattern CONTINUES = java.util.regex.Pattern.compile(
            "^(Our|This|These|That|Those|It|They|Such|Both|The two|However|But|Yet|Still|Nevertheless)\\b");

    private final FactStore store;
    /** What follows the sentences answered before (the database is read-only): a few hundred bytes each. */
    private final kzbot.text.BoundedCache<Long, List<Sentence>> following = new kzbot.text.BoundedCache<>(2_048);
    private final Map<String, Document> documents;

    Composer(FactStore store, Map<String, Document> documents) {
        this.store = store;
        this.documents = documents;
    }

    /** Numbered citations and the text that refers to them. */
    private final class Draft {
        final List<Citation> citations = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        int cite(Sentence s) {
            for (Citation c : citations) {
                if (c.sentenceId() == s.id()) {
                    return c.n();
                }
            }
            Document d = documents.get(s.docId());
            int n = citations.size() + 1;
            citations.add(new Citation(n, s.docId(), d == null ? s.docId() : d.title(), d == null ? "" : d.author(),
                    d == null ? "" : d.publisher(), d == null ? "" : d.published(), s.text(), s.start(), s.end(), s.id(), s.paragraph()));
            return n;
        }

        boolean fits(String more) {
            return text.length() + more.length() <= MAX_CHARS;
        }

        void append(String part) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(part);
        }
    }

    /**
     * Figures side by side ("$28 million in 2018 [1]; $138 million in 2023 [2]"), or every answering
     * figure of one sentence ("About 30 billion barrels; 2 trillion cubic meters"), then the quote.
     */
    Draft figures(List<Candidate> chosen, QuestionAnalysis a) {
        Draft d = new Draft();
        if (chosen.size() == 1) {
            Candidate c = chosen.get(0);
            List<Fact> facts = new ArrayList<>();
            for (Fact f : c.answers()) {
                boolean yearFits = a.years().isEmpty() || f.year().isEmpty() || a.years().contains(f.year().getAsInt());
                boolean repeat = facts.stream().anyMatch(x -> !f.normalised().isEmpty() && x.normalised().equals(f.normalised()));
                if (yearFits && !repeat && facts.size() < MAX_FIGURES) {
                    facts.add(f);
                }
            }
            facts = closestToQuestion(facts, c.record().sentence(), a);
            String leads = (facts.isEmpty() ? List.of(bestFact(c, a)) : facts).stream()
                    .map(f -> lead(f, c.text())).collect(java.util.stream.Collectors.joining("; "));
            int n = d.cite(c.record().sentence());
            String quoted = leads + " \u2014 \u201c" + c.text() + "\u201d [" + n + "]";
            d.append(d.fits(quoted) ? quoted : leads + " [" + n + "].");
            return d;
        }
        List<String> leads = new ArrayList<>();
        for (Candidate c : chosen) {
            int n = d.cite(c.record().sentence());
            leads.add(lead(bestFact(c, a), c.text()) + " [" + n + "]");
        }
        d.append(String.join("; ", leads) + ".");
        return d;
    }

    /**
     * The best sentence, then what completes it: the list it introduces or belongs to, the next
     * sentence when it continues this one ("Our mutual concern…"), the list its paragraph ends with,
     * or else a close runner-up.
     */
    Draft description(List<Candidate> ranked) {
        Draft d = new Draft();
        Candidate top = ranked.get(0);
        Sentence s = top.record().sentence();
        add(d, s);
        List<Sentence> after = after(s);
        if (s.text().endsWith(":") || s.kind() == SentenceKind.LIST_ITEM || s.kind() == SentenceKind.TABLE_ROW) {
            addListItems(d, after, 0);
        } else {
            List<Sentence> sameParagraph = after.stream().filter(x -> x.paragraph() == s.paragraph()).toList();
            if (!sameParagraph.isEmpty() && (CONTINUES.matcher(sameParagraph.get(0).text()).find() || s.text().length() < SHORT)) {
                add(d, sameParagraph.get(0));
            }
            if (!sameParagraph.isEmpty() && sameParagraph.get(sameParagraph.size() - 1).text().endsWith(":")) {
                addListItems(d, after, sameParagraph.size());
            }
        }
        if (ranked.size() > 1 && ranked.get(1).score() >= RUNNER_UP * top.score()) {
            Sentence second = ranked.get(1).record().sentence();
            if (add(d, second) && second.text().endsWith(":")) {
                addListItems(d, after(second), 0);
            }
        }
        return d;
    }

    /** The sentences that follow one in its article, as far as a list it introduces could run. */
    private List<Sentence> after(Sentence s) {
        return following.computeIfAbsent(s.id(), id -> store.sentencesAt(s.docId(), s.position() + 1, s.position() + AFTER));
    }

    private void addListItems(Draft d, List<Sentence> after, int from) {
        for (int i = from; i < after.size() && i < from + MAX_LIST_ITEMS; i++) {
            Sentence next = after.get(i);
            if (next.kind() != SentenceKind.LIST_ITEM && next.kind() != SentenceKind.TABLE_ROW || !add(d, next)) {
                break;
            }
        }
    }

    private boolean add(Draft d, Sentence s) {
        if (d.citations.stream().anyMatch(c -> c.quote().equals(s.text()))) {
            return true; // the same words twice say nothing more
        }
        String part = s.text() + " [" + (d.citations.size() + 1) + "]";
        if (!d.fits(part)) {
            return false;
        }
        d.cite(s);
        d.append(part);
        return true;
    }

    /**
     * Of several figures in one sentence, those whose own clause (from the figure before it, or the
     * sentence's start, to the figure) holds most of the question's words: "gas reserves" is
     * answered by "2 trillion cubic meters", not by the "30 billion barrels" of oil before it. All
     * of them when no clause holds more words than another, and all names: "between ISIS Malaysia
     * and the Kazakhstan Institute of Strategic Studies" names both parties.
     */
    static List<Fact> closestToQuestion(List<Fact> facts, Sentence sentence, QuestionAnalysis a) {
        boolean names = facts.stream().anyMatch(f -> f.kind() == kzbot.domain.FactKind.PERSON
                || f.kind() == kzbot.domain.FactKind.ORGANISATION);
        if (facts.size() < 2 || a.terms().isEmpty() || names) {
            return facts;
        }
        List<List<List<String>>> forms = Terms.forms(a.terms());
        String text = sentence.text();
        List<Fact> inOrder = facts.stream().sorted(java.util.Comparator.comparingInt(Fact::start)).toList();
        Map<Fact, Integer> matched = new java.util.HashMap<>();
        int from = 0;
        for (Fact f : inOrder) {
            // offsets count code points from the document's start, as the sentence's do
            int end = text.offsetByCodePoints(0, Math.min(f.end() - sentence.start(), text.codePointCount(0, text.length())));
            List<String> clause = Terms.stems(text.substring(Math.min(from, end), end));
            matched.put(f, (int) forms.stream().filter(term -> term.stream().anyMatch(form -> Terms.containsAll(clause, form))).count());
            from = end;
        }
        int best = java.util.Collections.max(matched.values());
        return facts.stream().filter(f -> matched.get(f) == best).toList();
    }

    Answer.Found found(Draft d, kzbot.domain.Interpretation in) {
        return new Answer.Found(d.text.toString(), d.citations, in);
    }

    /** The fact of the question's year if there is one, else the first answering fact. */
    static Fact bestFact(Candidate c, QuestionAnalysis a) {
        for (Fact f : c.answers()) {
            if (f.year().isPresent() && a.years().contains(f.year().getAsInt())) {
                return f;
            }
        }
        return c.answers().get(0);
    }

    /** A figure's lead; a person's with the role and country the quote itself gives ("Shavkat Mirziyoyev, Uzbekistan's President"). */
    static String lead(Fact f, String quote) {
        if (f.kind() != kzbot.domain.FactKind.PERSON || f.role().isEmpty() || !quote.contains(f.role())) {
            return lead(f);
        }
        String role = f.partner().isEmpty() || !quote.contains(f.partner()) ? f.role() : f.partner() + "'s " + f.role();
        return f.valueText().replaceAll("['’]s$", "") + ", " + role;
    }

    /** "$138 million in 2023", "July 2023": the figure as the quote writes it, and its year. */
    static String lead(Fact f) {
        String v = f.valueText();
        String lead = Character.toUpperCase(v.charAt(0)) == v.charAt(0) || !Character.isLetter(v.charAt(0))
                ? v : v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1);
        if (f.year().isPresent() && !v.contains(String.valueOf(f.year().getAsInt()))
                && f.kind() != kzbot.domain.FactKind.PERSON && f.kind() != kzbot.domain.FactKind.ORGANISATION) {
            lead += " in " + f.year().getAsInt();
        }
        if ("target".equals(f.qualifier())) {
            lead = "Target: " + v;
        }
        return lead;
    }
}
