package kzbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kzbot.domain.Entity;
import kzbot.domain.Frame.Precision;
import kzbot.domain.Interpretation;
import kzbot.domain.Question;
import kzbot.domain.Question.AnswerType;
import kzbot.domain.Question.Focus;
import kzbot.domain.Question.MetaField;
import kzbot.domain.Question.Term;
import kzbot.domain.Topic;
import kzbot.domain.Word;
import kzbot.text.Gazetteer;
import kzbot.text.Lexicon;
import kzbot.text.TopicLexicon;
import kzbot.text.Tokens;
import kzbot.text.Units;
import kzbot.text.Vocabulary;
import kzbot.text.WordLists;

/**
 * Reads a question linguistically (tags and lemmas, {@link Linguistics}): the answer type from its
 * question phrase ({@code question-forms.tsv}) and the noun that phrase asks about, refined by
 * WordNet's kinds of that noun ("which airline": an organisation, so a name); the verb; the words
 * to look for, a misspelt one corrected to the corpus's own word; what it asks of the article
 * itself (author, outlet, date). Thread-safe.
 */
public final class QuestionReader {
    private record Form(List<String> words, boolean focus, String type) {
    }

    private static final List<Form> FORMS = forms();
    private static final Map<String, Set<String>> CUES = cues();
    private static final Set<String> CLOSED_CLASS = WordLists.CLOSED_CLASS;
    private static final Set<String> COMPARISON_CUES = Set.copyOf(WordLists.lines("comparison-cues.txt"));
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");
    private static final Set<String> AUXILIARIES = Set.of("be", "do", "have", "can", "could", "will", "would", "shall",
            "should", "may", "might", "must", "get");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their",
            "his", "her", "our", "your", "my", "some", "any", "each", "every", "all", "both");

    private final Linguistics linguistics;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final TopicLexicon topics;
    private final Vocabulary vocabulary;

    public QuestionReader(Linguistics linguistics, Lexicon lexicon, Gazetteer gazetteer, TopicLexicon topics, Vocabulary vocabulary) {
        this.linguistics = linguistics;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.topics = topics;
        this.vocabulary = vocabulary;
    }

    public Question read(Interpretation read) {
        Interpretation in = withoutNamesTakenForPlaces(read);
        String q = in.question();
        List<Word> words = phrasal(finalParticiple(finalVerb(progressive(chatSpelt(questionWordSpelt(q))))));
        List<String> folded = words.stream().map(w -> Tokens.fold(w.text())).toList();
        Match form = form(words, folded);
        int focusAt = form == null ? -1 : form.end();
        Focus focus = Focus.NONE;
        if (form != null && form.form().focus()) {
            focus = focus(words, form.end(), form.form().type().equals("COUNT"));
            if (focus.present() && focus.modifiers().isEmpty() && Units.currency(focus.text()).isPresent()) {
                focus = Focus.NONE; // "how much euros": the currency the sum is asked in, not a thing to measure
            }
        } else if (form != null && form.form().type().equals("WHAT") && form.end() < words.size()) {
            focus = focus(words, form.end(), false);
        }
        if (!focus.present() && form != null && (form.form().type().equals("WHAT") || form.form().type().equals("DESCRIPTION"))
                && isAuxiliary(words, form.end()) && words.get(form.end()).lemma().equals("be")) {
            // "what was india-kazakhstan trade in 2022": the subject after the verb is what it asks about
            focus = focus(words, form.end() + 1, false);
            focusAt = form.end() + 1;
        }
        if (!focus.present() && form != null && form.form().type().equals("AMOUNT") && isAuxiliary(words, form.end())
                && words.get(form.end()).lemma().equals("be")) {
            // "how big is the budget for…": the subject after the verb is what is measured
            Focus subject = focus(words, form.end() + 1, false);
            // "how big are the silver reserves": any thing that is measured, but not a place ("how big is Kazakhstan"),
            // nor the doer of a verb that follows ("how much is east hope investing")
            boolean doer = words.subList(form.end() + 1, words.size()).stream().anyMatch(Word::isVerb);
            // "how much is the deal worth", "how much was trade in 2019" ask the figure of the whole, as before
            boolean size = !form.form().words().contains("much");
            if (subject.present() && (lexicon.category(subject.lemma(), 'n').filter(c -> c.equals("possession")).isPresent()
                    || size && !doer && gazetteer.place(subject.lemma()).isEmpty() && !lexicon.kinds(subject.lemma()).contains("place")
                    && !lexicon.kinds(subject.lemma()).contains("person"))) {
                focus = subject;
                focusAt = form.end() + 1;
            }
        }
        if (!focus.present() && form != null && form.form().type().equals("PERSON") && isAuxiliary(words, form.end())
                && words.get(form.end()).lemma().equals("be")) {
            // "who is kazakhstan's ambassador in cairo": the person the role names
            Focus role = focus(words, form.end() + 1, false);
            // "who is the head of KTZ": a noun of something ("of") names a role though its first sense is no person
            boolean ofSomething = false;
            for (int i = form.end() + 1; i + 1 < words.size(); i++) {
                ofSomething |= words.get(i).lemma().equals(role.lemma()) && words.get(i + 1).lemma().equals("of");
            }
            if (role.present() && (lexicon.kinds(role.lemma()).contains("person") || ofSomething)) {
                focus = role;
                focusAt = form.end() + 1;
            }
        }
        boolean targetFocus = focus.present() && CUES.get("target").contains(focus.lemma());
        if (focus.present() && !focus.modifiers().isEmpty()
                && (CUES.get("target").contains(focus.lemma()) || CUES.get("measure").contains(focus.lemma()))
                && lexicon.category(focus.modifiers().get(focus.modifiers().size() - 1), 'n').isPresent()) {
            // "what trade target", "what trade volume": a target or a volume of trade; the figure measures trade
            List<String> mods = focus.modifiers();
            focus = new Focus(mods.get(mods.size() - 1), List.copyOf(mods.subList(0, mods.size() - 1)), focus.text());
        }
        String predicate = predicate(words, form);
        Set<String> lemmas = new LinkedHashSet<>();
        words.forEach(w -> lemmas.add(w.lemma()));
        folded.forEach(lemmas::add);
        boolean asksNames = has(lemmas, "names");
        boolean asksTarget = has(lemmas, "target");
        AnswerType typed = type(form, focus, targetFocus, predicate, words, in, lemmas, asksNames);
        if (typed == AnswerType.AMOUNT && words.stream().anyMatch(w -> w.isNoun() && CUES.get("money").contains(w.lemma())
                && CUES.get("measure").contains(w.lemma()))) {
            typed = AnswerType.MONEY; // "what's their total value", "the cost of the terminal"
        }
        if (typed.isFigure() && focus.present() && CUES.get("vague").contains(focus.lemma()) && focus.modifiers().isEmpty()) {
            focus = Focus.NONE; // "what's their total": any figure; the words and the verb say which
        }
        boolean yearGiven = in.entities().stream().anyMatch(e -> e.type() == Entity.Type.YEAR);
        boolean keywords = form == null && words.stream().noneMatch(w -> w.isVerb() || w.tag().equals("AUX"));
        if (typed == AnswerType.DESCRIPTION && yearGiven && (keywords || form != null && has(lemmas, "compare"))
                && words.stream().anyMatch(w -> w.isNoun() && figureTopic(new Focus(w.lemma(), List.of(), w.text())))) {
            // "kz denmark trade in 2019", "how does 2023 trade compare with 2019": the figure of a year, not a passage
            typed = AnswerType.AMOUNT;
        }
        AnswerType type = typed;
        Precision precision = precision(form, focus);
        if (type == AnswerType.DATE && precision == Precision.NONE && form != null && form.form().type().startsWith("DATE_")) {
            precision = Precision.valueOf(form.form().type().substring(5));
        }
        if (type == AnswerType.DATE && precision == Precision.NONE && has(lemmas, "exact")) {
            precision = Precision.DAY; // "when exactly is the next session": the day, not "in 2025"
        }
        Set<String> nouns = new LinkedHashSet<>();
        words.stream().filter(w -> w.tag().equals("NOUN") || w.tag().equals("PROPN")).forEach(w -> nouns.add(w.lemma()));
        // "who issued this media statement": a document named by two words counts as an article noun
        String spaced = " " + String.join(" ", words.stream().map(w -> Tokens.fold(w.text())).toList()) + " ";
        if (CUES.get("articlephrase").stream().anyMatch(p -> spaced.contains(" " + p + " "))) {
            nouns.add("article");
        }
        Optional<MetaField> metadata = metadata(form, type, predicate, lemmas, nouns);
        List<String> partners = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        List<Integer> baseYears = new ArrayList<>();
        for (Entity e : in.entities()) {
            if (e.type() == Entity.Type.COUNTRY && !e.value().equals("Kazakhstan") && !partners.contains(e.value())) {
                partners.add(e.value());
            } else if ((e.type() == Entity.Type.YEAR || e.type() == Entity.Type.DATE) && namesAThing(words, e.start(), e.end())) {
                continue; // "under the oct 2023 memorandum": the memorandum's year, not the time asked about
            } else if (e.type() == Entity.Type.YEAR && comparedWith(q, e.start())) {
                baseYears.add(Integer.parseInt(e.value())); // "compared with 2016": the base, not the year asked
            } else if (e.type() == Entity.Type.YEAR) {
                years.add(Integer.parseInt(e.value()));
            } else if (e.type() == Entity.Type.DATE) {
                years.add(Integer.parseInt(e.value().substring(0, 4)));
            }
        }
        Set<Integer> reference = articleReference(words, folded);
        Set<Integer> relative = relativeBase(q, words);
        if (!relative.isEmpty() && !years.isEmpty() && baseYears.isEmpty()) {
            years.forEach(y -> baseYears.add(y - 1)); // "compared with a year earlier": the year before
        }
        if ((type == AnswerType.AMOUNT || type == AnswerType.MONEY || type == AnswerType.COUNT) && !years.isEmpty()) {
            // "trade 2019 vs 2023", "tourists in 2023 compared with 2019": a figure asked of each year, not a change
            for (Entity e : in.entities()) {
                if (e.type() == Entity.Type.YEAR && CONTRASTED.matcher(q.substring(Math.max(0, e.start() - 24), e.start())).find()) {
                    int y = Integer.parseInt(e.value());
                    baseYears.remove(Integer.valueOf(y));
                    if (!years.contains(y)) {
                        years.add(y);
                    }
                }
            }
        }
        List<String> hints = new ArrayList<>();
        for (int i : reference) {
            if (!CUES.get("article").contains(folded.get(i)) && words.get(i).isWord()) {
                hints.add(folded.get(i));
            }
        }
        String focusLemma = focus.lemma();
        // "need both numbers", "the names": words that say what kind of answer, not what about
        Set<Integer> skipped = new java.util.HashSet<>(relative);
        skipped.addAll(relativeTime(q, words));
        skipped.addAll(within(TAG_QUESTION, q, words));
        skipped.addAll(within(PART_OF_YEAR, q, words)); // "in the first 9 months of 2024": when, as the year is, not what
        skipped.addAll(theTwoParties(words));
        skipped.addAll(excluded(q, words));
        if (form == null && leadingTime(words)) {
            skipped.add(0); // "year kz and philippines set up diplomatic ties": the word that asks, not one to look for
        }
        if (!metadata.isPresent()) {
            skipped.addAll(reference);
        }
        if (!baseYears.isEmpty()) {
            // "grow compared to 2022": the words that say a year is the base are not words to look for
            for (int i = 0; i + 1 < words.size(); i++) {
                String after = Tokens.fold(words.get(i + 1).text());
                String twoAfter = i + 2 < words.size() ? Tokens.fold(words.get(i + 2).text()) : "";
                if (COMPARISON_WORDS.contains(words.get(i).lemma()) && (after.matches("\\d{4}") || twoAfter.matches("\\d{4}"))) {
                    skipped.add(i);
                }
            }
        }
        // "by what percent did trade grow": a share asked of a change asks the change, which the verb does not name
        boolean change = type == AnswerType.CHANGE || type == AnswerType.PERCENT && CUES.get("change").contains(predicate);
        List<Term> found = terms(words, in, form, skipped).stream()
                .filter(t -> !(change && (CUES.get("change").contains(t.lemma()) || namesChange(t.lemma()))))

                .toList();
        // "kazakh-moroccan turnover 2023": a measure word with nothing else it could measure is what is asked
        boolean measured = found.stream().anyMatch(t -> !CUES.get("measure").contains(t.lemma())
                && (t.tag().equals("NOUN") || t.tag().equals("PROPN") || t.tag().equals("ADJ")));
        List<Term> terms = found.stream()
                .filter(t -> !CUES.get("names").contains(t.lemma())
                        && !(type.isFigure() && measured && CUES.get("measure").contains(t.lemma()) && !t.lemma().equals(focusLemma)))
                .filter(t -> !(Set.of("kind", "type", "sort").contains(t.lemma()) && focusLemma.length() > 0
                        && !focusLemma.equals(t.lemma())))
                .toList();
        Set<Topic> topicSet = new LinkedHashSet<>(in.intent().topics());
        in.entities(Entity.Type.TOPIC).forEach(e -> Topic.fromCode(e.value()).ifPresent(topicSet::add));
        for (Term t : terms) {
            topics.find(t.lemma()).forEach(h -> topicSet.add(h.topic()));
        }
        Optional<Integer> premise = Optional.empty();
        boolean confirms = type == AnswerType.YES_NO || (has(lemmas, "confirm") || TAG_QUESTION.matcher(q).find()) && form == null;
        if (confirms && years.isEmpty() && !baseYears.isEmpty()) {
            // "they have had ties since 1992, right?": the year put for confirmation, not a base to compare with
            years.add(baseYears.remove(0));
        }
        if (confirms && !years.isEmpty()) {
            premise = Optional.of(years.get(0));
        }
        return new Question(in, words, type, precision, focus, predicate, terms, partners, years, baseYears, List.copyOf(topicSet),
                asksTarget, asksNames, premise, metadata, hints);
    }

    /** A statement put for confirmation by a question tag: "it was set up in 2004, wasn't it?". */
    private static final java.util.regex.Pattern TAG_QUESTION = java.util.regex.Pattern.compile(
            "(?i)[\\s,]\\w+(n't|nt|n\u2019t| not) (it|they|he|she|that|there|we|you|i)\\W*$");

    /** Words whose meaning is ambiguous between the article and something else: a noun only when tagged so. */
    private static final Set<String> AMBIGUOUS_ARTICLE_WORDS = Set.of("report", "post", "feature", "item", "text", "story",
            "column", "analysis", "interview", "piece");

    /**
     * The words that name the article a question is about: an article noun ("piece", "op-ed",
     * "article") with the words before it ("the kz-malaysia friendship op-ed", "the MEPEI piece"),
     * and the article's author when the question says "the author".
     */
    private Set<Integer> articleReference(List<Word> words, List<String> folded) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            String f = folded.get(i);
            String lemma = words.get(i).lemma();
            boolean opEd = f.equals("op") && i + 2 < words.size() && folded.get(i + 1).equals("-") && folded.get(i + 2).equals("ed");
            boolean cue = (CUES.get("article").contains(f) || CUES.get("article").contains(lemma)) && !f.equals("op") && !f.equals("ed")
                    && (!AMBIGUOUS_ARTICLE_WORDS.contains(lemma) || words.get(i).tag().equals("NOUN"));
            boolean author = (CUES.get("author").contains(f) || CUES.get("author").contains(lemma)) && words.get(i).tag().equals("NOUN");
            if (!opEd && !cue && !author) {
                continue;
            }
            int end = opEd ? i + 2 : i;
            for (int k = i; k <= end; k++) {
                out.add(k);
            }
            for (int k = i - 1; k >= 0; k--) {
                Word w = words.get(k);
                boolean modifier = w.isNoun() || w.tag().equals("ADJ") || w.text().equals("-") || w.text().equals("'s")
                        || gazetteer.place(w.text()).isPresent() || w.tag().equals("NUM");
                if (!modifier || DETERMINERS.contains(w.lemma()) || WordLists.STOP_WORDS.contains(folded.get(k))) {
                    break;
                }
                out.add(k);
            }
            i = end;
        }
        return out;
    }

    private record Match(Form form, int start, int end) {
    }

    /**
     * "what fields do the memorandums cover": after "do", "does" or "did" and its subject, a
     * question's last word that English has as a verb is its verb, though the tagger read a noun.
     */
    /**
     * "when did Berlin and Astana open diplomatic ties", "how much crude did KMG pipe to…": after
     * "did" and its subject comes the verb in its bare form. When the tagger read none, the first
     * word after a noun that is a bare English verb, not itself modifying a noun, is the verb, and
     * a later word read as an inflected verb ("ties") is a noun.
     */
    private List<Word> bareVerb(List<Word> words, int aux) {
        for (int i = aux + 1; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.isVerb() && !Word.qualifiesNoun(words, i) && Tokens.fold(w.text()).equals(linguistics.lemma(w.text(), "VERB"))) {
                return words;
            }
        }
        for (int i = aux + 2; i < words.size(); i++) {
            Word w = words.get(i);
            String folded = Tokens.fold(w.text());
            boolean bare = (w.tag().equals("ADJ") || w.tag().equals("NOUN")) && folded.equals(linguistics.lemma(w.text(), "VERB"))
                    && lexicon.category(folded, 'v').isPresent();
            boolean afterSubject = words.get(i - 1).isNoun();
            boolean modifies = i + 1 < words.size() && words.get(i + 1).isNoun();
            if (bare && afterSubject && !modifies) {
                List<Word> out = new ArrayList<>(words);
                out.set(i, new Word(w.text(), w.start(), w.end(), "VERB", folded));
                for (int j = i + 1; j < out.size(); j++) {
                    Word later = out.get(j);
                    if (later.isVerb() && lexicon.category(linguistics.lemma(later.text(), "NOUN"), 'n').isPresent()) {
                        out.set(j, new Word(later.text(), later.start(), later.end(), "NOUN", linguistics.lemma(later.text(), "NOUN")));
                    }
                }
                return out;
            }
        }
        return words;
    }

    /**
     * "how much are they investing", "is Pakistan building": a word in -ing after a form of "be" and
     * its subject (a pronoun or a name) is the verb, though the tagger reads the noun "investing".
     */
    private List<Word> progressive(List<Word> words) {
        List<Word> out = words;
        for (int i = 2; i < words.size(); i++) {
            Word w = words.get(i);
            Word subject = words.get(i - 1);
            String folded = Tokens.fold(w.text());
            String verb = linguistics.lemma(w.text(), "VERB");
            if (folded.endsWith("ing") && !w.isVerb() && words.get(i - 2).lemma().equals("be")
                    && (subject.tag().equals("PRON") || subject.tag().equals("PROPN")) && lexicon.category(verb, 'v').isPresent()) {
                if (out == words) {
                    out = new ArrayList<>(words);
                }
                out.set(i, new Word(w.text(), w.start(), w.end(), "VERB", verb));
            }
        }
        return out;
    }

    /**
     * "when was the kz colombia trade fair held": after "was" and no verb, a last word the verb lemmatizer
     * reads as a participle ("held" → "hold") is the passive's verb, though the tagger took it for a noun.
     */
    private List<Word> finalParticiple(List<Word> words) {
        int be = firstVerb(words, "be");
        if (be < 0) {
            return words;
        }
        int last = words.size() - 1;
        while (last > be && !words.get(last).isWord()) {
            last--;
        }
        for (int i = be + 1; i < last; i++) {
            if (words.get(i).isVerb()) {
                return words;
            }
        }
        Word w = words.get(last);
        String text = Tokens.fold(w.text());
        String verb = linguistics.lemma(text, "VERB");
        // a participle, regular ("completed") or not ("held", "built"); not a plural noun ("cargo lines")
        if (last > be + 1 && !w.isVerb() && !text.endsWith("s") && !text.endsWith("ing")
                && !verb.equals(text) && lexicon.category(verb, 'v').isPresent()) {
            List<Word> out = new ArrayList<>(words);
            out.set(last, new Word(w.text(), w.start(), w.end(), "VERB", verb));
            return out;
        }
        return words;
    }

    /** Where the first auxiliary or verb of this lemma stands ("was", "did"), or -1. */
    private static int firstVerb(List<Word> words, String lemma) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).lemma().equals(lemma) && (words.get(i).tag().equals("AUX") || words.get(i).isVerb())) {
                return i;
            }
        }
        return -1;
    }

    private List<Word> finalVerb(List<Word> words) {
        int aux = firstVerb(words, "do");
        if (aux < 0) {
            return words;
        }
        words = bareVerb(words, aux);
        for (int i = aux + 1; i < words.size(); i++) {
            // "the documents signed by Kazakhstan": a participle that qualifies the subject is not its verb
            if (words.get(i).isVerb() && !Word.qualifiesNoun(words, i)) {
                return words;
            }
        }
        for (int i = aux + 2; i < words.size(); i++) {
            // "since when do Astana and Ashgabat have diplomatic ties": "have" after "do" is the verb, not an auxiliary
            Word w = words.get(i);
            if (w.tag().equals("AUX") && w.lemma().equals("have")) {
                List<Word> out = new ArrayList<>(words);
                out.set(i, new Word(w.text(), w.start(), w.end(), "VERB", "have"));
                return out;
            }
        }
        int last = words.size() - 1;
        while (last > aux + 1 && !words.get(last).isWord()) {
            last--;
        }
        // "set for 2030", "sign in 2022": a closing time or place after the verb
        int k = last;
        while (k > aux + 1 && (words.get(k).tag().equals("NUM") || words.get(k).tag().equals("PROPN"))) {
            k--;
        }
        if (k < last && k > aux + 1 && words.get(k).tag().equals("ADP")) {
            last = k - 1;
        }
        for (int i = last; i > aux + 1; i--) {
            Word w = words.get(i);
            if (!w.isWord()) {
                continue;
            }
            String verb = linguistics.lemma(w.text(), "VERB");
            if (w.tag().equals("NOUN") && lexicon.category(verb, 'v').isPresent()) {
                List<Word> out = new ArrayList<>(words);
                out.set(i, new Word(w.text(), w.start(), w.end(), "VERB", verb));
                return out;
            }
            break;
        }
        return words;
    }

    private static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "over", "back", "away", "through", "together",
            "forward", "place", "part");

    /**
     * A verb and its particle read as one word when English has the phrasal verb ("set up" for
     * establish, "take place" for happen): WordNet lists them among its synonyms.
     */
    private List<Word> phrasal(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.isVerb() && i + 1 < words.size() && PARTICLES.contains(Tokens.fold(words.get(i + 1).text()))) {
                String phrase = w.lemma() + " " + Tokens.fold(words.get(i + 1).text());
                if (lexicon.isPhrase(phrase)) {
                    out.add(new Word(w.text() + " " + words.get(i + 1).text(), w.start(), words.get(i + 1).end(), "VERB", phrase));
                    i++;
                    continue;
                }
            }
            out.add(w);
        }
        return out;
    }

    /**
     * The question phrase that starts earliest (the longest of those), or null. A phrase counts at
     * the start, after punctuation, a preposition or "and" ("on which UN mission", "- what date"),
     * not as a conjunction inside a statement ("signed when Modi visited"); a phrase with a noun
     * slot needs a noun phrase there, not a verb ("how much did trade grow" is "how much").
     */
    private static Match form(List<Word> words, List<String> folded) {
        Match best = null;
        Set<String> present = new java.util.HashSet<>(folded);
        for (Form f : FORMS) {
            if (!present.contains(f.words().get(0))) {
                continue;
            }
            int n = f.words().size();
            for (int i = 0; i + n <= folded.size(); i++) {
                boolean opens = i == 0 || words.get(i - 1).tag().equals("PUNCT") || words.get(i - 1).tag().equals("ADP")
                        || words.get(i - 1).tag().equals("CCONJ") || folded.get(i - 1).equals("and")
                        // "baltica rail how much r they investing": the topic first, then the question; a noun is
                        // followed by "which" or "when" in a relative clause, never by "how"
                        || f.words().get(0).equals("how") && words.get(i - 1).isNoun();
                boolean slot = !f.focus() || i + n < folded.size() && !isAuxiliary(words, i + n) && !words.get(i + n).isVerb();
                if (folded.subList(i, i + n).equals(f.words()) && opens && slot) {
                    if (best == null || i < best.start() || i == best.start() && n > best.end() - best.start()) {
                        best = new Match(f, i, i + n);
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static boolean isAuxiliary(List<Word> words, int i) {
        return i < words.size() && (words.get(i).tag().equals("AUX") || AUXILIARIES.contains(words.get(i).lemma()));
    }

    /**
     * The noun phrase that starts at a word: determiners and numbers skipped, "kind of", "type of"
     * looked through; its head is its last noun, the other words its modifiers.
     */
    private Focus focus(List<Word> words, int from, boolean countable) {
        int i = from;
        while (i < words.size() && (DETERMINERS.contains(words.get(i).lemma()) || words.get(i).tag().equals("NUM")
                || words.get(i).text().equals("'s") || words.get(i).tag().equals("PUNCT") && !words.get(i).text().equals("-"))) {
            i++;
        }
        int start = i;
        int head = -1;
        int plural = -1;
        int placeUntil = -1;
        while (i < words.size()) {
            Word w = words.get(i);
            // "south korean students": a place of two words is one modifier
            if (i > placeUntil && i + 1 < words.size() && gazetteer.place(w.text() + " " + words.get(i + 1).text()).isPresent()) {
                placeUntil = i + 1;
            }
            boolean place = i <= placeUntil || gazetteer.place(w.text()).isPresent();
            boolean hyphen = w.text().equals("-") && i + 1 < words.size();
            // "german-owned firms": the word after a hyphen belongs to the phrase, whatever its tag
            boolean joined = i > start && words.get(i - 1).text().equals("-") && words.get(i - 1).end() == w.start();
            // "how many drilling and exploration services firms": a counted phrase goes on past "and" to its head
            boolean coordinated = countable && head >= 0 && w.tag().equals("CCONJ") && i + 1 < words.size()
                    && (words.get(i + 1).isNoun() || words.get(i + 1).tag().equals("ADJ"));
            boolean inPhrase = w.isNoun() || w.tag().equals("ADJ") || hyphen || joined || w.text().equals("'s") || place
                    || w.tag().equals("NUM") && head < 0 || coordinated;
            if (!inPhrase || place && head >= 0 && !isPlace(words.get(head)) && head > placeUntil) {
                break; // "the trade target kazakhstan and turkey have set": the phrase ends at the target
            }
            boolean common = w.isNoun() && !place && !WordLists.STOP_WORDS.contains(w.lemma());
            if (common || w.isNoun() && head < 0 && !WordLists.STOP_WORDS.contains(w.lemma()) && i > placeUntil) {
                head = i;
                if (common && !Tokens.fold(w.text()).equals(w.lemma())) {
                    plural = i;
                }
            }
            i++;
            if (head >= 0 && i + 1 < words.size() && Set.of("kind", "type", "sort", "form").contains(words.get(head).lemma())
                    && words.get(i).lemma().equals("of")) {
                i++; // "what kind of pipeline": the pipeline
                start = i;
                head = -1;
            }
        }
        if (head < 0) {
            return Focus.NONE;
        }
        if (countable && plural >= 0) {
            head = plural; // "how many Kyrgyz labour migrants work": the migrants
        }
        List<String> mods = new ArrayList<>();
        for (int k = start; k < head; k++) {
            Word w = words.get(k);
            if (w.isWord() && !w.text().equals("'s") && !w.tag().equals("CCONJ")) {
                mods.add(Tokens.fold(w.text()).equals(w.lemma()) ? w.lemma() : Tokens.fold(w.text()));
            }
        }
        String q = words.get(0).text();
        String text = words.get(start).start() <= words.get(head).end() ? joined(words, start, head) : q;
        return new Focus(nounLemma(words.get(head)), mods, text);
    }

    private static final java.util.regex.Pattern RELATIVE_TIME = java.util.regex.Pattern.compile(
            "(?i)\\b(the )?(last|this|next|previous|past|coming|current)( (few|two|three|four|five|six|seven|eight|nine|ten|twenty"
            + "|\\d+|several|couple of))? (years?|yrs?|months?|mos?|weeks?|wks?|decades?|quarters?)\\b|\\b(in recent years|recently|lately|nowadays"
            + "|so far|to date|these days)\\b|\\bback(?= (in|then|when)\\b)");

    /**
     * True when the year or date between the offsets qualifies the noun after it, behind a
     * determiner: "the 2023 memorandum", "the oct 2023 deal", "its 2019 agreement".
     */
    private static boolean namesAThing(List<Word> words, int start, int end) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() >= start && words.get(i).end() <= end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return false;
        }
        int before = first - 1;
        if (before >= 0 && MONTHS.contains(Tokens.fold(words.get(before).text()))) {
            before--;
        }
        return before >= 0 && DETERMINERS.contains(Tokens.fold(words.get(before).text())) && last + 1 < words.size()
                && words.get(last + 1).isNoun() && !MONTHS.contains(Tokens.fold(words.get(last + 1).text()));
    }

    /** The first words of the question forms ("how", "which", "when"…): a misspelt one is read as meant. */
    private static final Set<String> QUESTION_WORDS = FORMS.stream().map(f -> f.words().get(0))
            .filter(w -> w.length() >= 3).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The question's words as the tagger reads them, a misspelt question word first corrected: "wat
     * trade goal…", "wich city…", "hw many…". Only an opening word English does not know, one edit
     * from a question word with the same first letter; offsets stay those of the question as typed.
     */
    private List<Word> questionWordSpelt(String q) {
        List<Word> words = linguistics.read(q);
        if (words.isEmpty()) {
            return words;
        }
        Word first = words.get(0);
        String typed = Tokens.fold(first.text());
        if (typed.length() < 2 || !typed.chars().allMatch(Character::isLetter) || lexicon.knows(typed) || QUESTION_WORDS.contains(typed)
                || CLOSED_CLASS.contains(typed) || vocabulary.contains(typed)) {
            return words;
        }
        String meant = null;
        String bare = typed.substring(0, typed.length() - 1);
        if (typed.endsWith("s") && QUESTION_WORDS.contains(bare) && !bare.equals("what")) {
            // "whos the ceo", "wheres the plant": the clitic typed without its apostrophe ("whats the X" has its
            // own reading, as "what the X", in the question forms)
            meant = bare + " is";
        } else {
            for (String w : QUESTION_WORDS) {
                if (w.charAt(0) == typed.charAt(0) && kzbot.text.EditDistance.bounded(typed, w, 1) <= 1) {
                    if (meant != null) {
                        return words; // "wha": "what" or "who"
                    }
                    meant = w;
                }
            }
        }
        if (meant == null) {
            return words;
        }
        int shift = meant.length() - first.end();
        List<Word> read = linguistics.read(meant + q.substring(first.end()));
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Word w = read.get(i);
            // a word the correction put in ("is" of "whos") stands where the typed word does
            boolean inFirst = i == 0 || w.start() < meant.length();
            out.add(inFirst ? new Word(w.text(), first.start(), first.end(), w.tag(), w.lemma())
                    : new Word(w.text(), w.start() - shift, w.end() - shift, w.tag(), w.lemma()));
        }
        return out;
    }

    /** Chat spellings (chat-spellings.tsv): typed → meant. */
    private static final Map<String, String> CHAT = WordLists.pairs("chat-spellings.tsv");
    /** The words of a comparison cue: "up 20% compared to 2022". */
    private static final Set<String> COMPARISON_WORDS = WordLists.COMPARISON_WORDS;
    /** Chat spellings of a preposition, read so only inside a question before a word (chat-prepositions.tsv). */
    private static final Map<String, String> CHAT_INSIDE = WordLists.pairs("chat-prepositions.tsv");

    /**
     * "how much r they investing": the words read again with each chat spelling as the word it
     * stands for, so the tagger finds the verb; the words keep their places in the question as typed.
     */
    private List<Word> chatSpelt(List<Word> words) {
        List<String> meant = new ArrayList<>();
        boolean respelt = false;
        for (int i = 0; i < words.size(); i++) {
            String folded = Tokens.fold(words.get(i).text());
            // "who's the ceo": the clitic after a question word is "is", which the tagger leaves as punctuation
            boolean is = (folded.equals("'s") || folded.equals("\u2019s")) && i > 0
                    && QUESTION_WORDS.contains(Tokens.fold(words.get(i - 1).text()));
            String m = is ? "is" : CHAT.get(folded);
            if (m == null && i > 0 && i + 1 < words.size() && words.get(i + 1).isWord()) {
                m = CHAT_INSIDE.get(folded); // "trade btw kenya and kazakhstan"
            }
            meant.add(m);
            respelt |= m != null;
        }
        if (!respelt) {
            return words;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (i > 0) {
                text.append(w.start() > words.get(i - 1).end() || meant.get(i) != null ? " " : "");
            }
            text.append(meant.get(i) != null ? meant.get(i) : w.text());
        }
        List<Word> read = linguistics.read(text.toString());
        if (read.size() != words.size()) {
            return words;
        }
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Word r = read.get(i);
            out.add(new Word(r.text(), words.get(i).start(), words.get(i).end(), r.tag(), r.lemma()));
        }
        return out;
    }

    /** "did the two sides sign", "both governments": the two countries of the relation, not words to look for. */
    private static Set<Integer> theTwoParties(List<Word> words) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String f = Tokens.fold(words.get(i).text());
            if ((f.equals("two") || f.equals("both")) && CUES.get("parties").contains(words.get(i + 1).lemma())) {
                out.add(i);
                out.add(i + 1);
            }
        }
        return out;
    }

    /** "last year", "this month": a time relative to when the question is asked, not a word to look for. */
    private static Set<Integer> relativeTime(String q, List<Word> words) {
        return within(RELATIVE_TIME, q, words);
    }

    /** The indices of the words inside the pattern's matches. */
    private static Set<Integer> within(java.util.regex.Pattern p, String q, List<Word> words) {
        Set<Integer> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = p.matcher(q);
        while (m.find()) {
            out.addAll(between(words, m.start(), m.end()));
        }
        return out;
    }

    private static Set<Integer> between(List<Word> words, int from, int to) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() >= from && words.get(i).end() <= to) {
                out.add(i);
            }
        }
        return out;
    }

    /** "the first 9 months", "the last quarter", "the first half": part of a year, as the answer's frame reads it. */
    private static final java.util.regex.Pattern PART_OF_YEAR = java.util.regex.Pattern.compile(
            "(?i)\\b(first|last|past) (\\w+ )?(months?|quarters?|half|weeks?)\\b");

    private static final java.util.regex.Pattern EXCLUSION = java.util.regex.Pattern.compile(
            "(?i)\\b(besides|apart from|other than|except|excluding|aside from|in addition to|beyond)\\b([^,?;]*)");

    /** "Besides the SCO, which…", "apart from the SCO and OIC": what the question sets aside is not looked for. */
    private static Set<Integer> excluded(String q, List<Word> words) {
        Set<Integer> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = EXCLUSION.matcher(q);
        while (m.find()) {
            int end = m.end(2);
            // without a comma the set-aside part ends where the question phrase begins: "apart from the SCO which…"
            java.util.regex.Matcher wh = java.util.regex.Pattern.compile("(?i)\\b(which|what|who|where|when|how)\\b").matcher(q);
            if (wh.find(m.end(1)) && wh.start() < end) {
                end = wh.start();
            }
            out.addAll(between(words, m.start(), end));
        }
        return out;
    }

    private static final java.util.regex.Pattern RELATIVE_BASE = java.util.regex.Pattern.compile(
            "(?i)\\b((compared (with|to)|than|from|versus|vs\\.?|on|over|against) (a|the|one) (year|month|quarter) (earlier|before|ago|prior)"
                    + "|(compared (with|to)|than|from|versus|vs\\.?|on|over|against) (the )?(previous|prior|preceding|last) (year|month|quarter))\\b");

    /** The words of "compared with a year earlier", "on the previous year": a base, not what to look for. */
    private static Set<Integer> relativeBase(String q, List<Word> words) {
        return within(RELATIVE_BASE, q, words);
    }

    private static final java.util.regex.Pattern COMPARED = java.util.regex.Pattern.compile(
            "(?i)\\b(compared (to|with)|than|versus|vs\\.?|against|relative to|since|from)\\s+(the\\s+)?(year\\s+|end of\\s+)?$");

    private static final java.util.regex.Pattern CONTRASTED = java.util.regex.Pattern.compile(
            "(?i)\\b(compared (to|with)|versus|vs\\.?|against)\\s+(the\\s+)?(year\\s+)?$");

    /** A year the question compares with ("grow compared with 2016", "since 2005") rather than asks about. */
    private static boolean comparedWith(String q, int at) {
        return COMPARED.matcher(q.substring(Math.max(0, at - 24), at)).find();
    }

    private boolean isPlace(Word w) {
        return gazetteer.place(w.text()).isPresent();
    }

    private static String joined(List<Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (i > from && words.get(i).start() > words.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(words.get(i).text());
        }
        return sb.toString();
    }

    /** A noun's lemma, a misspelling corrected to the corpus's word ("companys" → company). */
    private String nounLemma(Word w) {
        return corrected(w).orElse(w.lemma());
    }

    private Optional<String> corrected(Word w) {
        String f = Tokens.fold(w.text());
        if (vocabulary.contains(f) || lexicon.knows(f) || lexicon.knows(w.lemma()) || WordLists.STOP_WORDS.contains(f)
                || gazetteer.place(w.text()).isPresent()) {
            return Optional.empty();
        }
        String tag = w.tag().equals("VERB") ? "VERB" : "NOUN";
        Optional<String> near = vocabulary.nearest(f).map(c -> linguistics.lemma(c, tag));
        if (near.isPresent() || !f.equals(w.text()) || tag.equals("VERB")) {
            return near;
        }
        // a clipped word typed in lower case ("kazakh unis"): the corpus noun it starts, its most frequent reading
        java.util.Map<String, Integer> readings = new java.util.HashMap<>();
        for (String c : vocabulary.unclipped(f)) {
            String lemma = linguistics.lemma(c, "NOUN");
            if (lexicon.category(lemma, 'n').isPresent()) {
                readings.merge(lemma, vocabulary.count(c), Integer::sum);
            }
        }
        return readings.entrySet().stream().max(java.util.Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey().length())).map(java.util.Map.Entry::getKey);
    }

    /**
     * The question's main verb: a word English knows as a verb, not an auxiliary, not "going" in
     * "going to make"; after "did" a word that may also be a noun ("did trade with India rise") is
     * the subject when another verb follows.
     */
    private String predicate(List<Word> words, Match form) {
        List<Integer> verbs = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (form != null && i >= form.start() && i < form.end()) {
                continue; // "how long", tagged as a verb, is the question's form
            }
            boolean goingTo = w.lemma().equals("go") && i + 1 < words.size() && words.get(i + 1).lemma().equals("to");
            // "compared with other countries": a comparison, not what is asked
            boolean comparing = i + 1 < words.size() && COMPARISON_CUES.contains(w.lemma() + " " + Tokens.fold(words.get(i + 1).text()));
            // "who is the ceo of the port company investing in khorgos": after "is", a participle behind a noun
            // says which company, it is not what is asked
            // ("how much is east hope investing" is the progressive: nothing but its subject between "is" and the verb)
            boolean reduced = i > 0 && words.get(i - 1).isNoun() && Tokens.fold(w.text()).endsWith("ing")
                    && afterPrepositionalObject(words, i);
            if (w.isVerb() && !AUXILIARIES.contains(w.lemma()) && !goingTo && lexicon.category(w.lemma(), 'v').isPresent()
                    && !Word.qualifiesNoun(words, i) && !comparing && !reduced) {
                verbs.add(i);
            }
        }
        if (verbs.isEmpty()) {
            return "";
        }
        int first = verbs.get(0);
        boolean progressive = first > 0 && words.get(first - 1).lemma().equals("be") && Tokens.fold(words.get(first).text()).endsWith("ing");
        if (verbs.size() > 1 && first > 0 && isAuxiliary(words, first - 1) && lexicon.category(words.get(first).lemma(), 'n').isPresent()
                && !progressive) {
            return words.get(verbs.get(1)).lemma();
        }
        return words.get(first).lemma();
    }

    /** Between the last "be" before a word and the word stands a preposition: "is the ceo of the port company investing". */
    private static boolean afterPrepositionalObject(List<Word> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (words.get(k).lemma().equals("be")) {
                return words.subList(k + 1, i).stream().anyMatch(x -> x.tag().equals("ADP"));
            }
        }
        return false;
    }

    /** "what budget", "the price tag", "how much investment": a thing measured in money. */
    private boolean asksMoney(Focus focus) {
        return focus.present() && (lexicon.category(focus.lemma(), 'n').filter(c -> c.equals("possession")).isPresent()
                || CUES.get("money").contains(focus.lemma()) || focus.modifiers().stream().anyMatch(CUES.get("money")::contains));
    }

    private AnswerType type(Match form, Focus focus, boolean targetFocus, String predicate, List<Word> words, Interpretation in,
                            Set<String> lemmas, boolean asksNames) {
        // "the total", "in dollars and in yen": a question about a figure though it has no question word
        boolean measureWord = words.stream().anyMatch(w -> w.isNoun() && CUES.get("measure").contains(w.lemma())
                || Units.namesCurrency(w.text()) || Units.quantity(w.text()).isPresent()
                || w == words.get(0) && CUES.get("measure").contains(w.lemma()));
        if (form == null) {
            if (isAuxiliary(words, 0)) {
                return AnswerType.YES_NO;
            }
            if (leadingTime(words)) {
                return AnswerType.DATE;
            }
            // "canadian stake in the uranium jv?", "kz trade growth percentage 2023": a share asked for without a question word
            if (words.stream().anyMatch(w -> w.isNoun() && !w.tag().equals("PROPN") && asksPart(w.lemma()))) {
                return AnswerType.PERCENT;
            }
            // "kz ph trade growth 2022 to 2023": a change named by its noun
            // but "volume and growth" asks the figure as well
            if (words.stream().anyMatch(w -> w.isNoun() && namesChange(w.lemma()))
                    && words.stream().noneMatch(w -> w.isNoun() && CUES.get("measure").contains(w.lemma()))) {
                return AnswerType.CHANGE;
            }
            return measureWord ? AnswerType.AMOUNT : AnswerType.DESCRIPTION;
        }
        String t = form.form().type();
        switch (t) {
            case "COUNT" -> {
                boolean unit = form.end() < words.size() && Units.quantity(words.get(form.end()).text()).isPresent()
                        && !lexicon.kinds(words.get(form.end()).lemma()).contains("time");
                if (unit) {
                    return AnswerType.AMOUNT; // "how many tonnes of wheat": a quantity in that unit, not things counted
                }
                return focus.present() && lexicon.kinds(focus.lemma()).contains("time") ? AnswerType.DURATION : AnswerType.COUNT;
            }
            case "AMOUNT" -> {
                if (!focus.present() && CUES.get("change").contains(predicate)) {
                    return AnswerType.CHANGE;
                }
                // "how much will the wind project cost": the last word is the verb, though the tagger reads a noun
                Word last = words.get(words.size() - 1).isWord() || words.size() < 2 ? words.get(words.size() - 1) : words.get(words.size() - 2);
                if (asksMoney(focus) || !focus.present() && (CUES.get("money").contains(predicate)
                        || CUES.get("money").contains(linguistics.lemma(last.text(), "VERB")))) {
                    return AnswerType.MONEY;
                }
                return AnswerType.AMOUNT;
            }
            case "DURATION" -> {
                return AnswerType.DURATION;
            }
            case "CHANGE" -> {
                return AnswerType.CHANGE;
            }
            case "PERCENT" -> {
                return AnswerType.PERCENT;
            }
            case "PERSON" -> {
                if (!in.entities(Entity.Type.PERSON).isEmpty() && predicate.isEmpty()) {
                    return AnswerType.DESCRIPTION; // "who is Mohd Faiz Abdullah?"
                }
                // "who's the ceo of the port company investing in khorgos": a person by role, whatever the company does
                boolean role = focus.present() && lexicon.kinds(focus.lemma()).contains("person");
                return CUES.get("agent").contains(predicate) && !role ? AnswerType.AGENT : AnswerType.PERSON;
            }
            case "PLACE" -> {
                return AnswerType.PLACE;
            }
            case "WHICH", "WHAT" -> {
                // "what is the X", and "whats the X" (read as "what the X": no verb at all)
                boolean whatIs = t.equals("WHAT") && (isAuxiliary(words, form.end()) && words.get(form.end()).lemma().equals("be")
                        || form.end() < words.size() && DETERMINERS.contains(Tokens.fold(words.get(form.end()).text()))
                        && words.stream().noneMatch(w -> w.isVerb() || w.tag().equals("AUX")));
                if (whatIs && focus.present() && (Tokens.fold(words.get(words.size() - 1).text()).equals("for")
                        || focus.modifiers().stream().anyMatch(m -> vocabulary.isName(m) && gazetteer.place(m).isEmpty()))) {
                    return AnswerType.DESCRIPTION; // "what's the turkic council for", "what is the Turkic Council": describe it
                }
                if (focus.present() && CUES.get("measure").contains(focus.lemma())) {
                    return asksMoney(focus) ? AnswerType.MONEY : AnswerType.AMOUNT; // "what's their total value"
                }
                // "what's the new trade goal": the focus was "goal" before the trade it measures took its place
                boolean goal = targetFocus || focus.present() && CUES.get("target").contains(focus.lemma());
                if (t.equals("WHAT") && !focus.present() && CUES.get("price").contains(predicate)) {
                    return AnswerType.MONEY; // "what does it cost to ship one container": a price
                }
                if (t.equals("WHAT") && (isAuxiliary(words, form.end()) || goal) && focus.present() && figureTopic(focus)) {
                    // "what was the trade between…", "what's the new trade goal", "what is the price tag of the hub"
                    return asksMoney(focus) ? AnswerType.MONEY : AnswerType.AMOUNT;
                }
                return which(t, focus, asksNames, measureWord);
            }
            case "DESCRIPTION" -> {
                return AnswerType.DESCRIPTION;
            }
            default -> {
                return t.startsWith("DATE") ? AnswerType.DATE : AnswerType.DESCRIPTION;
            }
        }
    }

    /** "year kz and X set up ties", "date the memo was signed": a question opening on the time it asks, not on a year's figure ("year 2023 trade"). */
    private static boolean leadingTime(List<Word> words) {
        return words.size() > 2 && words.get(0).isNoun() && CUES.get("time").contains(words.get(0).lemma())
                && !words.get(1).tag().equals("NUM") && !Tokens.fold(words.get(1).text()).equals("of");
    }

    /** WordNet's noun categories of a change itself (an increase, a rise), not of a thing a verb also names (a contract). */
    private static final Set<String> CHANGE_CATEGORIES = Set.of("quantity", "process", "event", "act");

    /** "growth", "expansion" (made from a verb of change), or "increase", "rise" (a change by their first sense). */
    private boolean namesChange(String noun) {
        Set<String> verbs = CUES.get("change");
        return lexicon.senses(noun).stream().filter(s -> s.pos() == 'n').findFirst()
                .map(s -> s.derived().stream().anyMatch(verbs::contains)
                        || verbs.contains(noun) && CHANGE_CATEGORIES.contains(s.category()))
                .orElse(false);
    }

    /** "percentage", "share", and what WordNet files under a share ("stake"): a part of a whole, given in percent. */
    private boolean asksPart(String noun) {
        return CUES.get("part").contains(noun) || lexicon.senses(noun).stream().filter(s -> s.pos() == 'n')
                .anyMatch(s -> s.hypernyms().stream().anyMatch(CUES.get("part")::contains));
    }

    /** The topics whose facts are figures: a question asking what such a thing "was" asks for its figure. */
    private static final Set<Topic> FIGURE_TOPICS = Set.of(Topic.TRADE, Topic.INVESTMENT);

    private boolean figureTopic(Focus focus) {
        List<String> words = new ArrayList<>(focus.modifiers());
        words.add(focus.lemma());
        for (String w : words) {
            for (TopicLexicon.Hit h : topics.find(w)) {
                if (h.start() == 0 && h.end() == w.length() && FIGURE_TOPICS.contains(h.topic())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "which X", "what X": a date, a figure, a person or a name as X's kind says; else a name or the sentence. */
    private AnswerType which(String form, Focus focus, boolean asksNames, boolean measureWord) {
        if (!focus.present()) {
            return measureWord ? AnswerType.AMOUNT : AnswerType.DESCRIPTION;
        }
        if (focus.text().codePoints().skip(1).anyMatch(Character::isUpperCase) && focus.text().chars().filter(Character::isUpperCase).count() >= 2) {
            return AnswerType.DESCRIPTION; // "what is the Astana International Week…": a name to describe
        }
        String x = focus.lemma();
        Set<String> kinds = lexicon.kinds(x);
        if (CUES.get("time").contains(x)) {
            return AnswerType.DATE;
        }
        if (asksPart(x)) {
            return AnswerType.PERCENT;
        }
        if (CUES.get("measure").contains(x)) {
            return AnswerType.AMOUNT;
        }
        if (kinds.contains("person")) {
            return AnswerType.PERSON;
        }
        if (asksNames || kinds.contains("organization") || kinds.contains("place")) {
            return AnswerType.NAME; // "which company is building the 300 MW wind farm": a figure said of the thing asked
        }
        if (measureWord) {
            return AnswerType.AMOUNT; // "what did Kazakhstan export…? both figures"
        }
        // "which sectors" may be answered by names; "what role", "what challenges" by a sentence
        return form.equals("WHICH") ? AnswerType.WHICH : AnswerType.DESCRIPTION;
    }

    private static Precision precision(Match form, Focus focus) {
        if (focus.present()) {
            switch (focus.lemma()) {
                case "day", "date" -> {
                    return Precision.DAY;
                }
                case "month" -> {
                    return Precision.MONTH;
                }
                case "year" -> {
                    return Precision.YEAR;
                }
                default -> { }
            }
        }
        return Precision.NONE;
    }

    /**
     * "baltica rail": a word the articles use as a name of their own is not a misspelt place ("Baltic
     * states"), though it is one letter away from one; a place spelt as the gazetteer spells it stays.
     */
    private Interpretation withoutNamesTakenForPlaces(Interpretation in) {
        List<Entity> kept = in.entities().stream().filter(e -> !(e.type() == Entity.Type.COUNTRY && gazetteer.place(e.text()).isEmpty()
                && vocabulary.isName(Tokens.fold(e.text())))).toList();
        return kept.size() == in.entities().size() ? in
                : new Interpretation(in.question(), in.intent(), in.confidence(), in.alternatives(), kept, in.confident());
    }

    /** What a question asks of the article itself: who wrote it, who published it, when, its title. */
    private static Optional<MetaField> metadata(Match form, AnswerType type, String predicate, Set<String> lemmas, Set<String> nouns) {
        // "who wrote it", "when was this published": with no noun at all, the pronoun is the article last quoted
        boolean itself = nouns.isEmpty() && (lemmas.contains("it") || lemmas.contains("this") || lemmas.contains("that"));
        if (!has(nouns, "article") && !(lemmas.contains("op") && lemmas.contains("ed")) && !itself) {
            return Optional.empty();
        }
        String t = form == null ? "" : form.form().type();
        // "publish", "put out", "release", "run": the verbs the question-cues file gives for publishing (its "date" aside)
        boolean published = lemmas.stream().anyMatch(l -> !l.equals("date") && CUES.get("published").contains(l));
        // "date of the dala tv report on …": a date asked of the article without a question word
        boolean dateOfIt = (form == null || t.equals("WHAT")) && nouns.contains("date");
        if (t.startsWith("DATE") && (published || lemmas.contains("write") || lemmas.contains("written")) || dateOfIt) {
            return Optional.of(MetaField.PUBLISHED);
        }
        if (has(lemmas, "author") && !(t.equals("PLACE"))) {
            return Optional.of(MetaField.AUTHOR);
        }
        // "which think tank put out the paper": an organisation that published it
        if (has(lemmas, "publisher") || (t.equals("PLACE") || t.equals("WHICH") || t.equals("WHAT")) && published) {
            return Optional.of(MetaField.PUBLISHER);
        }
        if (lemmas.contains("title") || lemmas.contains("headline")) {
            return Optional.of(MetaField.TITLE);
        }
        return Optional.empty();
    }

    private static boolean has(Set<String> lemmas, String cue) {
        for (String l : lemmas) {
            if (CUES.get(cue).contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** The words to look for: content words, not question words, not the subject country or a partner's name. */
    private List<Term> terms(List<Word> words, Interpretation in, Match form, Set<Integer> reference) {
        List<Term> out = new ArrayList<>();
        boolean confirm = form == null && TAG_QUESTION.matcher(in.question()).find()
                || form == null && words.size() > 1 && CUES.get("confirm").contains(Tokens.fold(words.get(words.size() - 1).text()))
                || form == null && words.size() > 2 && words.get(words.size() - 1).text().equals("?")
                && CUES.get("confirm").contains(Tokens.fold(words.get(words.size() - 2).text()));
        Set<Integer> subject = form == null && isAuxiliary(words, 0) ? yesNoSubject(words)
                : confirm ? statementSubject(words) : Set.of();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.isWord() || form != null && i >= form.start() && i < form.end() || reference.contains(i)) {
                continue;
            }
            String f = Tokens.fold(w.text());
            Optional<Entity> entity = in.entities().stream()
                    .filter(e -> e.type() != Entity.Type.TOPIC && e.start() <= w.start() && w.end() <= e.end()).findFirst();
            if (entity.isPresent() && (entity.get().type() == Entity.Type.YEAR || entity.get().type() == Entity.Type.DATE)) {
                continue;
            }
            // "Kazakhstan's ambassador in Cairo": a partner's capital after "in" stands for the country it is the capital of
            boolean inPartnersCapital = entity.isPresent() && entity.get().type() == Entity.Type.COUNTRY && isCapital(entity.get())
                    && !entity.get().value().equals("Kazakhstan") && i > 0 && Tokens.fold(words.get(i - 1).text()).equals("in");
            if (inPartnersCapital) {
                continue;
            }
            // "how many filipinos work in kazakhstan": a people named by their demonym is what is counted, a word to find
            boolean people = entity.isPresent() && entity.get().type() == Entity.Type.COUNTRY && w.isNoun()
                    && gazetteer.isDemonym(entity.get().text()) && entity.get().text().endsWith("s")
                    && (i + 1 >= words.size() || !words.get(i + 1).isNoun()) && !afterPreposition(words, i);
            if (!people && entity.isPresent() && entity.get().type() == Entity.Type.COUNTRY && !(isCapital(entity.get()) && !acts(words, i))) {
                // the partners and Kazakhstan are searched for as partners, not words; so is a capital that acts
                // for its country ("when did Berlin and Astana open ties"), unlike one that is a place ("flights to Astana")
                continue;
            }
            if (MONTHS.contains(f)) {
                continue; // "jan-jul 2023": a time the question asks about, not a word to look for
            }
            boolean acronym = w.text().length() >= 2 && w.text().chars().allMatch(Character::isUpperCase);
            if (!acronym && (WordLists.STOP_WORDS.contains(f) || CLOSED_CLASS.contains(f)) || WordLists.STOP_WORDS.contains(w.lemma()) && !acronym
                    || f.length() < 2
                    || AUXILIARIES.contains(w.lemma()) && w.tag().equals("AUX") || f.chars().allMatch(Character::isDigit)
                    || WordLists.NUMBER_WORDS.containsKey(f) && w.tag().equals("NUM")
                    || WordLists.NAME_PARTICLES.contains(w.text()) && i > 0 && i + 1 < words.size()) {
                // "what three areas": a number, in digits or in words, says how many, not a word to find
                continue;
            }
            boolean lowerName = w.tag().equals("PROPN") && f.equals(w.text()) && entity.isEmpty(); // "kazakh unis"
            String lemma = w.isVerb() || w.tag().equals("NOUN") || w.tag().equals("ADJ") || lowerName ? corrected(w).orElse(w.lemma()) : w.lemma();
            boolean name = entity.isPresent() || vocabulary.isName(f) || i > 0 && Character.isUpperCase(w.text().codePointAt(0))
                    || w.text().length() >= 2 && w.text().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                    && w.text().chars().anyMatch(Character::isLetter);
            if (seen.add(lemma)) {
                out.add(new Term(lemma, w.text(), w.tag(), name, subject.contains(i)));
            }
        }
        return out;
    }

    /** "from the swedes": the word's phrase follows a preposition, so it is not what the question counts. */
    private static boolean afterPreposition(List<Word> words, int i) {
        int k = i - 1;
        while (k >= 0 && (words.get(k).tag().equals("DET") || DETERMINERS.contains(Tokens.fold(words.get(k).text())))) {
            k--;
        }
        return k >= 0 && words.get(k).tag().equals("ADP");
    }

    /**
     * The name is the subject of a verb, alone or in a list of names: "when did Berlin and Astana
     * open ties" (the governments), unlike "flights to Astana" or "Modi visited Astana" (the city).
     */
    private boolean acts(List<Word> words, int i) {
        int k = i + 1;
        while (k < words.size() && (listed(words.get(k)) || words.get(k).text().equals(","))) {
            k++;
        }
        int before = i - 1;
        while (before >= 0 && listed(words.get(before))) {
            before--;
        }
        boolean afterAuxiliary = before >= 0 && (words.get(before).tag().equals("AUX") || words.get(before).lemma().equals("do"));
        boolean opensClause = before < 0 || afterAuxiliary || words.get(before).tag().equals("ADV") || words.get(before).tag().equals("PRON");
        if (!opensClause || k >= words.size()) {
            return false;
        }
        Word next = words.get(k);
        // "what goal have astana and tbilisi set for 2030": after an auxiliary, a word that can be a verb
        // and ends the clause is the verb, though the tagger, without capitals, reads it as a noun
        boolean clauseEnds = k + 1 >= words.size() || !words.get(k + 1).isWord() || words.get(k + 1).tag().equals("ADP")
                || words.get(k + 1).tag().equals("CCONJ");
        return next.isVerb() || next.tag().equals("AUX")
                || afterAuxiliary && clauseEnds && lexicon.category(Tokens.fold(next.text()), 'v').isPresent();
    }

    /** A name or "and" in a list of names ("astana and dushanbe", typed in lower case or not). */
    private boolean listed(Word w) {
        return w.tag().equals("PROPN") || w.tag().equals("CCONJ") || gazetteer.place(w.text()).isPresent();
    }

    /** "was the india–kazakhstan strategic partnership signed…": the noun phrase after the opening verb. */
    private Set<Integer> yesNoSubject(List<Word> words) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.isVerb() || w.tag().equals("AUX") || w.tag().equals("ADP") || w.tag().equals("SCONJ")) {
                break;
            }
            out.add(i);
        }
        return out;
    }

    /** "the strategic partnership came out of Moon's 2019 trip, right?": the noun phrase before the first verb. */
    private Set<Integer> statementSubject(List<Word> words) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.isVerb() || w.tag().equals("AUX") || w.tag().equals("ADP")) {
                break;
            }
            out.add(i);
        }
        return out;
    }

    private boolean isCapital(Entity e) {
        return gazetteer.names(e.value()).map(n -> n.capitals().stream().anyMatch(c -> Tokens.fold(c).equals(Tokens.fold(e.text()))))
                .orElse(false);
    }

    private static List<Form> forms() {
        List<Form> out = new ArrayList<>();
        for (String line : WordLists.lines("question-forms.tsv")) {
            String[] f = line.split("\t");
            List<String> words = new ArrayList<>(List.of(f[0].strip().split(" ")));
            boolean focus = words.get(words.size() - 1).equals("X");
            if (focus) {
                words.remove(words.size() - 1);
            }
            out.add(new Form(List.copyOf(words), focus, f[1].strip()));
        }
        return List.copyOf(out);
    }

    private static Map<String, Set<String>> cues() {
        return WordLists.QUESTION_CUES;
    }
}
