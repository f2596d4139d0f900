package kzbot.answer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import kzbot.domain.Document;
import kzbot.domain.Entity;
import kzbot.domain.Fact;
import kzbot.domain.Intent;
import kzbot.domain.Interpretation;
import kzbot.domain.Sentence;
import kzbot.domain.SentenceKind;
import kzbot.nlu.Interpreter;
import kzbot.store.FactStore;
import kzbot.store.SentenceRecord;

/**
 * Turns a question into a cited answer, or an honest decline when the sources do not support one.
 * Stateless: a conversation's memory comes in and goes out with each turn. Thread-safe.
 */
public final class Answerer {
    /** Questions longer than this are refused, not truncated. */
    public static final int MAX_QUESTION_CHARS = 1_000;
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^(and|what about|how about|what of|and what about|also)\\b|\\b(it|they|them|that|this|those|he|she|his|her)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final double SIDE_BY_SIDE = 0.8;
    private static final int MAX_FIGURES = 3;
    /** A short question with this many content words of its own is first read on its own. */
    private static final int STANDS_ALONE = 3;
    /** Sentences kept in memory with their stems between questions: a few MB at most. */
    static final int CACHED_SENTENCES = 4_096;

    private final FactStore store;
    private final Interpreter interpreter;
    private final Retriever retriever;
    private final Composer composer;
    private final List<Document> documents;
    private final List<String> partners;
    /** What the sources cover of each partner asked about, for declines: read-only, so read once. */
    private final kzbot.text.BoundedCache<String, Map<kzbot.domain.Topic, Integer>> covered = new kzbot.text.BoundedCache<>(1_024);

