package kzbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import kzbot.domain.Corpus.SentencePartner;
import kzbot.domain.Fact;
import kzbot.domain.Question;
import kzbot.domain.SentenceKind;
import kzbot.text.WordLists;

/**
 * Weighs candidate sentences for a question: the share of the question's weighted words each holds
 * (or the sentence before it holds, for a sentence that goes on from it), the best fit of one of its
 * facts to what the question asks, and whether it names the question's partner. Weights come from
 * {@link Weights}.
 */
final class Scorer {
    /** A sentence that opens with these goes on from the one before ("These efforts…", "It also…"). */
    static final Pattern ANAPHOR;

    /**
     * Openings whose meaning is in the sentence before, so an answer quotes both. "The two
     * governments" and "Both" (in {@link #ANAPHOR} only) name the two countries, whose names the
     * reading takes from before, but the sentence needs no other to be understood.
     */
    static final Pattern QUOTES_PREVIOUS;

    static {
        String pronouns = "This|These|That|Those|Such|They|It|Its|Their|He|She|Our";
        QUOTES_PREVIOUS = Pattern.compile("^(" + pronouns + ")\\b");
        ANAPHOR = Pattern.compile("^(" + pronouns + "|The two|Both)\\b");
    }

    /** A candidate with its score, its coverage, and its fact that best fits the question (if the question wants one). */
    record Scored(SentenceReading reading, Optional<SentenceReading> previous, double score, double coverage, Optional<Fact> fact,
                  double fit, boolean essential) {
        long id() {
            return reading.id();
        }
    }

    /** What a sentence without a description question's focus keeps of its coverage of the other words. */
    private static final double FOCUS_LEFT_OUT = 0.8;
    /** A sentence holding this share of the question's weight is about it, whatever noun it lacks. */
    private static final double STRONG = 0.7;
    /**
     * A fact that fits the question fully (kind, time, verb: "established … on January 28, 1992" for
     * "when did they set up diplomatic ties") in a sentence with most of its words answers though
     * WordNet does not relate the sentence's noun to the question's ("relations", "ties").
     */
    private static final double FULL_FIT = 0.95;
    private static final double FULL_FIT_COVERAGE = 0.45;

    private final Weights weights;
    private final FactMatcher facts;
    private final java.util.function.UnaryOperator<String> stem;
    /** Each article's title words: what the article is about throughout. */
    private final java.util.Map<String, java.util.Set<String>> titles;

    Scorer(Weights weights, FactMatcher facts, java.util.Map<String, java.util.Set<String>> titles,
           java.util.function.UnaryOperator<String> stem) {
        this.weights = weights;
        this.facts = facts;
        this.titles = titles;
        this.stem = stem;
    }

    /**
     * How well a fact answers the question ({@link FactMatcher#fit}), less when the question's words
     * the sentence holds stand in another clause than the fact's.
     */
    double fit(Question q, QuestionWords words, Fact f, SentenceReading r, Optional<SentenceReading> previous) {
        return facts.fit(q, f, r, previous);
    }

    /** The fit weighed by where the fact stands: what ranks the facts of one sentence and the sentences. */
    double placedFit(Question q, QuestionWords words, Fact f, SentenceReading r, Optional<SentenceReading> previous) {
        double fit = facts.fit(q, f, r, previous);
        // "Rail freight …, suspended in 2020, resumed on 4 June 2023": a clause whose own verb is the one asked
        // shares its subject with the clause before, which holds the question's other words; it counts half
        double local = Clauses.localShare(words, r, f);
        if (facts.datesTheVerb(q, f)) {
            local = Math.max(local, 0.5);
        }
        return fit == 0 ? 0 : fit * (0.6 + 0.4 * local);
    }

    /** What a firm named in the sentence before counts for, through "the firm" in this one. */
    private static final double ANTECEDENT = 0.9;

