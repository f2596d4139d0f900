package kzbot.answer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import kzbot.domain.Document;
import kzbot.domain.Entity;
import kzbot.domain.Fact;
import kzbot.domain.Intent;
import kzbot.domain.Interpretation;
import kzbot.domain.Question;
import kzbot.domain.Question.AnswerType;
import kzbot.domain.Topic;
import kzbot.nlu.Interpreter;
import kzbot.nlu.Language;
import kzbot.nlu.QuestionReader;
import kzbot.store.FactStore;
import kzbot.text.Vocabulary;

/**
 * Turns a question into a cited answer, or an honest decline when the sources do not support one.
 * A short coordinator: it reads the question ({@link QuestionReader}), completes a follow-up
 * ({@link FollowUps}), finds and weighs candidate sentences ({@link Candidates}, {@link Scorer}),
 * checks a fact against what was asked ({@link FactMatcher}) and writes the answer ({@link Composer})
 * or the decline ({@link Declines}). Stateless: a conversation's memory comes in and goes out with
 * each turn. Thread-safe.
 */
public final class Answerer {
    /** Questions longer than this are refused, not truncated. */
    public static final int MAX_QUESTION_CHARS = 1_000;
    /** Sentences kept read between questions: a few MB at most. */
    static final int CACHED_SENTENCES = 4_096;

    private final FactStore store;
    private final Interpreter interpreter;
    private final QuestionReader reader;
    private final Language language;
    private final Weights weights = Weights.load();
    private final Candidates candidates;
    private final Scorer scorer;
    private final Composer composer;
    private final Metadata metadata;
    private final List<Document> documents;
    private final Map<String, Document> byId;
    private final List<String> partners;
    private final FactStore.Size size;
    private final QuestionWords.Context wordsContext;
    /** What the sources cover of each partner, for declines: read-only, so read once. */
    private final Cache<String, Map<Topic, Integer>> covered = Caffeine.newBuilder().maximumSize(1_024).build();

    public Answerer(FactStore store, Interpreter interpreter, Language language) {
        this.store = store;
        this.interpreter = interpreter;
        this.language = language;
        this.reader = new QuestionReader(language.linguistics(), language.lexicon(), language.gazetteer(), language.topics(),
                new Vocabulary(store.wordCounts(), store.properWords()));
        this.candidates = new Candidates(store, language.lexicon(), language.linguistics()::stem, CACHED_SENTENCES);
        this.documents = store.documents();
        Map<String, java.util.Set<String>> titles = new java.util.HashMap<>();
        for (Document d : documents) {
            java.util.Set<String> words = new java.util.HashSet<>();
            for (kzbot.domain.Word w : language.linguistics().read(d.title())) {
                words.add(w.lemma());
                words.add(kzbot.text.Tokens.fold(w.text()));
            }
            words.addAll(setting(d));
            titles.put(d.id(), java.util.Set.copyOf(words));
        }
        this.scorer = new Scorer(weights, new FactMatcher(language.lexicon(), language.gazetteer(), language.linguistics()::stem), titles,
                language.linguistics()::stem);
        Map<String, Document> byId = new LinkedHashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        this.byId = java.util.Collections.unmodifiableMap(byId);
        this.composer = new Composer(this.byId);
        this.metadata = new Metadata(documents, language.lexicon());
        this.partners = documents.stream().map(Document::partner).filter(p -> !p.isEmpty()).distinct().sorted().toList();
        this.size = store.size();
        this.wordsContext = new QuestionWords.Context(language.lexicon(), language.topics(), store::sentencesWith, size.sentences(),
                weights, language.linguistics()::stem, roles(store.roles()));
    }

    /** Each word of a person's name ("tokayev"), with the last words of the roles the sources give them ("president"). */
    private static Map<String, java.util.Set<String>> roles(Map<String, java.util.Set<String>> byName) {
        Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        byName.forEach((name, roles) -> {
            for (kzbot.text.Token t : kzbot.text.Tokens.of(name)) {
                String w = kzbot.text.Tokens.fold(t.text());
                if (w.length() >= 3) {
                    for (String role : roles) {
                        List<kzbot.text.Token> r = kzbot.text.Tokens.of(role);
                        if (!r.isEmpty()) {
                            out.computeIfAbsent(w, k -> new java.util.HashSet<>()).add(kzbot.text.Tokens.fold(r.get(r.size() - 1).text()));
                        }
                    }
                }
            }
        });
        return Map.copyOf(out);
    }

    /**
     * Answers a few questions about the sources' own partners, so that the first real question
     * does not pay for class loading and compilation (a second or more on a cold JVM).
     */
    public List<Answer> warmUp() {
        List<Answer> out = new ArrayList<>();
        for (String p : partners.isEmpty() ? List.of("Pakistan") : partners) {
            for (String q : List.of("trade with " + p + " in 2023", "When did " + p + " recognise Kazakhstan?",
                    "Who visited " + p + "?", "hello")) {
                out.add(answer(q));
            }
        }
        return out;
    }

    /**
     * The question as the models and the tagger read it, remembered by its text: the same text is
     * read the same way (the models and the corpus do not change while kzbot runs), and it comes
     * again — Telegram's inline mode sends the query as it is typed, newsroom tools retry, and
     * during a live event many people ask the same thing. The conversation is applied afterwards.
     */
    private Question read(String cleaned) {
        return readings.get(cleaned, t -> partnersByInitials(reader.read(interpreter.interpret(t))));
    }

