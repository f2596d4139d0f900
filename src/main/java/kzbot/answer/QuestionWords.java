package kzbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

import kzbot.domain.Question;
import kzbot.domain.Question.Term;
import kzbot.domain.Topic;
import kzbot.text.Lexicon;
import kzbot.text.Tokens;
import kzbot.text.WordLists;

/**
 * A question's words as the answerer weighs and looks for them, worked out once per question: each
 * word's weight (rarer words weigh more, as in BM25; a word no article has weighs fully, since its
 * absence says the sources are silent), and the other forms WordNet gives it.
 */
final class QuestionWords {
    private static final Set<String> LIGHT = Set.copyOf(WordLists.words("light-words.txt"));
    /** The words that ask for a measure of something (question-cues.tsv, "measure"). */
    private static final Set<String> MEASURES = WordLists.QUESTION_CUES.get("measure");
    /** The words that ask for a target rather than an achieved figure (question-cues.tsv, "target"). */
    private static final Set<String> TARGET_WORDS = WordLists.QUESTION_CUES.get("target");
    /** The tag of a place the question names that no article is about: a name to find, weighing half. */
    static final String PLACE = "PLACE";

    /** One word to look for, with its weight and the forms that count for it. */
    record Word(Term term, double weight, Set<String> same, Set<String> alternatives, Set<String> phrases, Set<String> broader,
                Set<String> gloss, boolean acronym, java.util.Optional<kzbot.domain.Topic> topic, Set<String> stems) {
    }

    private final List<Word> words;
    private final double total;
    private final List<Word> essential;
    private final String focus;
    private boolean optionalFocus;
    /** Every form that counts for a word (itself, its alternatives, its hypernyms), with its strength for each word. */
    private final java.util.Map<String, double[]> forms = new java.util.HashMap<>();
    private double[] strengths;

    private QuestionWords(List<Word> words, String focus, boolean answerReplacesFocus, Lexicon lexicon) {
        this.focus = focus;
        this.words = List.copyOf(words);
        this.total = words.stream().mapToDouble(Word::weight).sum();
        // nouns by WordNet as well as by tag: the tagger reads "business" in "joint business council" as an adjective
        List<Word> nouns = words.stream().filter(w -> (w.term().tag().equals("NOUN") || w.term().tag().equals("PROPN")
                || w.term().name() || !w.term().tag().equals("VERB") && lexicon.category(w.term().lemma(), 'n').isPresent())
                && !(answerReplacesFocus && w.term().lemma().equals(focus)) && !LIGHT.contains(w.term().lemma())
                && !w.term().tag().equals(PLACE)).toList();
        double top = nouns.stream().mapToDouble(Word::weight).max().orElse(0);
        this.essential = nouns.stream().filter(w -> w.weight() >= ESSENTIAL * top).toList();
    }

    /** A noun weighing this share of the heaviest one is one a sentence must hold for an answer. */
    private static final double ESSENTIAL = 0.8;

    /**
     * The question's heaviest nouns and names (not its focus, which an answer may not repeat): an
     * answer's sentence holds at least one of them, or it is about something else.
     */
    List<Word> essential() {
        return essential;
    }

    /** True when the focus is a word to look for that an answer may leave out ("what areas did the documents cover"). */
    boolean optionalFocus() {
        return optionalFocus;
    }

    /** The lemma of the question's focus, or "". */
    String focus() {
        return focus;
    }

    /**
     * What weighing a question's words needs from the corpus and the language: the lexicon, the
     * topic lexicon, how many sentences hold a word and in all, the weights, the stemmer, and the
     * roles the sources give each person's name ("tokayev" → "president").
     */
    record Context(Lexicon lexicon, kzbot.text.TopicLexicon topics, ToIntFunction<String> sentencesWith, int sentences, Weights weights,
                   java.util.function.UnaryOperator<String> stem, java.util.Map<String, Set<String>> roles) {
    }