    /** "Under the agreement, the firm will invest…": the sentence calls a firm back by a word for a firm the question asks. */
    static boolean callsTheFirmBack(Question q, SentenceReading r) {
        if (!(q.type().isName() || q.type() == Question.AnswerType.WHICH) || !FactMatcher.FIRMS.contains(q.focus().lemma())) {
            return false;
        }
        java.util.regex.Matcher m = THE_FIRM.matcher(r.text());
        while (m.find()) {
            if (FactMatcher.FIRMS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern THE_FIRM = Pattern.compile("\\b[Tt]he (\\p{L}+)\\b");

    FactMatcher matcher() {
        return facts;
    }

    List<Scored> rank(Question q, QuestionWords words, List<SentenceReading> readings, Candidates candidates) {
        return rank(q, words, readings, candidates, Optional.empty());
    }

    /** The candidates ranked; with an article named ("the friendship piece"), only that article's sentences. */
    List<Scored> rank(Question q, QuestionWords words, List<SentenceReading> readings, Candidates candidates, Optional<String> article) {
        Matches matches = new Matches(words);
        // a fit is full only when there was something to check it against: a focus or a verb
        boolean fullFit = q.focus().present() || !q.predicate().isEmpty();
        List<Scored> out = new ArrayList<>();
        for (SentenceReading r : readings) {
            if (article.isPresent() && !article.get().equals(r.record().sentence().docId())) {
                continue;
            }
            SentenceKind kind = r.record().sentence().kind();
            if (kind == SentenceKind.BOILERPLATE || r.text().stripTrailing().endsWith("?")) {
                continue; // a question in the text ("Is there a trade target?") answers nothing
            }
            if (!q.partners().isEmpty()
                    && r.record().partners().stream().map(SentencePartner::partner).noneMatch(q.partners()::contains)) {
                continue;
            }
            Optional<SentenceReading> previous = candidates.previous(r);
            Optional<SentenceReading> next = candidates.referringBack(r);
            // "Trade … reached $68.4 million in 2023. That is about Sh9.6 billion. It is up 23 per cent…": a chain
            // of sentences that go on from the one before reaches back to what they are about
            // ("… Kattegat Bulk Lines A/S … The Esbjerg-based operator runs six vessels … The company carried 640,000 tonnes")
            Optional<SentenceReading> earlier = previous.isPresent() && goesOn(r) && goesOn(previous.get())
                    ? candidates.previous(previous.get()) : Optional.empty();
            double coverage = coverage(words, r, previous, earlier, next, matches);
            Optional<Fact> best = Optional.empty();
            double fit = 0;
            double placed = 0;
            // once per sentence, not per fact: "who chairs the Kazakh side" is not answered by "whose Hungarian side…"
            if (q.type() != Question.AnswerType.DESCRIPTION && q.type() != Question.AnswerType.YES_NO
                    && coverage >= weights.acceptTyped() && !facts.otherSide(q, r)) {
                for (Fact f : r.record().facts()) {
                    double x = placedFit(q, words, f, r, previous);
                    if (x > placed) {
                        placed = x;
                        fit = facts.fit(q, f, r, previous);
                        best = Optional.of(f);
                    }
                }
                if (fit < FULL_FIT && previous.isPresent() && callsTheFirmBack(q, r)) {
                    // "which firm is building the terminal": "Under the agreement, the firm will invest … in a new
                    // container terminal" names the firm in the sentence before ("… signed by … Black Sea Intermodal
                    // Terminals AD"); its name there answers, both sentences quoted
                    for (Fact f : previous.get().record().facts()) {
                        if (f.kind() != kzbot.domain.FactKind.ORGANISATION && f.kind() != kzbot.domain.FactKind.NAME) {
                            continue;
                        }
                        double x = facts.fit(q, f, previous.get(), Optional.empty()) * ANTECEDENT;
                        if (x > placed) {
                            placed = x;
                            fit = x;
                            best = Optional.of(f);
                        }
                    }
                }
            }
            boolean named = r.record().partners().stream().anyMatch(p -> p.explicit() && q.partners().contains(p.partner()));
            // "kz brazil trade 2023": with no verb or noun to tell figures apart, one dated only by the sentence before
            // ranks below one that gives the asked year itself
            boolean inherited = best.isPresent() && !q.years().isEmpty() && best.get().year().isEmpty() && best.get().kind().isFigure()
                    && q.predicate().isEmpty() && !q.focus().present();
            double score = weights.scoreCoverage() * coverage + weights.scoreFact() * placed * (inherited ? INHERITED_YEAR : 1) + (named ? weights.scorePartnerNamed() : 0)
                    + (kind == SentenceKind.HEADING ? weights.scoreHeading() : 0)
                    + (kind == SentenceKind.REFERENCE ? weights.scoreReference() : 0)
                    + (r.text().length() < 40 ? weights.scoreShort() : 0);
            out.add(new Scored(r, previous, score, coverage, best, fit,
                    (holdsEssential(words, r, previous, matches) || holdsEssential(words, r, earlier, matches)
                            // only a pronoun says the next sentence is about this one's thing ("This target…"); "The
                            // first shipment, of about 30,000 tonnes" after a contract for 150,000 is another thing
                            || holdsEssential(words, next.filter(n -> ANAPHOR.matcher(n.text()).find()), matches) || coverage >= STRONG
                            || fullFit && fit >= FULL_FIT && coverage >= FULL_FIT_COVERAGE)
                            && holdsNames(words, r, previous, next, candidates, matches)));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::id));
        return out;
    }

    /**
     * The sentence holds one of the question's essential nouns, or has none to hold; or the
     * sentence before it holds one, and this one holds most of the question's other words ("Astana
     * hosted the organisation's 10th summit" after a sentence naming the Organization of Turkic
     * States).
     */
    private boolean holdsEssential(QuestionWords words, SentenceReading r, Optional<SentenceReading> previous, Matches m) {
        if (words.essential().isEmpty()) {
            return true;
        }
        boolean before = false;
        // "It is up 23 per cent", "The project is valued at DKK 2.1 bln": a sentence that goes on about the one before
        boolean goesOn = goesOn(r);
        // a topic word stands for its topic ("trade": a sentence about trade that says "turnover") only when
        // every essential noun is held so; "joint business council" asks for a council, not for trade
        boolean topical = words.essential().stream().allMatch(w -> w.topic().isPresent() && m.of(w, r) >= weights.matchTopic());
        if (topical) {
            return true;
        }
        for (QuestionWords.Word w : words.essential()) {
            if (m.of(w, r) >= weights.matchHypernym()) {
                return true;
            }
            before |= previous.isPresent() && m.of(w, previous.get()) >= weights.matchSynonym();
        }
        if (!before) {
            return false;
        }
        if (goesOn) {
            return true;
        }
        double others = 0;
        double held = 0;
        for (QuestionWords.Word w : words.words()) {
            if (!words.essential().contains(w) && !w.term().lemma().equals(words.focus())) {
                others += w.weight();
                held += w.weight() * m.of(w, r);
            }
        }
        return others > 0 && held / others >= 0.5;
    }

    /**
     * The next sentence, which goes on about this one ("This target is ambitious"), holds one of the
     * question's essential nouns: what it names is what this sentence says.
     */
    private boolean holdsEssential(QuestionWords words, Optional<SentenceReading> next, Matches m) {
        if (next.isEmpty()) {
            return false;
        }
        for (QuestionWords.Word w : words.essential()) {
            if (m.of(w, next.get()) >= weights.matchSynonym()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every name the question gives ("Goa", "KAZIND", "Almaty") stands in the sentence, the one
     * before it, or its article's title: a sentence without one of them is about something else.
     */
    private boolean holdsNames(QuestionWords words, SentenceReading r, Optional<SentenceReading> previous, Optional<SentenceReading> next,
                               Candidates candidates,
                               Matches m) {
        java.util.Set<String> title = titles.getOrDefault(r.record().sentence().docId(), java.util.Set.of());
        boolean refersBack = previous.isPresent() && (ANAPHOR.matcher(r.text()).find() || refersBack(r, previous.get())
                || continues(words, r, m));
        // "was the partnership signed when Modi visited in 2015?": the premise's names date it, the subject is what is asked
        boolean hasSubject = words.words().stream().anyMatch(w -> w.term().subject());
        for (QuestionWords.Word w : words.words()) {
            if (!w.term().name() || w.term().lemma().equals(words.focus()) || hasSubject && !w.term().subject()) {
                continue;
            }
            boolean held = m.of(w, r) >= weights.matchSynonym()
                    || refersBack && m.of(w, previous.get()) >= weights.matchSynonym()
                    || w.same().stream().anyMatch(title::contains)
                    || refersBack && heldEarlier(w, previous.get(), candidates, m)
                    // "… Cordillera Drilling Solutions SpA. The Chilean firm plans … a plant in Karaganda": the next sentence goes on about this one
                    || next.isPresent() && aboutThis(r, next.get()) && m.of(w, next.get()) >= weights.matchSynonym();
            if (!held) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentence holds most of what the question asks besides its names ("Tyrolean cable car
     * manufacturer Bergmann Seilbahnen AG won a contract to supply two gondola lifts" for "which
     * firm is building the lifts for the new resort near Almaty"): it goes on about the place the
     * sentence before it in its paragraph names.
     */
    private boolean continues(QuestionWords words, SentenceReading r, Matches m) {
        double others = 0;
        double held = 0;
        for (QuestionWords.Word w : words.words()) {
            if (!w.term().name()) {
                others += w.weight();
                held += w.weight() * m.of(w, r);
            }
        }
        return others > 0 && held / others >= CONTINUES;
    }

    /** The share of a question's words besides its names that makes a sentence go on about its paragraph's place. */
    private static final double CONTINUES = 0.5;

    /**
     * "Baltica Rail Logistics launches… The company says… It is investing…": the sentence before goes
     * on about the one before it, which holds the name.
     */
    private boolean heldEarlier(QuestionWords.Word w, SentenceReading previous, Candidates candidates, Matches m) {
        Optional<SentenceReading> earlier = candidates.previous(previous);
        return earlier.isPresent() && (ANAPHOR.matcher(previous.text()).find() || refersBack(previous, earlier.get()))
                && m.of(w, earlier.get()) >= weights.matchSynonym();
    }

    /**
     * "Astana hosted the organisation's 10th summit" after a sentence naming the Organization of
     * Turkic States: a definite noun phrase whose noun the sentence before has.
     */
    private static boolean refersBack(SentenceReading r, SentenceReading previous) {
        List<kzbot.text.Token> tokens = r.tokens();
        // "… to build a solar park near Balkhash. The project is estimated to cost…": a sentence that opens
        // on a definite common noun goes on about the one before it in its paragraph
        if (opensOnDefinite(r)) {
            return true;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equalsIgnoreCase("the")) {
                String noun = kzbot.text.Tokens.fold(tokens.get(i + 1).text());
                if (noun.length() > 3 && (previous.words().contains(noun) || previous.related().contains(noun))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The sentence opens on a definite common noun, so it goes on about the one before it: "… to build a
     * solar park near Balkhash. The project is estimated to cost…"; "… Cordillera Drilling Solutions SpA.
     * The Chilean firm plans to invest…" (a place's or its people's word before the noun).
     */
    static boolean opensOnDefinite(SentenceReading r) {
        String text = r.text();
        if (text.startsWith("The ") && text.length() > 4 && Character.isLowerCase(text.codePointAt(4))
                || PLACE_BASED.matcher(text).lookingAt()) {
            return true; // "The project …", "The Esbjerg-based operator …"
        }
        java.util.regex.Matcher placed = PLACE_THEN_NOUN.matcher(text);
        return placed.lookingAt() && r.record().facts().stream()
                .anyMatch(f -> f.kind() == kzbot.domain.FactKind.PLACE && f.valueText().equals(placed.group(1)));
    }

    /** "The Chilean firm", "The Qatari side": a definite noun phrase whose first word is a place's or its people's. */
    private static final Pattern PLACE_THEN_NOUN = Pattern.compile("The (\\p{Lu}[\\p{L}-]+) \\p{Ll}");
    /** How many words after "The" may name what a definite noun phrase is ("The Italian firm", "The first shipment"). */
    private static final int DEFINITE_HEAD = 3;

    /**
     * The next sentence goes on about this one's thing: it opens on a pronoun, or on a definite noun phrase
     * whose noun this sentence uses, or that names a kind of firm when this sentence names a company ("…
     * Tirreno Cavi SpA. The Italian firm…"), a kind of person when it names one, or a figure ("The figure"). "The first shipment,
     * of about 30,000 tonnes" after a contract for up to 150,000 tonnes is another thing.
     */
    boolean aboutThis(SentenceReading r, SentenceReading next) {
        if (ANAPHOR.matcher(next.text()).find()) {
            return true;
        }
        if (!opensOnDefinite(next)) {
            return false;
        }
        List<String> lemmas = List.of(next.record().sentence().lemmas().split(" "));
        boolean company = r.record().facts().stream().anyMatch(f -> f.kind() == kzbot.domain.FactKind.ORGANISATION);
        boolean named = r.record().facts().stream().anyMatch(f -> f.kind() == kzbot.domain.FactKind.PERSON
                || f.kind() == kzbot.domain.FactKind.NAME);
        for (int i = 1; i < lemmas.size() && i <= DEFINITE_HEAD; i++) {
            String l = lemmas.get(i).toLowerCase(java.util.Locale.ROOT);
            if (WordLists.STOP_WORDS.contains(l)) {
                continue;
            }
            // ("… Sophie Marchal walks the hall. The managing director of …": a role after a person's name)
            if (r.words().contains(l) || company && FactMatcher.FIRMS.contains(l) || FIGURE_WORDS.contains(l)
                    || named && facts.isKind(l, "person")) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for a figure (question-cues.tsv, "vague"). */
    static final Set<String> FIGURE_WORDS = WordLists.QUESTION_CUES.get("vague");

    /** "The Esbjerg-based operator": a definite noun phrase whose first word is a compound of a name. */
    private static final Pattern PLACE_BASED = Pattern.compile("The \\p{Lu}\\p{L}+-\\p{Ll}+ \\p{Ll}");

    /** The sentence goes on about the one before it: a pronoun, or a definite noun phrase, opens it. */
    static boolean goesOn(SentenceReading r) {
        return ANAPHOR.matcher(r.text()).find() || opensOnDefinite(r);
    }

    /** What a figure's weight in the score keeps when its year is the sentence before's ("The dip came … $4 billion"). */
    private static final double INHERITED_YEAR = 0.75;

    /** "(+18.4 pct)", "+9.6%": a figure signed as a change. */
    private static final Pattern SIGNED = Pattern.compile("(?:^|[\\s(])[+\u2212-]\\d");

    /** A percentage of the sentence is a change: a word of change beside the figures, or a sign before one. */
    private static boolean marksAChange(SentenceReading r) {
        if (r.record().facts().stream().noneMatch(f -> f.kind() == kzbot.domain.FactKind.PERCENT)) {
            return false;
        }
        return r.words().stream().anyMatch(l -> FactMatcher.CHANGES.contains(l) || FactMatcher.CHANGE_MARKS.contains(l))
                || SIGNED.matcher(r.text()).find();
    }

    /** The words that ask for a goal (question-cues.tsv, "target"). */
    private static final Set<String> TARGET_NOUNS = WordLists.QUESTION_CUES.get("target");

    /** How strongly each sentence holds each question word, worked out once per question and sentence. */
    private final class Matches {
        private final QuestionWords words;
        private final java.util.Map<Long, double[]> bySentence = new java.util.HashMap<>();
        /** The question's nouns for a goal ("target", "goal"), by position: a sentence whose figure is one holds them. */
        private final List<Integer> goalWords = new ArrayList<>();
        /** The question's nouns for a change ("growth", "increase"), by position. */
        private final List<Integer> changeWords = new ArrayList<>();

        Matches(QuestionWords words) {
            this.words = words;
            for (int i = 0; i < words.words().size(); i++) {
                Question.Term t = words.words().get(i).term();
                if (TARGET_NOUNS.contains(t.lemma()) && t.tag().equals("NOUN")) {
                    goalWords.add(i);
                }
                if (FactMatcher.CHANGE_MARKS.contains(t.lemma()) && t.tag().equals("NOUN")) {
                    changeWords.add(i);
                }
            }
        }

        double of(QuestionWords.Word w, SentenceReading r) {
            return of(r)[index(w)];
        }

        double[] of(SentenceReading r) {
            return bySentence.computeIfAbsent(r.id(), id -> {
                double[] m = words.matchAll(r, weights);
                // "what trade target did they set": a sentence whose figure is a goal ("agreed to raise trade to $500
                // million by 2027") holds the word for it, whatever word it uses
                if (!goalWords.isEmpty() && r.record().facts().stream().anyMatch(f -> "target".equals(f.qualifier()))) {
                    m = m.clone();
                    for (int i : goalWords) {
                        m[i] = 1;
                    }
                }
                // "trade growth pct": a sentence whose percentage is marked as a change ("up 18.4 percent", "(+18.4
                // pct)", "rose 18%") holds the noun for the change, whatever word it uses
                if (!changeWords.isEmpty() && marksAChange(r)) {
                    m = m.clone();
                    for (int i : changeWords) {
                        m[i] = Math.max(m[i], weights.matchSynonym());
                    }
                }
                return m;
            });
        }

        private int index(QuestionWords.Word w) {
            List<QuestionWords.Word> all = words.words();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) == w) {
                    return i;
                }
            }
            throw new IllegalArgumentException("not a word of this question: " + w.term().lemma());
        }
    }

    /** The weighted share of the question's words the sentence holds, the sentence before counting for less. */
    double coverage(QuestionWords words, SentenceReading r, Optional<SentenceReading> previous) {
        return coverage(words, r, previous, Optional.empty(), Optional.empty(), new Matches(words));
    }

    /**
     * Every one of the question's essential nouns stands in the sentence or, when it goes on about the one
     * before ("The project is valued at DKK 2.1 bln"), in that one: the sentence is about what was asked.
     */
    boolean holdsEveryEssential(QuestionWords words, SentenceReading r, Optional<SentenceReading> previous) {
        if (words.essential().isEmpty()) {
            return false;
        }
        Matches m = new Matches(words);
        boolean goesOn = previous.isPresent() && (ANAPHOR.matcher(r.text()).find() || refersBack(r, previous.get()));
        return words.essential().stream().allMatch(w -> m.of(w, r) >= weights.matchSynonym()
                || goesOn && m.of(w, previous.get()) >= weights.matchSynonym());
    }

    private double coverage(QuestionWords words, SentenceReading r, Optional<SentenceReading> previous, Optional<SentenceReading> earlier,
                            Optional<SentenceReading> next, Matches matches) {
        if (words.isEmpty() || words.total() <= 0) {
            return 0;
        }
        // a table row or list item goes on from the sentence that introduces it ("…a summary table of recent agreements:")
        boolean goesOn = ANAPHOR.matcher(r.text()).find() || Candidates.listed(r);
        java.util.Set<String> title = titles.getOrDefault(r.record().sentence().docId(), java.util.Set.of());
        double held = 0;
        double focusWeight = 0;
        boolean focusHeld = true;
        double[] here = matches.of(r);
        double[] before = previous.map(matches::of).orElse(null);
        double[] after = next.filter(n -> aboutThis(r, n)).map(matches::of).orElse(null);
        double[] further = earlier.map(matches::of).orElse(null);
        // "It is up 23 per cent" is surely about this sentence; "The study is due…" likely, "The total is…" maybe
        boolean afterByPronoun = next.isPresent() && ANAPHOR.matcher(next.get().text()).find();
        for (int i = 0; i < words.words().size(); i++) {
            QuestionWords.Word w = words.words().get(i);
            double m = here[i];
            if (m < weights.matchTitle() && w.same().stream().anyMatch(title::contains)) {
                m = weights.matchTitle();
            }
            if (m < 1 && before != null) {
                m = Math.max(m, before[i] * (goesOn ? weights.matchAnaphor() : weights.matchPrevious()));
            }
            if (m < 1 && further != null) {
                m = Math.max(m, further[i] * weights.matchAnaphor() * weights.matchAnaphor());
            }
            if (m < 1 && after != null) {
                m = Math.max(m, after[i] * (afterByPronoun ? weights.matchAnaphor() : weights.matchPrevious()));
            }
            held += w.weight() * m;
            if (words.optionalFocus() && w.term().lemma().equals(words.focus())) {
                focusWeight = w.weight();
                focusHeld = m > 0;
            }
        }
        double coverage = held / words.total();
        if (!focusHeld && words.total() > focusWeight) {
            // "what areas did the documents cover" is answered by a sentence listing them without the word "areas"
            coverage = Math.max(coverage, FOCUS_LEFT_OUT * held / (words.total() - focusWeight));
        }
        return coverage;
    }
}