    /**
     * "kz sa trade": a country typed as a code of two or three letters that no article is about stands for
     * the one partner of an article whose name has those initials (South Africa), not for the country the
     * code is the ISO code of (Saudi Arabia).
     */
    private Question partnersByInitials(Question q) {
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String p : q.partners()) {
            String typed = q.interpretation().entities(Entity.Type.COUNTRY).stream().filter(e -> e.value().equals(p))
                    .map(Entity::text).findFirst().orElse("").strip();
            List<String> byInitials = partners.contains(p) || !typed.matches("\\p{L}{2,3}") ? List.of()
                    : partners.stream().filter(x -> initials(x).equalsIgnoreCase(typed)).toList();
            changed |= byInitials.size() == 1;
            out.add(byInitials.size() == 1 ? byInitials.get(0) : p);
        }
        return changed ? q.withContext(q.terms(), out, q.years(), q.topics()) : q;
    }

    /** "SA" for South Africa; empty for a name of one word. */
    private static String initials(String name) {
        String[] words = name.split("[\\s-]+");
        if (words.length < 2) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty()) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** Questions read, by text: bounded, the least recently asked forgotten first. */
    static final int CACHED_QUESTIONS = 1_024;
    private final Cache<String, Question> readings = Caffeine.newBuilder().maximumSize(CACHED_QUESTIONS).build();

    /** One question and what the conversation remembers after it. */
    public record Turn(Answer answer, Conversation conversation) {
    }

    /**
     * How the answerer read a question and weighed its best candidate sentences, for a developer:
     * the reading, then each candidate's score, coverage and best-fitting fact.
     */
    public String trace(String question) {
        Interpretation in = interpreter.interpret(Replies.clean(question));
        Question q = partnersByInitials(reader.read(in));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "type %s %s focus %s%s predicate %s partners %s years %s target %s names %s%n",
                q.type(), q.precision(), q.focus().lemma(), q.focus().modifiers(), q.predicate(), q.partners(), q.years(),
                q.asksTarget(), q.asksNames()));
        sb.append("  read ").append(String.join(" ", q.words().stream().map(w -> w.text() + "/" + w.tag() + "/" + w.lemma()).toList()))
                .append('\n');
        QuestionWords words = QuestionWords.of(q, wordsContext);
        words.words().forEach(w -> sb.append(String.format(java.util.Locale.ROOT, "  word %s (%s) weight %.2f%s%n", w.term().lemma(),
                w.term().text(), w.weight(), w.term().subject() ? " subject" : "")));
        List<Scorer.Scored> ranked = scorer.rank(q, words, candidates.read(candidates.find(q, words)), candidates);
        sb.append("  candidates ").append(ranked.size()).append(" essential ")
                .append(words.essential().stream().map(w -> w.term().lemma()).toList()).append('\n');
        for (Scorer.Scored s : ranked.subList(0, Math.min(30, ranked.size()))) {
            String text = s.reading().text();
            StringBuilder held = new StringBuilder();
            double[] all = words.matchAll(s.reading(), weights);
            for (int i = 0; i < all.length; i++) {
                held.append(String.format(java.util.Locale.ROOT, " %s=%.1f", words.words().get(i).term().lemma(), all[i]));
            }
            sb.append("      ").append(s.essential() ? "essential" : "NOT essential").append(held).append('\n');
            sb.append(String.format(java.util.Locale.ROOT, "%6.2f cov %.3f fit %.2f %s | %s%n", s.score(), s.coverage(), s.fit(),
                    s.fact().map(f -> f.kind().code() + ":" + f.valueText() + " [" + f.frame().noun() + "/" + f.frame().predicate()
                            + "/" + f.frame().time().code() + "]").orElse("-"), text.length() > 140 ? text.substring(0, 140) + "…" : text));
        }
        return sb.toString();
    }

    /** A question with no conversation around it. */
    public Answer answer(String question) {
        return respond(question, Conversation.EMPTY, Instant.EPOCH).answer();
    }

    public Turn respond(String question, Conversation memory, Instant now) {
        String q = Replies.clean(question);
        if (q.length() > MAX_QUESTION_CHARS) {
            Interpretation none = interpreter.interpret("");
            return new Turn(new Answer.Declined(Replies.tooLong(MAX_QUESTION_CHARS), none), memory);
        }
        Turn whole = respondOne(q, memory, now);
        Optional<List<String>> parts = TwoParts.split(q).or(() -> TwoParts.splitBoth(q, w -> language.gazetteer().place(w).isPresent()));
        if (parts.isEmpty()) {
            return whole;
        }
        // "how many documents did they sign and what was their total value": each part in turn, the second
        // read as a follow-up of the first; what the whole question found leads when it found anything
        Turn first = whole.answer().answered() ? whole : respondOne(parts.get().get(0), memory, now);
        if (!(first.answer() instanceof Answer.Found a)) {
            return whole;
        }
        Turn second = respondOne(parts.get().get(1), first.conversation(), now);
        // (an answer from the article's metadata answers every field the question names, the other part with them)
        if (second.answer() instanceof Answer.Declined && !a.text().contains("\n\n") && a.citations().stream().allMatch(Citation::quotesText)) {
            // say which part is not answered, so that a reader does not take the one figure for both
            Answer noted = new Answer.Found(a.text() + "\n\n" + Replies.partNotFound(), a.citations(),
                    a.interpretation());
            return new Turn(noted, new Conversation(first.conversation().question(), noted.citations(), now));
        }
        if (!(second.answer() instanceof Answer.Found b)) {
            return first;
        }
        Answer both = TwoParts.join(a, b);
        return new Turn(both, new Conversation(first.conversation().question(), both.citations(), now));
    }

    private Turn respondOne(String q, Conversation memory, Instant now) {
        Question alone = read(q);
        Interpretation in = alone.interpretation();
        if (Replies.notEnglish(q, in)) {
            return new Turn(new Answer.Declined(Replies.english(partners), in), memory);
        }
        if (q.isEmpty() || q.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new Turn(new Answer.Chat(Replies.empty(), in), memory);
        }
        Question asked = FollowUps.read(alone, memory, now);
        boolean chat = in.confident() || !hasSubstance(asked);
        // "who wrote the article" after an answer quoting one article: that article, when the question names none
        List<String> lastSources = memory.isFresh(now) ? memory.citations().stream().map(Citation::source).distinct().toList() : List.of();
        Optional<String> lastCited = lastSources.size() == 1 ? Optional.of(lastSources.get(0)) : Optional.empty();
        Answer answer = switch (asked.intent()) {
            case GREETING -> chat ? new Answer.Chat(Replies.greeting(partners), in) : facts(asked, lastCited);
            case HELP -> chat ? new Answer.Chat(Replies.help(partners), in) : facts(asked, lastCited);
            case THANKS -> chat ? new Answer.Chat(Replies.thanks(), in) : facts(asked, lastCited);
            case SOURCES -> asked.terms().size() >= 2 || asked.metadata().isPresent() ? facts(asked, lastCited) : new Answer.Chat(
                    Replies.sources(memory.isFresh(now) ? memory.citations() : List.of(), documents), in);
            case OUT_OF_SCOPE -> outOfScope(asked, in);
            default -> facts(asked, lastCited);
        };
        if (!answer.answered() && asked != alone && alone.intent().asksForFacts()) {
            // read as a follow-up it found nothing; the question may stand on its own
            Answer own = facts(alone);
            if (own.answered()) {
                answer = own;
                asked = alone;
            }
        }
        Conversation next = answer.answered() ? new Conversation(Optional.of(asked), answer.citations(), now) : memory;
        return new Turn(answer, next);
    }

    /**
     * A question the classifier takes for one outside kzbot's subject is still looked up when it has
     * words of its own: the sources decide. When they have nothing, the reply says what kzbot covers.
     */
    private Answer outOfScope(Question q, Interpretation in) {
        if (q.terms().isEmpty() && q.metadata().isEmpty()) {
            return new Answer.Declined(Replies.outOfScope(partners), in);
        }
        Answer a = facts(q);
        boolean strong = a.citations().stream().findFirst().map(c -> strongly(q, c)).orElse(false);
        // "who issued this media statement": a question about an article itself is kzbot's, whatever the model says
        if (a.answered() && (strong || !in.confident() || q.metadata().isPresent())) {
            return a;
        }
        if (!a.answered() && strong) {
            return a; // "how many people died in the floods": what the sources give instead, displaced, is the honest reply
        }
        // "how much is hyrasia one going to cost": a name the sources use is in scope, whatever the model says
        boolean namesTheSources = q.terms().stream().anyMatch(t -> t.name() && store.sentencesWith(t.lemma()) > 0
                && !partners.contains(t.text()));
        // "which austrian firm is building the lifts…": a partner the sources cover is in scope, and the decline says what they give
        boolean namesAPartner = q.partners().stream().anyMatch(partners::contains);
        return (namesTheSources || namesAPartner) && !a.answered() ? a : new Answer.Declined(Replies.outOfScope(partners), in);
    }

    /**
     * The cited sentence holds most of the question's words, or all its essential nouns, or — for a
     * figure asked ("how much will the car parts plant cost") — as many as any answer needs: what
     * overrides a confident "out of scope".
     */
    private boolean strongly(Question q, Citation c) {
        QuestionWords words = QuestionWords.of(q, wordsContext);
        double enough = q.type().isFigure() ? weights.acceptDescription() : 0.6;
        return candidates.read(List.of(c.sentenceId())).stream()
                .anyMatch(r -> scorer.coverage(words, r, candidates.previous(r)) >= enough
                        || scorer.holdsEveryEssential(words, r, candidates.previous(r)));
    }

    /** A question that names a partner, a topic or a few content words is worth looking up. */
    private static boolean hasSubstance(Question q) {
        return !q.partners().isEmpty() || !q.interpretation().entities(Entity.Type.TOPIC).isEmpty() || q.terms().size() >= 3
                || q.metadata().isPresent();
    }

    private Answer facts(Question asked) {
        return facts(asked, Optional.empty());
    }

    private Answer facts(Question asked, Optional<String> lastCited) {
        if (asked.metadata().isPresent()) {
            return aboutTheArticle(asked, lastCited);
        }
        Question q = withPlacesAsWords(asked);
        QuestionWords words = QuestionWords.of(q, wordsContext);
        if (words.isEmpty() && q.intent() == Intent.OVERVIEW && !q.partners().isEmpty()) {
            return overview(q);
        }
        List<SentenceReading> readings = candidates.read(candidates.find(q, words));
        Optional<String> article = q.articleHints().isEmpty() ? Optional.empty()
                : metadata.article(q.withContext(q.articleHints().stream().map(h -> new Question.Term(h, h, "NOUN", false)).toList(),
                q.partners(), q.years(), q.topics()), d -> 0).map(Document::id);
        List<Scorer.Scored> ranked = scorer.rank(q, words, readings, candidates, article).stream()
                .filter(Scorer.Scored::essential).toList();
        Optional<Question> byAuthor = article.isPresent() ? Optional.empty() : aboutTheAuthorsArticle(q, words, ranked);
        if (byAuthor.isPresent()) {
            // "how does the ISIS Malaysia chairman describe…": the author's words point to the article, not to its byline
            Question narrowed = byAuthor.get();
            QuestionWords rest = QuestionWords.of(narrowed, wordsContext);
            String doc = ranked.get(0).reading().record().sentence().docId();
            long byline = ranked.get(0).id();
            List<Scorer.Scored> within = scorer.rank(narrowed, rest, candidates.read(candidates.find(narrowed, rest)), candidates,
                    Optional.of(doc)).stream().filter(Scorer.Scored::essential).filter(x -> x.id() != byline).toList();
            if (!within.isEmpty()) {
                q = narrowed;
                words = rest;
                ranked = within;
            }
        }
        AnswerType t = q.type();
        if (t.isFigure() || t == AnswerType.DATE || t.isName()) {
            return typed(q, words, ranked);
        }
        if (t == AnswerType.WHICH) {
            Optional<Answer> named = named(q, words, ranked);
            if (named.isPresent()) {
                return named.get();
            }
        }
        return description(q, words, ranked);
    }

    /**
     * The best sentence is the line that says who wrote the article ("The author is Professor … the
     * Chairman, Institute of … Malaysia"), and the question asks something else of the article: the
     * question without the words that sentence gives, kept to the author's article.
     */
    private Optional<Question> aboutTheAuthorsArticle(Question q, QuestionWords words, List<Scorer.Scored> ranked) {
        if (ranked.isEmpty() || q.type().isName() || q.terms().size() < 3) {
            return Optional.empty();
        }
        SentenceReading top = ranked.get(0).reading();
        Document d = byId.get(top.record().sentence().docId());
        if (d == null || d.author().isBlank() || !top.words().contains("author")) {
            return Optional.empty();
        }
        boolean namesAuthor = java.util.Arrays.stream(d.author().split("[;,]")).map(String::strip).filter(a -> !a.isEmpty())
                .anyMatch(a -> top.text().contains(a.substring(a.lastIndexOf(' ') + 1)));
        if (!namesAuthor) {
            return Optional.empty();
        }
        java.util.Set<String> byline = new java.util.HashSet<>();
        for (QuestionWords.Word w : words.words()) {
            if (QuestionWords.match(w, top, weights) >= weights.matchSynonym()) {
                byline.add(w.term().lemma()); // "ISIS" spelt by "Institute of Strategic and International Studies"
            }
        }
        List<Question.Term> rest = q.terms().stream().filter(t -> !byline.contains(t.lemma())).toList();
        if (rest.isEmpty() || rest.size() == q.terms().size()) {
            return Optional.empty();
        }
        return Optional.of(q.withContext(rest, q.partners(), q.years(), q.topics()));
    }

    /**
     * A place the question names that no article is about ("the position on Gaza" in an article about
     * Malaysia) is a word to look for, like a name, not only a partner to keep to.
     */
    private Question withPlacesAsWords(Question q) {
        List<Question.Term> extra = new ArrayList<>();
        for (Entity e : q.interpretation().entities(Entity.Type.COUNTRY)) {
            if (q.partners().contains(e.value()) && !partners.contains(e.value())) {
                String f = kzbot.text.Tokens.fold(e.value());
                if (q.terms().stream().noneMatch(t -> t.lemma().equals(f))) {
                    extra.add(new Question.Term(f, e.text(), QuestionWords.PLACE, true));
                }
            }
        }
        if (extra.isEmpty()) {
            return q;
        }
        List<Question.Term> terms = new ArrayList<>(q.terms());
        terms.addAll(extra);
        // "lorries going between kz and mongolia through russia": the sources are about Mongolia
        List<String> about = q.partners().stream().filter(partners::contains).toList();
        return q.withContext(terms, about.isEmpty() ? q.partners() : about, q.years(), q.topics());
    }

    /** A figure, date or name: the best sentence with a fact that fits, and the same figure for other years or sources. */
    private Answer typed(Question q, QuestionWords words, List<Scorer.Scored> ranked) {
        List<Scorer.Scored> fitting = ranked.stream()
                .filter(s -> s.fact().isPresent() && s.fit() >= weights.acceptFactFit() && s.coverage() >= weights.acceptTyped())
                .toList();
        if (fitting.isEmpty()) {
            Optional<Scorer.Scored> ranking = ranking(q, words, ranked);
            if (ranking.isPresent()) {
                Composer.Draft d = composer.draft();
                composer.describe(d, ranking.get().reading(), ranking.get().previous(), candidates);
                if (!d.isEmpty()) {
                    return d.found(q.interpretation());
                }
            }
            return decline(q, nearest(q, ranked));
        }
        Scorer.Scored best = fitting.get(0);
        java.util.regex.Matcher stated = STATED_FIGURE.matcher(q.text());
        if (q.premiseYear().isPresent() && stated.find()) {
            // "the EUR 74 mln trade figure was from 2021, right?": the figure the premise states is the one to date
            String figure = stated.group();
            best = fitting.stream().filter(s -> s.fact().get().valueText().matches("(?s).*(?<![\\d.,])" + java.util.regex.Pattern.quote(figure)
                    + "(?![\\d]|[.,]\\d).*")).findFirst().orElse(best);
        }
        Composer.Draft d = composer.draft();
        List<Scorer.Scored> shown = new ArrayList<>(List.of(best));
        if (q.years().size() > 1) {
            for (int year : q.years()) {
                fitting.stream().filter(s -> s.fact().get().year().isPresent() && s.fact().get().year().getAsInt() == year)
                        .findFirst().filter(s -> shown.stream().noneMatch(x -> x.id() == s.id())).ifPresent(shown::add);
            }
        } else {
            for (Scorer.Scored s : fitting.subList(1, fitting.size())) {
                if (shown.size() >= weights.answerMaxFigures() || s.score() < weights.answerRunnerUp() * best.score()) {
                    break;
                }
                Fact a = s.fact().get();
                Fact b = best.fact().get();
                boolean sameMeasure = a.kind() == b.kind() && a.unit().equals(b.unit()) && a.frame().noun().equals(b.frame().noun());
                boolean differs = !a.year().equals(b.year()) || !a.docId().equals(b.docId());
                if (sameMeasure && differs && !a.valueNum().equals(b.valueNum()) && q.years().isEmpty()) {
                    shown.add(s);
                }
            }
            if (q.partners().isEmpty() && q.type().isFigure()) {
                // "what's the bilateral trade target": with no partner named, the best figure each other article gives
                // too, each cited to its own, rather than one partner's taken for the answer
                java.util.Set<String> partnersShown = new java.util.HashSet<>();
                shown.forEach(x -> partnersShown.add(partnerOf(x)));
                for (Scorer.Scored s : fitting) {
                    if (shown.size() < weights.answerMaxFigures() && !partnerOf(s).isEmpty() && partnersShown.add(partnerOf(s))
                            && s.fact().get().kind() == best.fact().get().kind() && s.score() >= OTHER_PARTNER * best.score()) {
                        shown.add(s);
                    }
                }
            }
        }
        String prefix = premise(q, best.fact().get());
        for (Scorer.Scored s : shown) {
            composer.lead(d, factsOf(q, words, s), s.reading(), s.previous(), s == best ? prefix : "");
        }
        return d.found(q.interpretation());
    }

    /** A sentence holding this share of the question's words may answer a comparison with a rank. */
    private static final double RANKING_COVERAGE = 0.85;
    /** A word ending in "-est", with an ordinal before it ("ninth-largest", "2nd biggest"). */
    private static final java.util.regex.Pattern SUPERLATIVE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(?:" + String.join("|", kzbot.text.WordLists.ORDINALS) + "|\\d+(?:st|nd|rd|th))[- ])?(\\p{L}+est)\\b");

    /**
     * "how big is Kazakhstan by territory compared with other countries": no figure, but a sentence
     * holding the question's words ranks it ("the world's ninth-largest country in terms of territory")
     * — a superlative, which OpenNLP's lemmatizer takes back to an adjective WordNet knows — and answers
     * the comparison.
     */
    private Optional<Scorer.Scored> ranking(Question q, QuestionWords words, List<Scorer.Scored> ranked) {
        boolean compared = q.words().stream().anyMatch(w -> kzbot.text.WordLists.COMPARISON_WORDS.contains(w.lemma()));
        if (!compared || q.type() != AnswerType.AMOUNT || ranked.isEmpty()) {
            return Optional.empty();
        }
        Scorer.Scored top = ranked.get(0);
        // the rank is the comparison: the words that ask for one ("compared") need not be in the sentence
        List<Question.Term> rest = q.terms().stream().filter(t -> !kzbot.text.WordLists.COMPARISON_WORDS.contains(t.lemma())).toList();
        QuestionWords asked = QuestionWords.of(q.withContext(rest, q.partners(), q.years(), q.topics()), wordsContext);
        if (rest.isEmpty() || scorer.coverage(asked, top.reading(), top.previous()) < RANKING_COVERAGE
                || !scorer.holdsEveryEssential(words, top.reading(), top.previous())) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = SUPERLATIVE.matcher(top.reading().text());
        while (m.find()) {
            String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String base = language.linguistics().lemma(word, "ADJ"); // "largest" → "large", "biggest" → "big"
            if (!base.equals(word) && language.lexicon().category(base, 'a').isPresent()) {
                return Optional.of(top);
            }
        }
        return Optional.empty();
    }

    /** The facts of a sentence that fit best: several when they fit as well ("exports… imports…", "Smailov and Japarov"). */
    private List<Fact> factsOf(Question q, QuestionWords words, Scorer.Scored s) {
        List<Fact> out = new ArrayList<>();
        double best = s.reading().record().facts().stream()
                .mapToDouble(f -> scorer.placedFit(q, words, f, s.reading(), s.previous())).max().orElse(0);
        for (Fact f : s.reading().record().facts()) {
            double fit = scorer.fit(q, words, f, s.reading(), s.previous());
            double placed = scorer.placedFit(q, words, f, s.reading(), s.previous());
            // several names are the parties ("between ISIS Malaysia and … KazISS"); several figures only when as close
            double share = q.type().isName() ? 0.6 : 0.85;
            if (fit >= weights.acceptFactFit() && placed >= share * best && out.size() < weights.answerMaxFigures()
                    && out.stream().noneMatch(o -> o.valueText().equals(f.valueText()))) {
                out.add(f);
            }
        }
        if (out.size() > 1 && out.stream().anyMatch(f -> scorer.matcher().datesTheVerb(q, f))) {
            // "suspended in 2020, resumed on 2 June 2023" for "when did flights restart": the date of the verb asked
            out = new ArrayList<>(out.stream().filter(f -> scorer.matcher().datesTheVerb(q, f)).toList());
        }
        if (out.size() > 1 && out.stream().anyMatch(f -> scorer.matcher().namesTheAskedVerb(q, f))) {
            // "how much did Kazakhstan sell": the exports, not the imports quoted beside them
            out = new ArrayList<>(out.stream().filter(f -> scorer.matcher().namesTheAskedVerb(q, f)).toList());
        }
        if (out.size() > 1 && (q.type().isName() || q.type() == AnswerType.WHICH) && q.focus().present()) {
            // "which Kazakh university": the names that say they are one ("Satbayev University"), not the city beside them
            List<Fact> saying = out.stream().filter(f -> scorer.matcher().nameSays(q.focus().lemma(), f) >= 0.8).toList();
            if (!saying.isEmpty()) {
                out = new ArrayList<>(saying);
            }
        }
        if (out.size() > 1 && q.type() == AnswerType.PERSON && out.stream().anyMatch(f -> f.kind() == kzbot.domain.FactKind.PERSON)) {
            // "who is the polish deputy minister": the people the sentence names, not a region or a title beside them
            out = new ArrayList<>(out.stream().filter(f -> f.kind() == kzbot.domain.FactKind.PERSON).toList());
        }
        return out.isEmpty() ? List.of(s.fact().get()) : out;
    }

    /** "the treaty was signed in 2013, right?": the answer says no when its date is another year. */
    /** The partner of the article a candidate sentence is from, or "". */
    private String partnerOf(Scorer.Scored s) {
        Document d = byId.get(s.reading().record().sentence().docId());
        return d == null ? "" : d.partner();
    }

    /** What a figure of another partner's article must score, as a share of the best, to join an answer that names no partner. */
    private static final double OTHER_PARTNER = 0.6;

    /** A figure a question states ("the EUR 74 mln trade figure"), not a year. */
    private static final java.util.regex.Pattern STATED_FIGURE = java.util.regex.Pattern.compile(
            "(?<![\\d.,])(?!(?:19|20)\\d\\d(?![\\d.,]))\\d+(?:[.,]\\d+)*");

    private static String premise(Question q, Fact f) {
        if (q.premiseYear().isEmpty() || f.year().isEmpty()) {
            return "";
        }
        return f.year().getAsInt() == q.premiseYear().get() ? "Yes: " : "No: ";
    }

    /** "which X": a name the sentence gives for X, when one is linked to it clearly enough. */
    private Optional<Answer> named(Question q, QuestionWords words, List<Scorer.Scored> ranked) {
        for (Scorer.Scored s : ranked) {
            if (s.coverage() < weights.acceptDescription()) {
                break;
            }
            if (s.fact().isPresent() && s.fit() >= weights.acceptNameLink()) {
                Composer.Draft d = composer.draft();
                composer.lead(d, factsOf(q, words, s), s.reading(), s.previous(), "");
                return Optional.of(d.found(q.interpretation()));
            }
            return Optional.empty(); // the best sentence names nothing for X: it is described instead
        }
        return Optional.empty();
    }

    /** The best sentence, when it holds enough of the question's words, and what completes it. */
    private Answer description(Question q, QuestionWords words, List<Scorer.Scored> ranked) {
        // "which shipping line operates the service": a passage answers a "which" of a kind named in full only when it
        // names that kind ("in which sectors" may be answered by the sectors' names)
        boolean describes = describesFocus(q) || q.type() == AnswerType.WHICH && q.focus().present() && !q.focus().modifiers().isEmpty();
        java.util.function.Predicate<Scorer.Scored> says = s -> s.coverage() >= weights.acceptDescription() && yearFits(q, s)
                && !scorer.matcher().otherSide(q, s.reading()) && (!describes || holdsFocus(words, s));
        Optional<Scorer.Scored> best = ranked.stream().filter(says).findFirst();
        if (best.isEmpty()) {
            return decline(q, Optional.empty());
        }
        Scorer.Scored top = best.get();
        if (q.premiseYear().isEmpty() && figureFor(q, words, top).isEmpty()) {
            // "kz thailand trade last year": of two sentences that hold the words as well, the one that gives the figure
            Scorer.Scored first = top;
            top = ranked.stream().filter(s -> s.coverage() >= first.coverage()).filter(says)
                    .filter(s -> figureFor(q, words, s).isPresent()).findFirst().orElse(first);
        }
        Composer.Draft d = composer.draft();
        Optional<Fact> figure = Optional.empty();
        if (q.premiseYear().isPresent()) {
            // "was the partnership signed when Modi visited in 2015?": the date that confirms or corrects is the
            // one of a sentence about the partnership, not of the visit the question dates it by
            for (Scorer.Scored s : ranked) {
                // the words that date the premise ("Moon Jae-in's 2019 trip") weigh in coverage though they are not
                // what is asked: a sentence holding the whole subject needs half the usual share
                if (s.coverage() < weights.acceptDescription() / 2) {
                    break;
                }
                Optional<Fact> dated = holdsSubject(q, words, s) ? premiseDate(q, words, s) : Optional.empty();
                if (dated.isPresent()) {
                    top = s;
                    figure = dated;
                    break;
                }
            }
        } else {
            figure = figureFor(q, words, top);
        }
        if (figure.isPresent()) {
            composer.lead(d, List.of(figure.get()), top.reading(), top.previous(), premise(q, figure.get()));
        } else {
            composer.describe(d, top.reading(), top.previous(), candidates);
        }
        for (Scorer.Scored s : ranked) {
            if (s == top || s.score() < weights.answerRunnerUp() * top.score() || s.coverage() < weights.acceptDescription()
                    || !yearFits(q, s)) {
                continue;
            }
            composer.second(d, s.reading(), candidates);
            break;
        }
        if (d.isEmpty()) {
            return decline(q, Optional.empty()); // the one sentence to describe with is longer than an answer may be
        }
        return d.found(q.interpretation());
    }

    /**
     * "what are the estimated uranium reserves": the focus is the subject of "be", a thing to describe;
     * in "which UN mission", "what old trade route" a name stands for it instead.
     */
    private static boolean describesFocus(Question q) {
        List<kzbot.domain.Word> w = q.words();
        for (int i = w.size() - 1; i > 0; i--) {
            if (!w.get(i).lemma().equals(q.focus().lemma())) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && java.util.Set.of("DET", "ADJ", "NOUN", "PROPN").contains(w.get(k).tag())) {
                k--;
            }
            return k >= 0 && w.get(k).lemma().equals("be");
        }
        return false;
    }

    /**
     * "what are the estimated uranium reserves at the deposit": a sentence about the deposit that
     * does not say "reserves" (or a word related to it, here or in the sentence before) does not describe
     * them; a general focus ("what areas") may be left out ({@link QuestionWords#optionalFocus}).
     */
    private boolean holdsFocus(QuestionWords words, Scorer.Scored s) {
        if (words.focus().isEmpty() || words.optionalFocus()) {
            return true;
        }
        return words.words().stream().filter(w -> w.term().lemma().equals(words.focus())).allMatch(w -> QuestionWords.match(w, s.reading(), weights) > 0
                || s.previous().isPresent() && QuestionWords.match(w, s.previous().get(), weights) > 0);
    }

    /**
     * The date of a sentence about what a premise asks ("the ties were raised to a strategic
     * partnership in January 2009" for "was the partnership signed in 2015?"): the best-fitting date
     * the sentence gives, whichever verb it uses; the subject, held by the sentence, says it is the one.
     */
    private Optional<Fact> premiseDate(Question q, QuestionWords words, Scorer.Scored s) {
        Question typed = q.withType(AnswerType.DATE);
        String text = s.reading().text().toLowerCase(java.util.Locale.ROOT);
        List<Integer> subjectAt = new ArrayList<>();
        for (Question.Term t : q.terms().stream().filter(Question.Term::subject).toList()) {
            String word = t.text().toLowerCase(java.util.Locale.ROOT);
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                subjectAt.add(at);
            }
        }
        Fact best = null;
        double bestFit = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (Fact f : s.reading().record().facts()) {
            double fit = scorer.fit(typed, words, f, s.reading(), s.previous());
            int at = text.indexOf(f.valueText().toLowerCase(java.util.Locale.ROOT));
            // "upgraded them to a strategic partnership in 2009": the date beside the subject, not the relations' of 1992
            int distance = subjectAt.stream().mapToInt(x -> Math.abs(x - at)).min().orElse(Integer.MAX_VALUE);
            if (fit > 0 && at >= 0 && (distance < bestDistance || distance == bestDistance && fit > bestFit)) {
                best = f;
                bestFit = fit;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The sentence itself holds every word of what a question put for confirmation asks about (its subject). */
    private boolean holdsSubject(Question q, QuestionWords words, Scorer.Scored s) {
        double[] held = words.matchAll(s.reading(), weights);
        for (int i = 0; i < held.length; i++) {
            Question.Term t = words.words().get(i).term();
            // a name must be there itself, not another holder of its role ("President Tokayev" for "Macron");
            // a thing may be named as a kind of it ("Macron's visit" for "Macron's trip")
            if (t.subject() && held[i] < (t.name() ? weights.matchSynonym() : weights.matchHyponym())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "kz pakistan trade 2023", "what's the trade target": a figure of the sentence that fits the
     * question's year and subject leads the description; a premise's date is checked.
     */
    private Optional<Fact> figureFor(Question q, QuestionWords words, Scorer.Scored s) {
        boolean terse = q.years().isEmpty() && !q.focus().present() && q.premiseYear().isEmpty();
        AnswerType as = q.premiseYear().isPresent() ? AnswerType.DATE : AnswerType.AMOUNT;
        Question typed = q.withType(as);
        Fact best = null;
        double bestPlaced = 0;
        for (Fact f : s.reading().record().facts()) {
            double fit = scorer.fit(typed, words, f, s.reading(), s.previous());
            double placed = scorer.placedFit(typed, words, f, s.reading(), s.previous());
            // a question without years or focus ("kazakhstan natural gas reserves") takes a measure only when it
            // stands in the clause that holds the question's words
            boolean measured = f.kind() == kzbot.domain.FactKind.MONEY || f.kind() == kzbot.domain.FactKind.QUANTITY
                    || f.kind() == kzbot.domain.FactKind.PERCENT;
            boolean fits = terse ? measured && placed >= 0.9 * fit && fit >= weights.acceptFactFit()
                    : q.focus().present() || !q.years().isEmpty() && f.year().isPresent() || q.premiseYear().isPresent();
            if (fit >= weights.acceptFactFit() && placed > bestPlaced && fits) {
                best = f;
                bestPlaced = placed;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A question with a year wants a sentence that says something of that year, not only compares with it. */
    private boolean yearFits(Question q, Scorer.Scored s) {
        if (q.years().isEmpty() || q.premiseYear().isPresent()) {
            return true;
        }
        for (Fact f : s.reading().record().facts()) {
            if (f.year().isPresent() && q.years().contains(f.year().getAsInt()) && scorer.matcher().timeFits(q, f, s.reading(), s.previous())) {
                return true;
            }
        }
        return false;
    }

    /** How far down the ranking a decline looks for what the sources give instead. */
    private static final int NEAREST_RANK = 3;

    /**
     * A fact of the kind asked in one of the best sentences, which holds most of the question's
     * words but whose fact did not fit (another verb, another noun, a target not a result): what
     * the sources give instead, quoted in the decline.
     */
    private Optional<Scorer.Scored> nearest(Question q, List<Scorer.Scored> ranked) {
        if (!q.type().isFigure()) {
            return Optional.empty(); // a name or a date near the question's words is as likely about something else
        }
        java.util.Set<String> asked = new java.util.HashSet<>();
        q.terms().forEach(t -> asked.add(t.lemma()));
        for (Scorer.Scored s : ranked.subList(0, Math.min(NEAREST_RANK, ranked.size()))) {
            if (s.coverage() < weights.acceptDescription() || !s.essential()) {
                continue;
            }
            for (Fact f : s.reading().record().facts()) {
                boolean thatYear = q.years().isEmpty() || f.year().isPresent() && q.years().contains(f.year().getAsInt());
                // the same thing counted or measured ("people", asked "how many died"), not any figure nearby
                String noun = f.frame().noun();
                boolean same = q.focus().present() ? scorer.matcher().relatedness(q.focus().lemma(), noun) > 0.5
                        : asked.contains(noun);
                if (scorer.matcher().kindFits(q, f) && thatYear && !noun.isEmpty() && same) {
                    return Optional.of(new Scorer.Scored(s.reading(), s.previous(), s.score(), s.coverage(), Optional.of(f), s.fit(),
                            s.essential()));
                }
            }
        }
        return Optional.empty();
    }

    /** The article asked about; {@code lastCited}, the one article the last answer quoted, when the question names none. */
    private Answer aboutTheArticle(Question q, Optional<String> lastCited) {
        Question.MetaField field = q.metadata().orElseThrow();
        QuestionWords words = QuestionWords.of(q, wordsContext);
        List<Scorer.Scored> ranked = scorer.rank(q, words, candidates.read(candidates.find(q, words)), candidates);
        Map<String, Double> byDocument = new LinkedHashMap<>();
        for (Scorer.Scored s : ranked.subList(0, Math.min(10, ranked.size()))) {
            byDocument.merge(s.reading().record().sentence().docId(), s.coverage(), Math::max);
        }
        double heaviest = words.words().stream().mapToDouble(QuestionWords.Word::weight).max().orElse(1);
        Optional<Document> d = metadata.article(q, doc -> byDocument.getOrDefault(doc.id(), 0.0) * 2,
                t -> words.words().stream().filter(w -> w.term().equals(t)).mapToDouble(w -> w.weight() / heaviest).findFirst().orElse(0.5));
        if (d.isEmpty() && lastCited.isPresent()) {
            d = metadata.documents().stream().filter(x -> x.id().equals(lastCited.get())).findFirst();
        }
        // "who wrote this article", of several, with none quoted before: the newest, said to be so; with no
        // newest (dates missing or equal) kzbot asks which
        boolean newest = false;
        if (d.isEmpty() && q.partners().isEmpty() && metadata.documents().size() > 1) {
            d = metadata.newest();
            newest = d.isPresent();
            if (d.isEmpty()) {
                return new Answer.Declined(Replies.whichArticle(metadata.documents()), q.interpretation());
            }
        }
        if (d.isEmpty()) {
            return decline(q, Optional.empty());
        }
        String value = Metadata.value(d.get(), field);
        if (value.isEmpty()) {
            return new Answer.Declined("The article \u201c" + d.get().title() + "\u201d does not say "
                    + switch (field) {
                        case AUTHOR -> "who wrote it.";
                        case PUBLISHER -> "who published it.";
                        case PUBLISHED -> "when it was published.";
                        case TITLE -> "its title.";
                    }, q.interpretation());
        }
        Composer.Draft draft = composer.draft();
        int n = draft.citeField(d.get(), Metadata.field(field), value);
        StringBuilder text = new StringBuilder(Metadata.sentence(d.get(), field, value) + " [" + n + "]");
        // "which paper ran it and when was it published": every field asked, each cited
        for (Question.MetaField also : Metadata.alsoAsked(q, field)) {
            String v = Metadata.value(d.get(), also);
            if (!v.isEmpty()) {
                int m = draft.citeField(d.get(), Metadata.field(also), v);
                text.append("; ").append(Metadata.sentence(d.get(), also, v).replaceFirst("^It was", "it was")).append(" [").append(m).append("]");
            }
        }
        draft.append(text + " \u2014 " + d.get().title()
                + (newest ? " (the newest of my articles; to ask about another, name its country or subject)" : "")
                + ".");
        return draft.found(q.interpretation());
    }

    /**
     * Where the article's story takes place: the names after "in" or "at" in its first sentence of
     * text ("…signed a package of mining agreements in Astana on Monday"), which the rest of the
     * article does not repeat, as a news story's lead sets the scene once.
     */
    private java.util.Set<String> setting(Document d) {
        java.util.Set<String> out = new java.util.HashSet<>();
        store.sentencesAt(d.id(), 0, 12).stream().filter(s -> s.kind() == kzbot.domain.SentenceKind.TEXT && s.text().length() >= 60)
                .findFirst().ifPresent(lead -> {
                    java.util.regex.Matcher m = SETTING.matcher(lead.text());
                    while (m.find()) {
                        out.add(kzbot.text.Tokens.fold(m.group(1)));
                    }
                });
        return out;
    }

    private static final java.util.regex.Pattern SETTING = java.util.regex.Pattern.compile("\\b(?:in|at)\\s+(\\p{Lu}[\\p{L}-]+)\\b");

    /** "Tell me about Kazakhstan–Malaysia relations": the opening sentences of the partner's article. */
    private Answer overview(Question q) {
        for (Document d : documents) {
            if (!q.partners().contains(d.partner())) {
                continue;
            }
            List<kzbot.domain.Sentence> opening = store.sentencesAt(d.id(), 0, 12).stream()
                    .filter(s -> s.kind() == kzbot.domain.SentenceKind.TEXT && s.text().length() >= 60).limit(2).toList();
            if (!opening.isEmpty()) {
                Composer.Draft draft = composer.draft();
                opening.forEach(s -> composer.add(draft, s));
                return draft.found(q.interpretation());
            }
        }
        return decline(q, Optional.empty());
    }

    /** The question counts people ("students", "migrants"): a decline says "who", not "that". */
    private boolean personal(Question q) {
        return q.focus().present() && language.lexicon().kinds(q.focus().lemma()).contains("person");
    }

    private Answer decline(Question q, Optional<Scorer.Scored> nearest) {
        Map<Topic, Integer> topics = q.partners().isEmpty() ? Map.of()
                : covered.get(q.partners().get(0), p -> Collections.unmodifiableMap(store.topicCounts(p)));
        if (nearest.isEmpty()) {
            return new Answer.Declined(Declines.text(q, topics, Optional.empty(), personal(q)), q.interpretation());
        }
        Composer.Draft d = composer.draft();
        Fact f = nearest.get().fact().orElseThrow();
        kzbot.domain.Sentence s = nearest.get().reading().record().sentence();
        int n = d.cite(s);
        d.append(Declines.text(q, topics, Optional.of(f), personal(q)) + " \u201c" + Composer.shown(s) + "\u201d [" + n + "]");
        return d.declined(q.interpretation());
    }
}