    static QuestionWords of(Question q, Context c) {
        return of(q, c.lexicon(), c.topics(), c.sentencesWith(), c.sentences(), c.weights(), c.stem(), c.roles());
    }

    private static QuestionWords of(Question q, Lexicon lexicon, kzbot.text.TopicLexicon topics, ToIntFunction<String> sentencesWith,
                            int sentences, Weights w, java.util.function.UnaryOperator<String> stem,
                            java.util.Map<String, Set<String>> roles) {
        List<Word> out = new ArrayList<>();
        for (Term t : q.terms()) {
            String folded = Tokens.fold(t.text());
            Set<String> same = new HashSet<>(List.of(t.lemma(), folded));
            boolean capitals = t.text().length() >= 2 && t.text().chars().allMatch(Character::isUpperCase);
            if (capitals && WordLists.STOP_WORDS.contains(folded)) {
                same.clear(); // "IT" is not "it": an acronym that spells a common word counts only spelled out
            }
            int df = Math.max(sentencesWith.applyAsInt(t.lemma()), sentencesWith.applyAsInt(folded));
            boolean english = lexicon.knows(t.lemma()) || lexicon.knows(folded);
            double weight;
            boolean unit = kzbot.text.Units.currency(t.text()).isPresent() || kzbot.text.Units.quantity(t.text()).isPresent();
            if (LIGHT.contains(t.lemma()) || LIGHT.contains(folded) || unit) {
                // a unit ("in dollars and in yen", "how many tonnes") says how the figure is written, not what it is about
                weight = w.weightLight();
            } else if (df == 0) {
                weight = english || t.name() ? w.weightUnknownInCorpus() * idf(1, sentences) : w.weightUnknownWord();
            } else {
                weight = idf(df, sentences);
            }
            if (t.tag().equals(PLACE)) {
                weight *= 0.5;
            }
            if (t.subject()) {
                weight *= 2; // what a yes-or-no question asks about counts over the clause that dates it
            }

            if (!t.name()) {
                weight *= switch (t.tag()) {
                    case "VERB" -> w.weightVerb();
                    case "ADJ" -> w.weightAdjective();
                    case "ADV" -> w.weightAdverb();
                    default -> 1.0;
                };
            }
            Set<String> alternatives = new HashSet<>();
            Set<String> phrases = new HashSet<>();
            if (t.lemma().contains(" ")) {
                phrases.add(t.lemma()); // "live in": the phrase as the lemma and as typed
                phrases.add(folded.replaceAll("[^\\p{L}\\d ]", " ").replaceAll(" +", " ").strip());
            }
            if (TARGET_WORDS.contains(t.lemma())) {
                // "goal", "target", "aim", "plan": one thing asked for, whichever word the article uses
                TARGET_WORDS.stream().filter(x -> !x.equals(t.lemma())).forEach(alternatives::add);
            }
            for (String a : lexicon.alternatives(t.lemma())) {
                if (a.contains(" ") || a.contains("-")) {
                    phrases.add(Tokens.fold(a.replace('-', ' ')));
                } else {
                    alternatives.add(a);
                }
            }
            // hypernyms of the word as the question uses it: "military" as an adjective is not "force"
            Set<String> broader = new HashSet<>();
            Set<String> gloss = new HashSet<>();
            char pos = switch (t.tag()) {
                case "VERB" -> 'v';
                case "ADJ", "ADV" -> '-';
                default -> 'n';
            };
            for (Lexicon.Sense s : lexicon.senses(t.lemma())) {
                if (s.pos() == pos) {
                    broader.addAll(s.broader()); // "export": "sell or transfer abroad"
                }
                if (s.pos() == 'n' && pos == 'n') {
                    for (String k : s.kinds()) {
                        s.gloss().forEach(g -> gloss.add(k + "^" + g));
                        s.hypernyms().forEach(h -> gloss.add(k + "|" + h));
                    }
                }
            }
            if (pos == 'n') {
                broader.addAll(lexicon.hypernymForms(t.lemma())); // a "tie" is a "relationship", derived from "relation"
            }
            // a person the sources name with a role is also "the president" there
            broader.addAll(roles.getOrDefault(folded, Set.of()));
            boolean acronym = t.text().length() >= 2 && t.text().chars().filter(Character::isUpperCase).count() >= 2;
            // a word that names a topic ("trade", "energy") stands for the whole topic; "exports" is one part of trade
            Optional<Topic> topic = Topic.fromCode(t.lemma()).filter(x -> x != Topic.GENERAL);
            if (topic.isEmpty() && MEASURES.contains(t.lemma())) {
                // "turnover": a measure the topic lexicon files under one topic is that topic's figure
                Set<Topic> named = new HashSet<>();
                topics.find(t.lemma()).forEach(h -> named.add(h.topic()));
                topic = named.size() == 1 ? Optional.of(named.iterator().next()) : topic;
            }
            Set<String> stems = new HashSet<>();
            same.forEach(x -> stems.add(stem.apply(x)));
            alternatives.forEach(x -> stems.add(stem.apply(x)));
            out.add(new Word(t, weight, Set.copyOf(same), Set.copyOf(alternatives), Set.copyOf(phrases), Set.copyOf(broader),
                    Set.copyOf(gloss), acronym,
                    topic, Set.copyOf(stems)));
        }
        // a figure, date or name answers in place of the focus ("which airline"); a description has it
        boolean replaces = q.type() != Question.AnswerType.DESCRIPTION && q.type() != Question.AnswerType.YES_NO;
        QuestionWords qw = new QuestionWords(out, q.focus().lemma(), replaces, lexicon);
        // "what areas did the documents cover" may be answered without "areas", a general word beside the documents;
        // "what are the estimated uranium reserves" not without "reserves", the heaviest word asked
        qw.optionalFocus = q.type() == Question.AnswerType.DESCRIPTION && q.focus().present()
                && qw.essential.stream().noneMatch(x -> x.term().lemma().equals(q.focus().lemma()));
        qw.index(w);
        return qw;
    }