    public Answerer(FactStore store, Interpreter interpreter) {
        this.store = store;
        this.interpreter = interpreter;
        this.retriever = new Retriever(store, CACHED_SENTENCES);
        this.documents = store.documents();
        Map<String, Document> byId = new LinkedHashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        this.composer = new Composer(store, byId);
        this.partners = documents.stream().map(Document::partner).filter(p -> !p.isEmpty()).distinct().sorted().toList();
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

    /** One question and what the conversation remembers after it. */
    public record Turn(Answer answer, Conversation conversation) {
    }

    /** A question with no conversation around it. */
    public Answer answer(String question) {
        return respond(question, Conversation.EMPTY, Instant.EPOCH).answer();
    }

    public Turn respond(String question, Conversation memory, Instant now) {
        String q = clean(question);
        if (q.length() > MAX_QUESTION_CHARS) {
            Interpretation none = interpreter.interpret("");
            return new Turn(new Answer.Declined(Replies.tooLong(MAX_QUESTION_CHARS), none), memory);
        }
        Interpretation in = interpreter.interpret(q);
        if (notEnglish(q, in)) {
            return new Turn(new Answer.Declined(Replies.english(partners), in), memory);
        }
        if (q.isEmpty() || q.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new Turn(new Answer.Chat(Replies.empty(), in), memory);
        }
        QuestionAnalysis alone = QuestionAnalysis.of(in);
        QuestionAnalysis a = followUp(alone, memory, now);
        boolean aloneTried = a != alone && alone.terms().size() >= STANDS_ALONE
                && (alone.interpretation().intent().asksForFacts() || alone.interpretation().intent() == Intent.SOURCES);
        if (aloneTried) {
            // "Which newspaper reported the visit?" after a Pakistan question: its own words find its
            // answer; read as a follow-up about Pakistan it would take any organisation there
            Answer own = facts(alone);
            if (own.answered()) {
                return new Turn(own, remember(alone, own, now, memory));
            }
        }
        boolean chat = in.confident() || !hasSubstance(a);
        Answer answer = switch (a.interpretation().intent()) {
            case GREETING -> chat ? new Answer.Chat(Replies.greeting(partners), in) : facts(a);
            case HELP -> chat ? new Answer.Chat(Replies.help(partners), in) : facts(a);
            case THANKS -> chat ? new Answer.Chat(Replies.thanks(), in) : facts(a);
            case SOURCES -> a.terms().size() >= 2 ? facts(a) : new Answer.Chat(Replies.sources(
                    memory.isFresh(now) ? memory.citations() : List.of(), documents), in);
            case OUT_OF_SCOPE -> in.confident() ? new Answer.Declined(Replies.outOfScope(partners), in) : facts(a);
            default -> facts(a);
        };
        if (!answer.answered() && a != alone && !aloneTried && alone.interpretation().intent().asksForFacts()) {
            // read as a follow-up it found nothing; the question may stand on its own
            Answer own = facts(alone);
            if (own.answered()) {
                answer = own;
                a = alone;
            }
        }
        return new Turn(answer, remember(a, answer, now, memory));
    }

    /** What the conversation remembers after an answer: the question's reading, or the old memory after a miss. */
    private static Conversation remember(QuestionAnalysis a, Answer answer, Instant now, Conversation memory) {
        return answer.answered()
                ? new Conversation(a.partners(), a.interpretation().intent(), a.wanted(), a.topics(), a.years(),
                answer.citations(), now)
                : memory;
    }

    /** Control characters and unpaired surrogates out, white space folded: what the user meant to type. */
    static String clean(String question) {
        if (question == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(question.length());
        for (int i = 0; i < question.length(); i++) {
            char c = question.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < question.length() && Character.isLowSurrogate(question.charAt(i + 1))) {
                sb.append(c).append(question.charAt(++i));
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && !Character.isWhitespace(c))
                    || Character.getType(c) == Character.FORMAT) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * Mostly letters of another script (Cyrillic, Arabic, Chinese…) and nothing kzbot recognised:
     * it answers in English rather than guess.
     */
    private static boolean notEnglish(String q, Interpretation in) {
        long letters = q.codePoints().filter(Character::isLetter).count();
        long latin = q.codePoints().filter(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
        boolean understood = in.entities().stream().anyMatch(e -> e.type() != Entity.Type.TOPIC);
        return letters > 0 && latin * 2 < letters && !understood;
    }

    /** A question that names a partner, a topic or several content words is worth looking up. */
    private static boolean hasSubstance(QuestionAnalysis a) {
        return !a.partners().isEmpty() || !a.interpretation().entities(Entity.Type.TOPIC).isEmpty() || a.terms().size() >= 3;
    }

    /** Reads a short or pronoun question in the light of the previous one. */
    private static QuestionAnalysis followUp(QuestionAnalysis a, Conversation memory, Instant now) {
        String q = a.interpretation().question().toLowerCase(Locale.ROOT);
        boolean short_ = SPACES.split(q).length <= 6;
        if (!memory.isFresh(now) || !(short_ || FOLLOW_UP.matcher(q).find())) {
            return a;
        }
        boolean topicless = a.interpretation().entities(Entity.Type.TOPIC).isEmpty();
        boolean chat = !a.interpretation().intent().asksForFacts() && a.interpretation().intent() != Intent.SOURCES
                && a.interpretation().intent() != Intent.OUT_OF_SCOPE;
        if (chat || (!topicless && !a.partners().isEmpty())) {
            return a;
        }
        List<String> partners = a.partners().isEmpty() ? memory.partners() : a.partners();
        boolean samePartners = partners.equals(memory.partners());
        List<Integer> years = !a.years().isEmpty() ? a.years() : samePartners && topicless ? memory.years() : List.of();
        Interpretation in = a.interpretation();
        if (topicless) {
            in = new Interpretation(in.question(), memory.intent(), in.confidence(), in.alternatives(), in.entities(), true);
        }
        Wanted wanted = topicless && a.wanted() == Wanted.DESCRIPTION ? memory.wanted() : a.wanted();
        List<kzbot.domain.Topic> topics = topicless ? memory.topics() : a.topics();
        return new QuestionAnalysis(in, wanted, partners, years, a.personCountry(), a.terms(), topics, a.countNoun(),
                a.placeWords());
    }

    private Answer facts(QuestionAnalysis asked) {
        Interpretation in = asked.interpretation();
        // "Who is Mohd Faiz Abdullah?" asks for a description of a named person, not for a name
        boolean aboutNamedPerson = asked.wanted() == Wanted.PERSON && !in.entities(Entity.Type.PERSON).isEmpty();
        QuestionAnalysis a = aboutNamedPerson ? new QuestionAnalysis(in, Wanted.DESCRIPTION, asked.partners(), asked.years(),
                Optional.empty(), asked.terms(), asked.topics(), asked.countNoun(), asked.placeWords()) : asked;
        List<Candidate> ranked = withAcronyms(retriever.candidates(a), a);
        if (a.wanted().isValue()) {
            List<Candidate> ok = ranked.stream().filter(c -> !c.answers().isEmpty() && relevantToFigure(c)).toList();
            return ok.isEmpty() ? decline(a) : composer.found(composer.figures(sideBySide(ok, a), a), in);
        }
        if (a.terms().isEmpty() && in.intent() == Intent.OVERVIEW) {
            return overview(a);
        }
        List<Candidate> ok = ranked.stream().filter(c -> relevant(c, a)).toList();
        if (ok.isEmpty()) {
            return decline(a);
        }
        List<Candidate> figures = yearFigures(ok, a);
        return composer.found(figures.isEmpty() ? composer.description(ok) : composer.figures(figures, a), in);
    }

    /**
     * "kz pakistan trade 2023", "trade in 2018 and 2023": a question with years is after the figures
     * of those years, one sentence per year, if the best sentence holds one.
     */
    private static List<Candidate> yearFigures(List<Candidate> ok, QuestionAnalysis a) {
        List<Candidate> out = new ArrayList<>();
        for (int year : a.years()) {
            for (Candidate c : ok) {
                List<Fact> figures = c.record().facts().stream()
                        .filter(f -> Wanted.AMOUNT.kinds().contains(f.kind()) && f.year().isPresent()
                                && f.year().getAsInt() == year && a.topics().contains(f.topic())
                                && !"target".equals(f.qualifier()))
                        .toList();
                if (!figures.isEmpty() && out.stream().noneMatch(o -> o.id() == c.id())) {
                    out.add(new Candidate(c.record(), c.score(), c.coverage(), c.topicFit(), strongest(figures),
                            c.namedPartners(), c.namedElsewhere()));
                    break;
                }
            }
        }
        return out.isEmpty() || out.get(0).id() != ok.get(0).id() && a.years().size() == 1 ? List.of() : out;
    }

    /** Money before quantities, counts and percentages: "$28 million", not "12%" of growth. */
    private static List<Fact> strongest(List<Fact> figures) {
        for (kzbot.domain.FactKind k : Wanted.AMOUNT.kinds()) {
            List<Fact> of = figures.stream().filter(f -> f.kind() == k).toList();
            if (!of.isEmpty()) {
                return of;
            }
        }
        return figures;
    }

    /** "What does APP stand for?": when some sentence has the question's acronyms, only those sentences count. */
    private List<Candidate> withAcronyms(List<Candidate> ranked, QuestionAnalysis a) {
        List<String> acronyms = a.acronyms();
        if (acronyms.isEmpty()) {
            return ranked;
        }
        List<Candidate> with = ranked.stream().filter(c -> {
            List<String> stems = retriever.stems(c);
            return acronyms.stream().allMatch(x -> Terms.contains(stems, x) || Terms.spells(c.text(), x));
        }).toList();
        return with.isEmpty() ? ranked : with;
    }

    private static boolean relevantToFigure(Candidate c) {
        return c.coverage() >= 0.3 || c.topicFit() >= 1.0;
    }

    private static boolean relevant(Candidate c, QuestionAnalysis a) {
        if (a.partners().size() >= 2 && c.namedPartners() == a.partners().size()) {
            return true;
        }
        if (!a.partners().isEmpty() && c.namedElsewhere() == a.partners().size()) {
            return true; // a sentence that names the partner in an article about someone else is about it
        }
        if (a.terms().isEmpty()) {
            return c.topicFit() >= 1.0 && !a.partners().isEmpty();
        }
        return c.coverage() >= 0.5 || (c.coverage() >= 0.25 && c.topicFit() >= 0.5);
    }

    /** The best figure, and beside it the same kind of figure for other years or from other sources. */
    private static List<Candidate> sideBySide(List<Candidate> ok, QuestionAnalysis a) {
        Candidate best = ok.get(0);
        Fact bestFact = Composer.bestFact(best, a);
        List<Candidate> out = new ArrayList<>(List.of(best));
        for (Candidate c : ok.subList(1, ok.size())) {
            if (out.size() >= MAX_FIGURES || c.score() < SIDE_BY_SIDE * best.score()) {
                break;
            }
            Fact f = Composer.bestFact(c, a);
            boolean sameMeasure = f.kind() == bestFact.kind() && f.unit().equals(bestFact.unit()) && f.topic() == bestFact.topic();
            boolean differs = !f.year().equals(bestFact.year()) || !f.docId().equals(bestFact.docId());
            boolean yearAsked = a.years().size() > 1 && f.year().isPresent() && a.years().contains(f.year().getAsInt());
            if ((sameMeasure && differs && f.valueNum().equals(bestFact.valueNum()) == false) || yearAsked) {
                out.add(c);
            }
        }
        return out;
    }

    /** "Tell me about Kazakhstan–Malaysia relations": the opening sentences of the partner's article. */
    private Answer overview(QuestionAnalysis a) {
        for (Document d : documents) {
            if (!a.partners().contains(d.partner())) {
                continue;
            }
            List<Sentence> opening = store.sentencesAt(d.id(), 0, 12).stream()
                    .filter(s -> s.kind() == SentenceKind.TEXT && s.text().length() >= 60).limit(2).toList();
            if (!opening.isEmpty()) {
                Map<Long, SentenceRecord> records = store.sentences(opening.stream().map(Sentence::id).toList());
                List<Candidate> cs = records.values().stream().map(r -> new Candidate(r, 1, 1, 1, List.of(), 0, 0)).toList();
                return composer.found(composer.description(cs), a.interpretation());
            }
        }
        return decline(a);
    }

    private Answer decline(QuestionAnalysis a) {
        Map<kzbot.domain.Topic, Integer> topics = a.partners().isEmpty() ? Map.of()
                : covered.computeIfAbsent(a.partners().get(0), p -> java.util.Collections.unmodifiableMap(store.topicCounts(p)));
        return new Answer.Declined(Replies.declined(a, topics), a.interpretation());
    }
}