    /** BM25's inverse document frequency, floored at a small positive weight for words in most sentences. */
    private static double idf(int df, int sentences) {
        double n = Math.max(sentences, df);
        return Math.max(0.1, Math.log((n - df + 0.5) / (df + 0.5) + 1));
    }

    List<Word> words() {
        return words;
    }

    double total() {
        return total;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    private void index(Weights w) {
        int n = words.size();
        for (int i = 0; i < n; i++) {
            Word q = words.get(i);
            for (String f : q.broader()) {
                put(f, i, w.matchHypernym());
            }
            for (String f : q.alternatives()) {
                put(f, i, w.matchSynonym());
            }
            for (String f : q.same()) {
                put(f, i, w.matchSame());
            }
        }
    }

    private void put(String form, int word, double strength) {
        double[] v = forms.computeIfAbsent(form, k -> new double[words.size()]);
        v[word] = Math.max(v[word], strength);
    }

    /**
     * How strongly a sentence holds each of the question's words ({@link #match}), read in one pass
     * over the sentence's words.
     */
    double[] matchAll(SentenceReading s, Weights w) {
        int n = words.size();
        double[] best = new double[n];
        for (String word : s.words()) {
            double[] v = forms.get(word);
            if (v != null) {
                // one word of the sentence stands for one word of the question: "parts of the globe" is either the
                // "role" or the "region" asked, not both
                int only = -1;
                for (int i = 0; i < n; i++) {
                    if (v[i] > 0 && (only < 0 || v[i] > v[only])) {
                        only = i;
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (i == only || v[i] >= w.matchSame()) {
                        best[i] = Math.max(best[i], v[i]);
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Word q = words.get(i);
            if (best[i] >= w.matchSame() && !q.term().name() && !q.acronym() && insideNamesOnly(q, s)
                    && q.same().stream().noneMatch(s.nameHeads()::contains)) {
                best[i] = NAME_PART; // "exports" in "the Export-Import Bank": the bank's name, not its exports
            }
            if (best[i] >= w.matchSame()) {
                continue;
            }
            if (q.acronym() && s.spells(q.term().text().replaceAll("s$", ""))) {
                best[i] = w.matchSame();
                continue;
            }
            if (best[i] < w.matchSynonym()) {
                for (String p : q.phrases()) {
                    if (s.hasPhrase(p)) {
                        best[i] = w.matchSynonym();
                        break;
                    }
                }
                if (s.related().contains(q.term().lemma())) {
                    best[i] = w.matchSynonym();
                }
            }
            if (best[i] < w.matchHyponym() && s.broader().contains(q.term().lemma())) {
                best[i] = w.matchHyponym();
            }
            if (best[i] < w.matchSibling() && (glossLinked(q, s) || sibling(q, s))) {
                best[i] = w.matchSibling();
            }
            if (best[i] < w.matchTopic() && q.topic().isPresent()
                    && s.record().topics().stream().anyMatch(t -> t.rank() == 0 && t.topic() == q.topic().get())) {
                best[i] = w.matchTopic();
            }
        }
        return best;
    }

    /** What a question word counts for when the sentence has it only inside a name. */
    private static final double NAME_PART = 0.5;

    private static boolean insideNamesOnly(Word q, SentenceReading s) {
        for (String f : q.same()) {
            if (s.plain().contains(f)) {
                return false;
            }
        }
        // lemmas are not aligned with tokens: a plural or an inflection outside the name still counts
        for (String p : s.plain()) {
            for (String f : q.same()) {
                String root = f.endsWith("y") && f.length() > 3 ? f.substring(0, f.length() - 1) + "i" : f; // "universities"
                if ((p.startsWith(f) || p.startsWith(root)) && p.length() <= f.length() + 3) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How strongly a sentence holds a question's word: 1 for the word itself, less for a related one, 0 for none. */
    static double match(Word q, SentenceReading s, Weights w) {
        for (String f : q.same()) {
            if (s.words().contains(f)) {
                return w.matchSame();
            }
        }
        if (q.acronym() && s.spells(q.term().text().replaceAll("s$", ""))) {
            return w.matchSame();
        }
        for (String a : q.alternatives()) {
            if (s.words().contains(a)) {
                return w.matchSynonym();
            }
        }
        for (String p : q.phrases()) {
            if (s.hasPhrase(p)) {
                return w.matchSynonym();
            }
        }
        if (s.related().contains(q.term().lemma())) {
            return w.matchSynonym();
        }
        for (String b : q.broader()) {
            if (s.words().contains(b)) {
                return w.matchHypernym();
            }
        }
        if (s.broader().contains(q.term().lemma())) {
            return w.matchHyponym();
        }
        if (q.topic().isPresent() && s.record().topics().stream().anyMatch(t -> t.rank() == 0 && t.topic() == q.topic().get())) {
            return w.matchTopic();
        }
        return glossLinked(q, s) || sibling(q, s) ? w.matchSibling() : 0;
    }

    /**
     * A noun of the sentence names another kind of the same people: "visitors" for "tourists", both
     * travellers. Only people: other things of one kind differ in what matters ("exports", "imports").
     */
    private static boolean sibling(Word q, SentenceReading s) {
        if (!q.term().tag().equals("NOUN") || q.term().name() || q.gloss().stream().noneMatch(g -> g.startsWith("person|"))) {
            return false;
        }
        for (String b : q.broader()) {
            if (s.broader().contains(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun's definition names what a word of the sentence is, or the other way round: "firms" (a kind
     * of business) for the sentence's "companies" ("an institution created to conduct business").
     */
    private static boolean glossLinked(Word q, SentenceReading s) {
        if (!q.term().tag().equals("NOUN")) {
            return false;
        }
        // both sides keyed by kind: "organization|business" (a definition's noun) meets "organization^business" (a hypernym)
        for (String g : q.gloss()) {
            if (s.gloss().contains(g)) {
                return true;
            }
        }
        return false;
    }
}
