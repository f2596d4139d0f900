package kzbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import kzbot.domain.Fact;
import kzbot.domain.FactKind;
import kzbot.domain.Frame;
import kzbot.domain.Place;
import kzbot.domain.Question;
import kzbot.domain.Question.AnswerType;
import kzbot.text.Gazetteer;
import kzbot.text.LegalForms;
import kzbot.text.Lexicon;
import kzbot.text.Token;
import kzbot.text.Tokens;
import kzbot.text.WordLists;

/**
 * Checks a fact's frame against what a question asks, before the fact is given as an answer: its
 * kind against the answer type, the noun it counts or names against the question's focus (through
 * WordNet's relations), the verb of its clause against the question's, its year's part against the
 * question's year, a goal against a figure reached, a date's precision against the one asked. The
 * fit is between 0 (it does not answer) and 1.
 */
final class FactMatcher {
    private static final Map<AnswerType, Map<FactKind, Double>> KINDS = Map.ofEntries(
            Map.entry(AnswerType.COUNT, Map.of(FactKind.COUNT, 1.0, FactKind.QUANTITY, 0.5)),
            Map.entry(AnswerType.AMOUNT, Map.of(FactKind.MONEY, 1.0, FactKind.QUANTITY, 1.0, FactKind.COUNT, 1.0, FactKind.PERCENT, 0.7)),
            Map.entry(AnswerType.MONEY, Map.of(FactKind.MONEY, 1.0)),
            Map.entry(AnswerType.CHANGE, Map.of(FactKind.PERCENT, 1.0)),
            Map.entry(AnswerType.PERCENT, Map.of(FactKind.PERCENT, 1.0)),
            Map.entry(AnswerType.DURATION, Map.of(FactKind.COUNT, 1.0, FactKind.QUANTITY, 1.0)),
            Map.entry(AnswerType.DATE, Map.of(FactKind.DATE, 1.0, FactKind.YEAR, 0.9)),
            Map.entry(AnswerType.PERSON, Map.of(FactKind.PERSON, 1.0, FactKind.NAME, 0.5)),
            Map.entry(AnswerType.AGENT, Map.of(FactKind.PERSON, 1.0, FactKind.ORGANISATION, 1.0, FactKind.NAME, 0.9)),
            Map.entry(AnswerType.PLACE, Map.of(FactKind.PLACE, 1.0, FactKind.NAME, 0.9)),
            Map.entry(AnswerType.NAME, Map.of(FactKind.NAME, 1.0, FactKind.ORGANISATION, 1.0, FactKind.PLACE, 0.9, FactKind.PERSON, 0.6)),
            Map.entry(AnswerType.WHICH, Map.of(FactKind.NAME, 1.0, FactKind.ORGANISATION, 1.0, FactKind.PLACE, 0.9, FactKind.PERSON, 0.8)));
    /** Units of length: what "how long is the line" asks for. */
    private static final Set<String> LENGTHS = Set.of("km", "miles");

    /** The question asks about the past: "when did…", "when was… held". */
    private static boolean asksPast(Question q) {
        for (kzbot.domain.Word w : q.words()) {
            String t = Tokens.fold(w.text());
            if (t.equals("did") || t.equals("was") || t.equals("were")) {
                return true;
            }
        }
        return false;
    }

    /** "will", "going to", "is … investing": the question asks what is under way or to come. */
    private static boolean asksFuture(Question q) {
        List<kzbot.domain.Word> ws = q.words();
        for (int i = 0; i < ws.size(); i++) {
            String t = Tokens.fold(ws.get(i).text());
            if (t.equals("will") || t.equals("gonna") || t.equals("going") && i + 1 < ws.size() && Tokens.fold(ws.get(i + 1).text()).equals("to")
                    || ws.get(i).isVerb() && t.endsWith("ing") && ws.subList(0, i).stream().anyMatch(w -> w.lemma().equals("be"))) {
                return true;
            }
        }
        return false;
    }

    /** "did", "was", "has … delivered": the question asks what was done, not what is planned. */
    private static boolean asksAchieved(Question q) {
        return asksPast(q) || q.words().stream().anyMatch(w -> w.tag().equals("AUX") && w.lemma().equals("have"));
    }

    /** What a figure's noun fit keeps when the question says whose ("Kazakh students") and the figure's noun does not. */
    private static final double UNQUALIFIED = 0.8;

    /** What a date's fit keeps when it dates a thing the question does not name. */
    private static final double UNASKED_THING = 0.6;
    /** Nouns for any business (question-cues.tsv, "firm"). */
    static final Set<String> FIRMS = WordLists.QUESTION_CUES.get("firm");
    /** Last words of a business's registered name (question-cues.tsv, "firmname"). */
    private static final Set<String> FIRM_NAMES = WordLists.QUESTION_CUES.get("firmname");

    /** The question names a common noun: a thing whose date it asks. */
    private static boolean asksAbout(Question q) {
        return q.terms().stream().anyMatch(t -> t.tag().equals("NOUN") && !t.name());
    }

    /** What a name's fit keeps when the question asks who does something and the name is what it is done to. */
    private static final double ACTED_ON = 0.5;

    /** Verbs that say little about what was done: a question asking with them is not checked against the fact's verb. */
    private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "go", "get", "make", "take", "give", "come", "say",
            "tell", "know", "need", "want", "see", "look", "find", "happen", "stand", "mean", "use");

    /** Verbs that say an event took place (question-cues.tsv, "event"). */
    private static final Set<String> EVENT_VERBS = WordLists.QUESTION_CUES.get("event");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    /** What is worked out once per question for every fact it is checked against (by identity, weakly held). */
    private final Cache<AskedKey, Asked> asked = Caffeine.newBuilder().maximumSize(1_024).build();

    /** What an {@link Asked} depends on: the question's words, type, focus and verb (a retyped copy shares it). */
    private record AskedKey(String text, AnswerType type, Question.Focus focus, String predicate) {
    }

    /**
     * A question's folded words, the units it names, whether it asks for part of a year, who does
     * what it asks ({@code agents}), the places after its verb ({@code destinations}), and those of
     * them after "in", "into" or "to" that are not Kazakhstan ({@code into}).
     */
    private record Asked(List<String> folded, List<String> units, boolean part, boolean actor, String verbStem, Set<String> agents,
                         Set<String> destinations, Set<String> into, Set<String> places) {
    }

    private final java.util.function.UnaryOperator<String> stem;
    /** What a figure's verb counts for when the figure's noun is the question's, modifiers and all. */
    private static final double SPECIFIC_NOUN_VERB = 0.6;

    FactMatcher(Lexicon lexicon, Gazetteer gazetteer, java.util.function.UnaryOperator<String> stem) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.stem = stem;
    }

    private Asked asked(Question q) {
        return asked.get(new AskedKey(q.text(), q.type(), q.focus(), q.predicate()), k -> compute(q));
    }

    private Asked compute(Question x) {
        return (new Asked(Tokens.of(x.text()).stream().map(t -> Tokens.fold(t.text())).toList(),
                kzbot.text.Units.named(x.text()), asksPart(x), asksActor(x),
                x.predicate().isEmpty() || x.predicate().contains(" ") ? "" : stem.apply(x.predicate()), agents(x),
                afterTheVerb(x, false), afterTheVerb(x, true), places(x.words().stream().map(kzbot.domain.Word::text).toList())));
    }

    /** The places after the question's verb ("visited spain"); with {@code into}, only those after "in", "into", "to", not Kazakhstan. */
    private Set<String> afterTheVerb(Question q, boolean into) {
        Set<String> out = new HashSet<>();
        List<kzbot.domain.Word> words = q.words();
        boolean afterVerb = false;
        for (int i = 0; i < words.size(); i++) {
            boolean located = i > 0 && Set.of("in", "into", "to").contains(Tokens.fold(words.get(i - 1).text()));
            if (afterVerb && (!into || located)) {
                gazetteer.place(words.get(i).text()).filter(p -> !into || !p.isSubject()).ifPresent(p -> out.add(p.name()));
            }
            afterVerb |= words.get(i).isVerb() && words.get(i).lemma().equals(q.predicate());
        }
        return Set.copyOf(out);
    }

    /** The places before the question's verb: who does it ("how much has Mongolia invested…" → Mongolia). */
    private Set<String> agents(Question q) {
        Set<String> out = new HashSet<>();
        for (kzbot.domain.Word w : q.words()) {
            if (w.isVerb() && w.lemma().equals(q.predicate())) {
                return out;
            }
            gazetteer.place(w.text()).ifPresent(p -> out.add(p.name()));
        }
        return Set.of();
    }

    /**
     * The figure's clause has a country as its subject, and the question asks what another country
     * did: "how much did Poland export to Kazakhstan" is not answered by "Kazakhstan sold Poland $480 million".
     */
    private boolean otherActor(Question q, Fact f) {
        Set<String> agents = asked(q).agents();
        if (agents.isEmpty() || f.frame().noun().isEmpty()) {
            return false;
        }
        if (gazetteer.place(f.frame().noun()).map(p -> !agents.contains(p.name())).orElse(false)) {
            return true;
        }
        // "Polish exports…" are Poland's, not Kazakhstan's; a name ("the agency Kazakh Invest") owns nothing
        String text = f.frame().nounText();
        String head = text.substring(text.lastIndexOf(' ') + 1);
        if (head.isEmpty() || Character.isUpperCase(head.codePointAt(0))) {
            return false;
        }
        Set<String> owners = new HashSet<>();
        for (String m : f.frame().modifiers()) {
            gazetteer.place(m).ifPresent(p -> owners.add(p.name()));
        }
        return !owners.isEmpty() && java.util.Collections.disjoint(owners, agents);
    }

    /**
     * "how much has Mongolia invested in Kazakhstan" against "Kazakh companies have invested about
     * $85 million in Mongolia": the sentence's doer is another country, and the question's doer is
     * where the sentence's figure goes. The other way round is not an answer.
     */
    private boolean reversed(Question q, SentenceReading s) {
        Asked a = asked(q);
        if (a.agents().isEmpty() || a.verbStem().isEmpty()) {
            return false;
        }
        List<Token> tokens = s.tokens();
        int verb = -1;
        for (int i = 0; i < tokens.size() && verb < 0; i++) {
            if (s.stems().get(i).equals(a.verbStem())) {
                verb = i;
            }
        }
        if (verb < 0) {
            return false;
        }
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Place> p = gazetteer.place(tokens.get(i).text());
            if (p.isEmpty()) {
                continue;
            }
            if (i < verb) {
                before.add(p.get().name());
            } else if (i > 0 && Set.of("in", "into", "to").contains(Tokens.fold(tokens.get(i - 1).text()))) {
                after.add(p.get().name());
            }
        }
        return !before.isEmpty() && java.util.Collections.disjoint(before, a.agents())
                && !java.util.Collections.disjoint(after, a.agents());
    }

    /**
     * "how many kazakh tourists visited spain" against "Kazakhstan welcomed 18,400 visitors from
     * Spain": the sentence's people come from the place the question sends its own people to.
     */
    private boolean comesFromTheDestination(Question q, SentenceReading s, Fact f) {
        Set<String> agents = asked(q).agents();
        String noun = Tokens.fold(f.frame().nounText());
        if (agents.isEmpty() || noun.isEmpty()) {
            return false;
        }
        // where the figure's own things come from: "visitors from Spain", not "imports from Kazakhstan" of another clause
        String head = noun.substring(noun.lastIndexOf(' ') + 1);
        List<Token> tokens = s.tokens();
        Set<String> origins = new HashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (Tokens.fold(tokens.get(i).text()).equals(head) && Tokens.fold(tokens.get(i + 1).text()).equals("from")) {
                int at = i + 2 < tokens.size() - 1 && Tokens.fold(tokens.get(i + 2).text()).equals("the") ? i + 3 : i + 2;
                gazetteer.place(tokens.get(at).text()).ifPresent(p -> origins.add(p.name()));
            }
        }
        return !origins.isEmpty() && java.util.Collections.disjoint(origins, agents)
                && !java.util.Collections.disjoint(origins, asked(q).destinations());
    }

    /**
     * "how much has Kazakhstan invested in Thailand": Kazakhstan's own flow into a partner is in a
     * sentence that names the partner; the articles tell of partners' money coming the other way,
     * and a sentence on "a $60 million investment … in Karaganda" is one of those.
     */
    private boolean notIntoThePartner(Question q, SentenceReading s, java.util.Optional<SentenceReading> previous) {
        Set<String> agents = asked(q).agents();
        if (agents.size() != 1 || !gazetteer.byCanonicalName(agents.iterator().next()).map(Place::isSubject).orElse(false)) {
            return false;
        }
        Set<String> into = asked(q).into();
        if (into.isEmpty()) {
            return false;
        }
        return !names(s, into) && !(previous.isPresent() && names(previous.get(), into));
    }

    /** The sentence names one of these places, by name or by its people ("Thai"). */
    private boolean names(SentenceReading s, Set<String> places) {
        return s.tokens().stream().anyMatch(t -> gazetteer.place(t.text()).map(p -> places.contains(p.name())).orElse(false));
    }

    private static final Set<String> ORDINALS = Set.copyOf(kzbot.text.WordLists.ORDINALS);
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("(?i)^\\d+(st|nd|rd|th)$");

    private static boolean ordinal(String folded) {
        return ORDINALS.contains(folded) || ORDINAL.matcher(folded).matches();
    }

    /** The ordinal before each noun, as a number: "second phase" → phase=2, "11th session" → session=11, "1st meeting" → meeting=1. */
    private static java.util.Map<String, String> ordinals(List<String> folded) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i + 1 < folded.size(); i++) {
            String o = folded.get(i);
            if (ordinal(o)) {
                int word = kzbot.text.WordLists.ORDINALS.indexOf(o);
                out.put(singular(folded.get(i + 1)), word >= 0 ? String.valueOf(word + 1) : o.replaceAll("\\D", ""));
            }
        }
        return out;
    }

    /** "how much will the second phase cost" is not answered by "the first phase cost €38 million". */
    private boolean anotherOrdinal(Question q, SentenceReading s) {
        java.util.Map<String, String> asked = ordinals(asked(q).folded());
        if (asked.isEmpty()) {
            return false;
        }
        java.util.Map<String, String> said = ordinals(s.tokens().stream().map(t -> Tokens.fold(t.text())).toList());
        return asked.entrySet().stream().anyMatch(e -> said.containsKey(e.getKey()) && !said.get(e.getKey()).equals(e.getValue()));
    }

    /**
     * "which German firm is developing…", "who runs…": the name asked for is the one that does what
     * the verb says, not the one it is done to ("is developing Hyrasia One").
     */
    private static boolean asksActor(Question q) {
        if (!(q.type() == AnswerType.NAME || q.type() == AnswerType.WHICH || q.type() == AnswerType.AGENT
                || q.type() == AnswerType.PERSON)) {
            return false;
        }
        List<kzbot.domain.Word> words = q.words();
        int at = -1;
        for (int i = 0; i < words.size(); i++) {
            if (q.focus().present() ? words.get(i).lemma().equals(q.focus().lemma()) : Tokens.fold(words.get(i).text()).equals("who")) {
                at = i;
                break;
            }
        }
        if (at < 0 || at + 1 >= words.size()) {
            return false;
        }
        kzbot.domain.Word next = words.get(at + 1);
        return next.isVerb() || next.tag().equals("AUX") && !next.lemma().equals("do");
    }

    /**
     * The question names a thing by its country ("the Kazakh side", "Indian students") and the
     * sentence names that thing only as another country's ("the Hungarian side").
     */
    boolean otherSide(Question q, SentenceReading s) {
        List<kzbot.domain.Word> words = q.words();
        List<Token> tokens = s.tokens();
        Asked a = asked(q);
        if (!a.agents().isEmpty() && !q.predicate().isEmpty() && !q.predicate().contains(" ")
                && ownedByAnother(q.predicate(), a.agents(), tokens)) {
            return true; // "what did Kazakhstan export" is not answered by "Hungarian exports to Kazakhstan…"
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            Optional<Place> asked = gazetteer.place(words.get(i).text());
            if (asked.isEmpty()) {
                continue;
            }
            int k = i + 1;
            boolean possessive = words.get(k).text().equals("'s");
            if (possessive) {
                k++;
            }
            if (k >= words.size() || !words.get(k).isNoun() && !possessive || gazetteer.place(words.get(k).text()).isPresent()) {
                continue;
            }
            String noun = singular(Tokens.fold(words.get(k).text()));
            if (words.get(k).isNoun() && ownedByAnother(noun, Set.of(asked.get().name()), tokens)) {
                return true;
            }
            // "Australia's own uranium production" against "Kazakhstan produced 21,100 tonnes": the phrase's head
            // names a doing, and the sentence gives another country doing it
            while (possessive && k + 1 < words.size() && (words.get(k + 1).isNoun() || words.get(k).tag().equals("ADJ"))
                    && gazetteer.place(words.get(k + 1).text()).isEmpty()) {
                k++;
            }
            if (possessive && words.get(k).isNoun() && (doneByAnother(words.get(k).lemma(), asked.get().name(), tokens, s)
                    || possessedByAnother(words.get(k).lemma(), asked.get().name(), tokens))) {
                return true;
            }
        }
        return false;
    }

    /** How many words after "Kazakhstan's" may be the noun it owns ("Kazakhstan's total uranium output"). */
    private static final int OWNED_REACH = 3;

    /** The sentence has the noun, or a synonym of it, only as another country's: "Kazakhstan's output" for "Australia's production". */
    private boolean possessedByAnother(String noun, String asked, List<Token> tokens) {
        boolean same = false;
        boolean other = false;
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Optional<Place> owner = gazetteer.place(tokens.get(k).text());
            if (owner.isEmpty() || !tokens.get(k + 1).text().equals("s") || tokens.get(k + 1).start() != tokens.get(k).end() + 1) {
                continue;
            }
            for (int j = k + 2; j < tokens.size() && j <= k + 1 + OWNED_REACH; j++) {
                String w = singular(Tokens.fold(tokens.get(j).text()));
                if (namesTheVerb(noun, w)) {
                    // "Kazakhstan's trade with Australia" is Australia's too
                    boolean withAsked = false;
                    for (int after = j + 1; after < tokens.size() && after <= j + OWNED_REACH; after++) {
                        withAsked |= gazetteer.place(tokens.get(after).text()).map(p -> p.name().equals(asked)).orElse(false);
                    }
                    same |= owner.get().name().equals(asked) || withAsked;
                    other |= !owner.get().name().equals(asked) && !withAsked;
                    break;
                }
            }
        }
        return other && !same;
    }

    /** The stems of the verbs a noun is made from ("production": "produce"), by noun. */
    private final Cache<String, Set<String>> derivedVerbs = Caffeine.newBuilder().maximumSize(1_024).build();

    /** The sentence has the verb a noun is made from ("production": "produced") after another country and not after the asked one. */
    private boolean doneByAnother(String noun, String asked, List<Token> tokens, SentenceReading s) {
        Set<String> verbs = derivedVerbs.get(noun, n -> {
            Set<String> out = new HashSet<>();
            lexicon.senses(n).stream().filter(x -> x.pos() == 'n').findFirst()
                    .ifPresent(x -> x.derived().stream().filter(d -> lexicon.category(d, 'v').isPresent()).map(stem).forEach(out::add));
            return Set.copyOf(out);
        });
        for (int v = 0; v < tokens.size(); v++) {
            if (!verbs.contains(s.stems().get(v))) {
                continue;
            }
            Set<String> before = new HashSet<>();
            for (int i = Math.max(0, v - 6); i < v; i++) {
                gazetteer.place(tokens.get(i).text()).ifPresent(p -> before.add(p.name()));
            }
            return !before.isEmpty() && !before.contains(asked);
        }
        return false;
    }

    /** The sentence has the noun ("exports", "side") only as another country's ("Hungarian exports"), never as the asked one's or nobody's. */
    private boolean ownedByAnother(String word, Set<String> agents, List<Token> tokens) {
        boolean same = false;
        boolean other = false;
        for (int k = 1; k < tokens.size(); k++) {
            if (!singular(Tokens.fold(tokens.get(k).text())).equals(word)) {
                continue;
            }
            Optional<Place> said = owner(tokens, k);
            if (said.isEmpty() || agents.contains(said.get().name())) {
                same = true;
            } else {
                other = true;
            }
        }
        return other && !same;
    }

    /**
     * The place a noun is said to be of: the word before it ("Hungarian exports") or a possessive a
     * few modifiers back ("Sri Lanka's apparel exports").
     */
    private Optional<Place> owner(List<Token> tokens, int k) {
        Optional<Place> before = gazetteer.place(tokens.get(k - 1).text());
        if (before.isPresent()) {
            return before;
        }
        for (int j = k - 1; j >= 1 && k - j <= OWNED_REACH; j--) {
            String t = tokens.get(j).text();
            if (t.equals("s")) { // the possessive's s, its apostrophe not a token
                Optional<Place> p = gazetteer.place(tokens.get(j - 1).text());
                if (p.isEmpty() && j >= 2) {
                    p = gazetteer.place(tokens.get(j - 2).text() + " " + tokens.get(j - 1).text());
                }
                return p;
            }
            if (t.isEmpty() || !Character.isLowerCase(t.codePointAt(0))) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * "how many Kazakh students study in Germany" against "the German-Kazakh University in Almaty
     * teaches some 800 students": the question puts its figure in a country ("in", "at"), and the
     * sentence puts what it counts in places none of which is that country. Kazakhstan is never
     * checked: its cities are not in the gazetteer, and every article is about it.
     */
    private boolean elsewhere(Question q, SentenceReading s) {
        Set<String> asked = new HashSet<>();
        List<kzbot.domain.Word> words = q.words();
        for (int i = 1; i < words.size(); i++) {
            if (LOCATIVES.contains(Tokens.fold(words.get(i - 1).text()))) {
                gazetteer.place(words.get(i).text()).filter(p -> !p.isSubject()).ifPresent(p -> asked.add(p.name()));
            }
        }
        if (asked.isEmpty()) {
            return false;
        }
        List<Token> tokens = s.tokens();
        for (kzbot.text.Token t : tokens) {
            // "ROME (agency) - … signed … at Palazzo Chigi": the place asked is named, the venue is in it
            if (!t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0)) && !gazetteer.isDemonym(t.text())
                    && gazetteer.place(t.text()).map(p -> asked.contains(p.name())).orElse(false)) {
                return false;
            }
        }
        boolean located = false;
        for (int i = 1; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (!LOCATIVES.contains(Tokens.fold(tokens.get(i - 1).text())) || t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) {
                continue;
            }
            located = true;
            Optional<Place> p = gazetteer.place(t);
            if (p.isPresent() && asked.contains(p.get().name())) {
                return false;
            }
        }
        return located;
    }

    private static final Set<String> LOCATIVES = Set.of("in", "at", "inside");

    /** The name stands after the sentence's verb for the question's, and not as its agent ("… by Svevind"): what is acted on. */
    private boolean actedOn(Question q, Fact f, SentenceReading s) {
        Asked a = asked(q);
        if (!a.actor() || a.verbStem().isEmpty()) {
            return false;
        }
        String text = s.text();
        int local = f.start() - s.record().sentence().start();
        if (local < 0 || local > text.codePointCount(0, text.length())) {
            return false;
        }
        int at = text.offsetByCodePoints(0, local);
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            boolean nominal = i > 0 && Set.of("the", "a", "an").contains(Tokens.fold(tokens.get(i - 1).text())); // "the signing of"
            if (s.stems().get(i).equals(a.verbStem()) && !nominal) {
                if (tokens.get(i).start() >= at) {
                    return false; // the name comes first: it does it
                }
                String before = text.substring(0, at).stripTrailing().toLowerCase(Locale.ROOT);
                String role = f.role().toLowerCase(Locale.ROOT);
                String unroled = before.replaceFirst(",$", "").stripTrailing();
                if (!role.isEmpty() && unroled.endsWith(role)) {
                    // "signed by Canada's Minister of Energy, Harold Desrosiers": the role stands between "by" and the name
                    before = unroled.substring(0, unroled.length() - role.length()).stripTrailing();
                }
                return !before.endsWith(" by");
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern APPOSITIVE = java.util.regex.Pattern.compile("^\\s*,\\s*(?:the|a|an)\\s+([^,;]{1,60})");

    /**
     * A name the sentence describes, between commas, as the very thing the question asks about:
     * "Electrovoz Kurastyru Zauyty, the joint venture that Alstom runs" is the JV of "who runs the
     * Alstom JV", not who runs it.
     */
    private boolean describedAsAsked(Question q, Fact f, SentenceReading s) {
        if (f.kind() != FactKind.NAME && f.kind() != FactKind.ORGANISATION || !q.type().isName() && q.type() != AnswerType.WHICH) {
            return false;
        }
        String text = s.text();
        int local = f.end() - s.record().sentence().start();
        if (local < 0 || local > text.codePointCount(0, text.length())) {
            return false;
        }
        java.util.regex.Matcher m = APPOSITIVE.matcher(text.substring(text.offsetByCodePoints(0, local)));
        if (!m.find()) {
            return false;
        }
        // the noun phrase itself, not the clause about it ("the joint venture", not "that France's Alstom runs")
        List<Token> described = Tokens.of(m.group(1).split("\\b(?:that|which|who|whose|where)\\b", 2)[0]);
        if (q.focus().present() && isKindAsked(q.focus().lemma(), described)) {
            return false; // "which company … cables": "Tirreno Cavi SpA, a maker of power cables" is one, so it answers
        }
        Set<String> words = new HashSet<>();
        described.forEach(t -> words.add(stem.apply(Tokens.fold(t.text()))));
        for (Question.Term t : q.terms()) {
            boolean acronym = t.text().length() >= 2 && t.text().chars().filter(Character::isUpperCase).count() >= 2;
            if (!t.tag().equals("VERB") && (words.contains(stem.apply(t.lemma()))
                    || acronym && SentenceReading.spelt(described, t.text().replaceAll("s$", "")))) {
                return true;
            }
        }
        return false;
    }

    /** The focus asks for the thing a noun phrase names ("which firm": "Italian firm"), not for whose it is. */
    private boolean asksTheModified(String focus, String noun) {
        return ofTheKind(focus, singular(Tokens.fold(noun.substring(noun.lastIndexOf(' ') + 1))));
    }

    /** A noun of the kind the focus asks for: related to it in WordNet, or both words for a business. */
    private boolean ofTheKind(String focus, String head) {
        return relatedness(focus, head) > 0 || FIRMS.contains(focus) && FIRMS.contains(head);
    }

    /** The head of a described noun phrase ("a maker of power cables" → maker) is of the kind the focus asks for. */
    private boolean isKindAsked(String focus, List<Token> described) {
        int end = described.size();
        for (int i = 0; i < described.size(); i++) {
            if (Tokens.fold(described.get(i).text()).equals("of")) {
                end = i;
                break;
            }
        }
        if (end == 0) {
            return false;
        }
        return ofTheKind(focus, singular(Tokens.fold(described.get(end - 1).text())));
    }

    /** The words of a name as written, folded: "TAV Airports" → tav, airports. */
    private static List<String> nameWords(Fact f) {
        return List.of(Tokens.fold(f.valueText()).split("[\\s-]+"));
    }

    /** The things a count counts ("contracts" of "three commercial contracts") are among the question's words. */
    private boolean countsAnAskedThing(Question q, Fact f) {
        String counted = singular(f.frame().noun());
        if (counted.isEmpty() || lexicon.kinds(counted).contains("person")) {
            return true; // "the size of the Turkish community": "100,000 ethnic Turks", people by any name
        }
        boolean unitAsked = q.terms().stream().anyMatch(t -> kzbot.text.Units.quantity(t.text()).filter(f.unit()::equals).isPresent());
        if (f.kind() == FactKind.QUANTITY && (unitAsked || !lexicon.knows(counted) || gazetteer.place(counted).isPresent())) {
            // "batumi port TEU 2023": a quantity in the unit asked; "Cambodia exported some 12,400 tonnes": a quantity's
            // frame may hold its exporter, not what it weighs
            return true;
        }
        for (Question.Term t : q.terms()) {
            String asked = singular(t.lemma());
            if (relatedness(asked, counted) >= HYPERNYM_OR_CLOSER) {
                return true;
            }
            // "Kazakh tourist arrivals … about 96,000" counts tourists: a word before the noun that is the one asked
            for (String m : f.frame().modifiers()) {
                if (relatedness(asked, singular(m)) >= SYNONYM_OR_CLOSER) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A name of unknown kind that may be a person's: two words or more, none of them a place ("Almaty–Phnom
     * Penh"), no firm's form ("… Terminals AD"), and not named as a thing by the noun before it ("Kazakh
     * carrier Altyn Air": a carrier is no person).
     */
    private boolean couldBeAPerson(Fact f, SentenceReading s) {
        List<String> words = List.of(Tokens.fold(f.valueText()).split("[^\\p{L}]+"));
        if (words.size() < 2 || LegalForms.ends(f.valueText()) || FIRM_NAMES.contains(words.get(words.size() - 1))
                || gazetteer.place(f.valueText()).isPresent()) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && gazetteer.place(w).isPresent()) {
                return false;
            }
        }
        int local = f.start() - s.record().sentence().start();
        if (local > 0 && local <= s.text().length()) {
            String[] before = s.text().substring(0, local).strip().split("[^\\p{L}]+");
            String noun = before.length == 0 ? "" : before[before.length - 1];
            if (!noun.isEmpty() && Character.isLowerCase(noun.charAt(0)) && lexicon.category(noun, 'n').isPresent()
                    && !lexicon.kinds(noun).contains("person")) {
                return false;
            }
        }
        return true;
    }

    /** How far a name's own words say it is the kind asked for ("Satbayev University" for "which university"), 0 to 0.9. */
    double nameSays(String kind, Fact f) {
        double best = 0;
        for (String word : nameWords(f)) {
            best = Math.max(best, relatedness(kind, singular(word)) * 0.9);
        }
        return best;
    }

    /** True when the fact is of a kind that answers the question's type (a sum of money for "how much"). */
    boolean kindFits(Question q, Fact f) {
        return KINDS.getOrDefault(q.type(), Map.of()).getOrDefault(f.kind(), 0.0) > 0;
    }

    /** How well the fact answers the question, 0 to 1, the sentence read alone. */
    double fit(Question q, Fact f, SentenceReading s) {
        return fit(q, f, s, java.util.Optional.empty());
    }

    /** How well the fact answers the question, 0 to 1; the sentence before counts for its words. */
    double fit(Question q, Fact f, SentenceReading s, java.util.Optional<SentenceReading> previous) {
        double kind = KINDS.getOrDefault(q.type(), Map.of()).getOrDefault(f.kind(), 0.0);
        // "how many of the people displaced were kids": "nearly half of them being children" answers with its share
        boolean shareOfAWhole = q.type() == AnswerType.COUNT && f.kind() == FactKind.PERCENT && partOfTheAsked(q, f);
        if (q.type() == AnswerType.COUNT && f.kind() == FactKind.COUNT && partitive(q) >= 0 && !partOfTheAsked(q, f)) {
            return 0; // "how many of the people displaced were pupils": not the 12,000 people, the whole
        }
        if (shareOfAWhole) {
            kind = PARTITIVE_SHARE;
        }
        if (kind == 0) {
            return 0;
        }
        if (q.type() == AnswerType.AMOUNT && (f.kind() == FactKind.COUNT || f.kind() == FactKind.QUANTITY) && !countsAnAskedThing(q, f)) {
            return 0; // "lithuania kz trade 2024": not "three commercial contracts", nor "2,600 tonnes" of cocoa butter
        }
        if (q.type() == AnswerType.PERSON && f.kind() == FactKind.NAME && !couldBeAPerson(f, s)) {
            return 0; // "who led the delegation": not "Altyn Air", "Almaty–Phnom Penh" nor "Burgas"
        }
        if (!timeFits(q, f, s, previous)) {
            return 0;
        }
        if (f.kind() == FactKind.PERCENT && f.valueText().chars().noneMatch(Character::isDigit) && q.type() != AnswerType.PERCENT
                && !shareOfAWhole) {
            return 0; // "half of the medicines" answers "what share", not "how much did it buy"
        }
        if (f.kind() == FactKind.DATE || f.kind() == FactKind.YEAR) {
            if ("target".equals(f.qualifier()) && asksPast(q)) {
                return 0; // "when did the commission hold its 12th session": not the next one, due in 2025
            }
            if (!precisionFits(q.precision(), f.frame().precision()) || "reference".equals(f.qualifier())
                    || f.frame().time() == Frame.TimeRole.COMPARISON) {
                return 0;
            }
        }
        boolean figure = f.kind().isFigure();
        if (figure && narrowerAsked(q, f, s, previous)) {
            return 0; // "how much did Peru earn from quinoa exports": not "Peruvian exports made up US$31.9 mln"
        }
        // "how much is Cordillera investing" is answered by "the firm plans to invest $38 mln": a plan of the very act asked
        boolean plannedAct = "target".equals(f.qualifier()) && asksFuture(q) && !q.predicate().isEmpty()
                && q.predicate().equals(f.frame().predicate());
        if (figure && "target".equals(f.qualifier()) != q.asksTarget() && !plannedAct) {
            return 0;
        }
        if (figure && "planned".equals(f.qualifier()) && asksAchieved(q)) {
            return 0; // "how many has it delivered so far": not the 30 due by 2027
        }
        if ((q.type().isName() || q.type() == AnswerType.WHICH) && f.kind() == FactKind.PLACE && q.focus().present()
                && f.frame().nounText().startsWith(f.valueText() + " ") && asksTheModified(q.focus().lemma(), f.frame().noun())) {
            return 0; // "which firm is based in Genoa": not "Italian", the word that says whose "the Italian firm" is
        }
        if (isNamed(q, f) || describedAsAsked(q, f, s)) {
            return 0; // "who signed with ISIS Malaysia?" is not answered by ISIS Malaysia
        }
        if (!unitFits(q, f)) {
            return 0;
        }
        if (q.type() == AnswerType.CHANGE && !isChange(f, s)) {
            return 0; // "by how much did turnover grow": not "a 60 per cent stake"
        }
        double noun = nounFit(q, f, s, previous);
        if (noun == 0) {
            return 0;
        }
        if (figure && (anotherPartners(q, f) || withTheWorld(q, f) || withAnother(q, f, s))) {
            return 0; // "Kazakhstan–Argentina trade": not "Kazakhstan's trade with … Brazil", nor "Argentina's worldwide exports"
        }
        if (figure && (elsewhere(q, s) || reversed(q, s) || otherActor(q, f) || comesFromTheDestination(q, s, f)
                || anotherOrdinal(q, s) || notIntoThePartner(q, s, previous))) {
            return 0;
        }
        if ((f.kind() == FactKind.DATE || f.kind() == FactKind.YEAR) && anotherOrdinal(q, s)) {
            return 0; // "when was the first session held": not the date of the fifth
        }
        // a share's verb is its whole's ("displaced over a hundred thousand people, nearly half of them children")
        double verb = shareOfAWhole ? 1 : verbFit(q, f, s, previous);
        if (figure && verb < SPECIFIC_NOUN_VERB && noun >= 1 && !q.focus().modifiers().isEmpty()
                && f.frame().modifiers().containsAll(q.focus().modifiers())) {
            // "wheat flour" as asked, modifiers and all: another verb for it ("shipped" for "exported")
            // says less than it does of "people" or "companies"
            verb = SPECIFIC_NOUN_VERB;
        }
        boolean name = f.kind() == FactKind.NAME || f.kind() == FactKind.ORGANISATION || f.kind() == FactKind.PERSON;
        return kind * noun * verb * (name && actedOn(q, f, s) ? ACTED_ON : 1) * (f.kind() == FactKind.DATE && dateline(f, s) ? DATELINE : 1);
    }

    /**
     * "Pretoria, 16 October 2024 – … have signed eight agreements": the date of a dateline is the report's,
     * which may be a day after the event; a date the article gives the event itself ("were signed on
     * Tuesday, 15 October 2024") answers before it, and the dateline only when there is none.
     */
    private static final double DATELINE = 0.7;

    private static boolean dateline(Fact f, SentenceReading s) {
        int start = s.record().sentence().start();
        return s.record().sentence().position() <= 1 && kzbot.text.Dateline.dates(s.text(), f.start() - start, f.end() - start);
    }


    /** WordNet files the noun under this kind (person, organization, place, time, measure). */
    boolean isKind(String noun, String kind) {
        return lexicon.kinds(noun).contains(kind);
    }

    /** "over the past decade", "in the last five years", "since": a sentence's own period. */
    private static final java.util.regex.Pattern OWN_PERIOD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:past|last|previous)\\s+(?:\\w+\\s+)?(?:decade|years|decades)\\b|\\bsince\\b");

    /** Where "how many of" puts its "of", or -1: the question counts part of a whole. */
    private static int partitive(Question q) {
        List<kzbot.domain.Word> ws = q.words();
        for (int i = 1; i + 1 < ws.size(); i++) {
            if (Tokens.fold(ws.get(i).text()).equals("of") && Tokens.fold(ws.get(i - 1).text()).equals("many")) {
                return i;
            }
        }
        return -1;
    }

    /** What a share fits with when a count is asked of part of a whole ("how many of them were children"). */
    private static final double PARTITIVE_SHARE = 0.8;

    /**
     * "how many of the people … were kids": the question counts part of a whole it names after "of", and
     * the share's own noun ("children") is a word the question uses for the part after the whole.
     */
    private boolean partOfTheAsked(Question q, Fact f) {
        List<kzbot.domain.Word> ws = q.words();
        int of = partitive(q);
        if (of < 0 || f.frame().noun().isEmpty()) {
            return false;
        }
        String noun = singular(Tokens.fold(f.frame().noun().substring(f.frame().noun().lastIndexOf(' ') + 1)));
        int whole = of + 1;
        while (whole < ws.size() && !ws.get(whole).isNoun()) {
            whole++;
        }
        for (int i = whole + 1; i < ws.size(); i++) {
            kzbot.domain.Word w = ws.get(i);
            if (w.isNoun() && !w.lemma().equals(ws.get(whole).lemma()) && relatedness(w.lemma(), noun) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The figure is tagged with a country the question does not ask about, other than Kazakhstan. */
    private boolean anotherPartners(Question q, Fact f) {
        if (q.partners().isEmpty() || f.partner().isEmpty() || q.partners().contains(f.partner()) || asked(q).places().contains(f.partner())) {
            return false; // "how much Russian crude transits Kazakhstan to China": Russia's oil is asked too
        }
        return gazetteer.byCanonicalName(f.partner()).map(p -> !p.isSubject()).orElse(false);
    }

    /** How many words after "with" may stand before the country ("trade with neighbouring Uzbekistan"). */
    private static final int WITH_REACH = 3;

    /**
     * "Ireland's trade with neighbouring Uzbekistan came to €88 million": the figure's noun is had with a
     * country that is neither Kazakhstan nor one the question asks about.
     */
    private boolean withAnother(Question q, Fact f, SentenceReading s) {
        if (q.partners().isEmpty() || f.frame().noun().isEmpty()) {
            return false;
        }
        String noun = f.frame().noun();
        String head = noun.substring(noun.lastIndexOf(' ') + 1);
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!singular(Tokens.fold(tokens.get(i).text())).equals(head) || !Tokens.fold(tokens.get(i + 1).text()).equals("with")) {
                continue;
            }
            for (int k = i + 2; k < tokens.size() && k <= i + 1 + WITH_REACH; k++) {
                Optional<Place> p = gazetteer.place(tokens.get(k).text());
                if (p.isPresent()) {
                    return !p.get().isSubject() && !q.partners().contains(p.get().name());
                }
            }
        }
        return false;
    }

    /** Words that make a figure one side's with the whole world (question-cues.tsv, "worldwide"). */
    private static final Set<String> WORLDWIDE = WordLists.QUESTION_CUES.get("worldwide");

    /** A question about a partner answered by a figure its own words say is with the whole world. */
    private boolean withTheWorld(Question q, Fact f) {
        if (q.partners().isEmpty() || q.words().stream().anyMatch(w -> WORLDWIDE.contains(Tokens.fold(w.text())))) {
            return false;
        }
        List<String> own = new ArrayList<>(List.of(Tokens.fold(f.frame().nounText()).split("\\s+")));
        own.addAll(f.frame().modifiers());
        return own.stream().anyMatch(WORLDWIDE::contains);
    }

    /** The verbs of change (question-cues.tsv, "change") and the words that mark a figure as one ("changemark"). */
    static final Set<String> CHANGES = WordLists.QUESTION_CUES.get("change");
    static final Set<String> CHANGE_MARKS = WordLists.QUESTION_CUES.get("changemark");
    /** How many of the sentence's words before and after a figure may say that it is a change. */
    private static final int CHANGE_BEFORE = 4;
    private static final int CHANGE_AFTER = 3;

    /**
     * The figure is a change, not a level or a share: its year is a comparison base, its verb or noun is
     * one of change ("rose 19%", "a 41 per cent increase"), or a word of change stands next to it ("up 23.5
     * per cent", "30 per cent higher").
     */
    private boolean isChange(Fact f, SentenceReading s) {
        if (f.frame().time() == Frame.TimeRole.COMPARISON || CHANGES.contains(f.frame().predicate())) {
            return true;
        }
        List<String> lemmas = List.of(s.record().sentence().lemmas().split(" "));
        String number = f.valueText().replaceAll("[^0-9.,]", "").replaceAll("^[.,]+|[.,]+$", "");
        for (int i = 0; i < lemmas.size() && !number.isEmpty(); i++) {
            if (!lemmas.get(i).replaceAll("[^0-9.,]", "").equals(number)) {
                continue;
            }
            for (int k = Math.max(0, i - CHANGE_BEFORE); k <= Math.min(lemmas.size() - 1, i + CHANGE_AFTER); k++) {
                String l = lemmas.get(k);
                if (CHANGES.contains(l) || CHANGE_MARKS.contains(l) || lexicon.senses(l).stream().filter(x -> x.pos() == 'n').findFirst()
                        .map(x -> x.derived().stream().anyMatch(CHANGES::contains)).orElse(false)) {
                    return true;
                }
            }
        }
        return number.isEmpty();
    }

    /** A figure's or name's noun against the question's focus; 1 when there is nothing to check. */
    private double nounFit(Question q, Fact f, SentenceReading s, java.util.Optional<SentenceReading> previous) {
        if (q.type() == AnswerType.DURATION) {
            if (f.kind() == FactKind.QUANTITY) {
                // "how long is the railway": a length, when no verb says what lasted ("how long did the talks last")
                return LENGTHS.contains(f.unit()) && q.predicate().isEmpty() ? 1 : 0;
            }
            return f.kind() == FactKind.COUNT && lexicon.kinds(f.frame().noun()).contains("time") ? 1 : 0;
        }
        if (q.type() == AnswerType.PLACE && !q.focus().present()) {
            return locative(f, s) ? 1 : 0.5;
        }
        if (!q.focus().present() && q.type() == AnswerType.DATE && !f.frame().noun().isEmpty() && asksAbout(q) && !datesAsked(q, f)) {
            return UNASKED_THING; // "when did they establish relations": not the date a corridor was established
        }

        if (!q.focus().present() && f.kind() == FactKind.COUNT && !f.frame().noun().isEmpty() && !countsAsked(q, f)) {
            return 0; // "kz-tajik trade turnover q1 2024" is not answered by "11 documents" signed that year
        }
        if (!q.focus().present()) {
            return 1;
        }
        // a person with a role is what the role says (checked below), not what the quote beside the name is about ("Thai goods")
        boolean roled = f.kind() == FactKind.PERSON && !f.role().isEmpty();
        if (!roled && modifiersConflict(q.focus().modifiers(), f.frame().modifiers())) {
            return 0;
        }
        boolean named = f.kind() == FactKind.NAME || f.kind() == FactKind.ORGANISATION;
        if (named && modifiersConflict(q.focus().modifiers(), nameWords(f))) {
            return 0; // "which Czech bank": not the Development Bank of Kazakhstan
        }
        String focus = q.focus().lemma();
        double related = relatedness(focus, f.frame().noun());
        if (f.kind() == FactKind.PERSON && f.role().isEmpty() && lexicon.kinds(focus).contains("person")
                && lexicon.kinds(f.frame().noun()).contains("person")) {
            // "Ms Lerato Dlamini, Ministerial Spokesperson": the noun beside the name is the title, and a broader
            // title, or another office under the same one, does not answer "who is the ambassador"
            Lexicon.Relation title = lexicon.relation(focus, f.frame().noun());
            if (title == Lexicon.Relation.HYPERNYM || title == Lexicon.Relation.SIBLING) {
                return 0;
            }
        }
        if (related == 0 && acronymOf(focus, f.frame())) {
            related = 1;
        }
        if (f.kind() == FactKind.PLACE && (lexicon.kinds(focus).contains("place") || relatedness(focus, "country") > 0
                || relatedness(focus, "region") > 0)) {
            related = Math.max(related, 0.8); // "which country": a country the gazetteer knows
        }
        if (related == 0 && acronymInText(focus, f, s)) {
            related = 1;
        }
        if (related == 0 && f.kind() == FactKind.COUNT && !places(q.focus().modifiers()).isEmpty()
                && places(q.focus().modifiers()).equals(places(List.of(f.frame().noun())))) {
            related = 0.8; // "the Turkish community": "100,000 ethnic Turks"
        }
        if (related == 0 && q.type() == AnswerType.MONEY && f.kind() == FactKind.MONEY) {
            related = 0.7; // "how much financing": any sum of money, the verb and the words decide which
        }
        if (related == 0 && f.kind() == FactKind.COUNT && sameOrganizationKind(focus, f.frame().noun())
                && !places(q.focus().modifiers()).isEmpty() && places(q.focus().modifiers()).equals(places(f.frame().modifiers()))) {
            related = 0.55; // "Korean companies" for "Korean-owned firms": two names for an organisation of one country
        }
        boolean countLike = q.type() == AnswerType.COUNT;
        boolean nameLike = q.type().isName() || q.type() == AnswerType.WHICH;
        if (f.kind() == FactKind.NAME || f.kind() == FactKind.ORGANISATION) {
            // "TAV Airports": the name's own words may say what it is; "which UN mission": the UN's
            related = Math.max(related, nameSays(focus, f));
            for (String m : q.focus().modifiers()) {
                if (nameWords(f).contains(m) && (gazetteer.place(m).isEmpty() || related > 0)) {
                    related = Math.max(related, 0.7); // "which Czech bank": the Czech Export Bank
                }
            }
        }
        List<String> ownWords = nameWords(f);
        boolean firmName = !ownWords.isEmpty() && FIRM_NAMES.contains(ownWords.get(ownWords.size() - 1)) || LegalForms.ends(f.valueText());
        // "a maker of power cables based in Genoa": a name of unknown kind after "in" is where a firm is, not one
        boolean placedIn = f.kind() == FactKind.NAME && !firmName && placedIn(f, s);
        if (FIRMS.contains(focus) && (named || f.kind() == FactKind.ORGANISATION) && (firmName || FIRMS.contains(f.frame().noun())) && !placedIn) {
            // "which thai firm": a company's name need not say "company"; "operator Baltica Rail Logistics" is one
            related = Math.max(related, 0.8);
        }
        if (f.kind() == FactKind.PERSON && !f.role().isEmpty()) {
            // "which Canadian minister": a person is what the role beside the name says ("Canada's Minister of
            // Energy"), and not the minister of another country named beside
            List<String> role = List.of(Tokens.fold(f.role()).split("[^\\p{L}]+"));
            Set<String> asked = places(q.focus().modifiers());
            Set<String> whose = new java.util.HashSet<>(places(role));
            if (whose.isEmpty()) {
                // "Kazakh Ambassador Yerlan Baizhanov": the country before the title, and the words before the name
                gazetteer.byCanonicalName(f.partner()).filter(p -> f.frame().nounText().contains(" ")).ifPresent(p -> whose.add(p.name()));
                whose.addAll(places(f.frame().modifiers()));
            }
            if (!asked.isEmpty() && !whose.isEmpty() && java.util.Collections.disjoint(asked, whose)) {
                return 0;
            }
            // "Ambassador … of the Republic of Kazakhstan to Romania" is not Romania's ambassador: the country after
            // "to" or "in" is where the role is held, the one before it whose role it is
            int to = java.util.stream.IntStream.range(1, role.size()).filter(i -> HOSTED.contains(role.get(i))).findFirst().orElse(role.size());
            Set<String> sending = places(role.subList(0, to));
            Set<String> hosts = places(role.subList(to, role.size()));
            if (!asked.isEmpty() && hosts.containsAll(asked) && java.util.Collections.disjoint(asked, sending)) {
                return 0;
            }
            double byRole = 0;
            for (String w : role) {
                byRole = Math.max(byRole, roleFit(focus, singular(w)));
            }
            for (String w : titleBefore(f, s)) {
                byRole = Math.max(byRole, roleFit(focus, singular(w))); // "said Professor Marat Kenzhebayev, director of…"
            }
            // "ceo" is a "corporate executive": the head of a broader phrase stands in the role ("chief executive of…")
            for (Lexicon.Sense sense : lexicon.senses(focus)) {
                for (String broader : sense.hypernyms()) {
                    if (broader.contains(" ") && role.contains(broader.substring(broader.lastIndexOf(' ') + 1))) {
                        byRole = Math.max(byRole, 0.6);
                    }
                }
            }
            // "who is the ambassador": a person whose title names another office ("State Secretary", "Chief
            // Executive Officer", officials both, as ambassadors are) is not one, whatever the sentence around the name says
            boolean titled = role.stream().anyMatch(w -> lexicon.kinds(singular(w)).contains("person"));
            if (byRole < HYPERNYM_OR_CLOSER && titled && lexicon.kinds(focus).contains("person")) {
                return 0;
            }
            related = Math.max(related, byRole);
        }
        if (related > 0 && !named && !places(q.focus().modifiers()).isEmpty()
                && !f.frame().modifiers().containsAll(q.focus().modifiers()) && places(f.frame().modifiers()).isEmpty()) {
            // "how many Kazakh students": "1,150 Kazakh students" before "40 students a year" of a programme
            related *= UNQUALIFIED;
        }
        if (related > 0) {
            return Math.max(0.5, related);
        }
        if (countLike) {
            return 0;
        }
        if (nameLike) {
            if (near(q, f, s)) {
                return 0.6;
            }
            if (q.type() == AnswerType.NAME) {
                // "which airline": a name of unknown kind is not taken for one without a sign that it is
                boolean acronym = f.valueText().length() >= 2 && f.valueText().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
                return strongKind(q, f) || acronym && lexicon.kinds(focus).contains("organization") ? 0.5
                        : besideAsked(q, f, s) ? 0.4 : 0.3;
            }
            return besideAsked(q, f, s) ? 0.5 : 0.3;
        }
        // "how much uranium": the focus stands elsewhere in the sentence, or in the one before
        // or its verb does ("how big is the investment": "said it would invest $85 million")
        return s.words().contains(focus) || saysTheVerbOf(focus, s) ? 0.6
                : previous.isPresent() && previous.get().words().contains(focus) ? 0.55 : 0.3;
    }

    /** The sentence uses the verb the noun is made from ("invest" for "investment"). */
    private boolean saysTheVerbOf(String noun, SentenceReading s) {
        return lexicon.senses(noun).stream().filter(x -> x.pos() == 'n').findFirst()
                .map(x -> x.derived().stream().anyMatch(s.words()::contains)).orElse(false);
    }

    private boolean sameOrganizationKind(String a, String b) {
        return lexicon.kinds(a).contains("organization") && lexicon.kinds(b).contains("organization");
    }

    /** The question's focus word within a few words of the name ("Shymkent and Osh agreed to become twin cities"). */
    private static boolean near(Question q, Fact f, SentenceReading s) {
        String text = Tokens.fold(s.text());
        String focus = q.focus().lemma();
        int at = text.indexOf(Tokens.fold(f.valueText()));
        if (at < 0) {
            return false;
        }
        String window = text.substring(Math.max(0, at - 60), Math.min(text.length(), at + f.valueText().length() + 60));
        for (String w : window.split("[^\\p{L}\\d]+")) {
            if (w.equals(focus) || singular(w).equals(focus) || (focus.endsWith("y") && w.equals(focus.substring(0, focus.length() - 1) + "ies"))) {
                return true;
            }
        }
        return false;
    }

    /** A name within a few words of a word the question asks about ("TAV Airports, which bought Almaty International Airport"). */
    private static boolean besideAsked(Question q, Fact f, SentenceReading s) {
        List<Token> tokens = s.tokens();
        String value = Tokens.fold(f.valueText());
        Set<String> asked = new HashSet<>();
        for (Question.Term t : q.terms()) {
            if (!t.lemma().equals(q.focus().lemma())) {
                asked.add(t.lemma());
                asked.add(Tokens.fold(t.text()));
            }
        }
        int at = -1;
        for (int i = 0; i < tokens.size() && at < 0; i++) {
            if (value.startsWith(Tokens.fold(tokens.get(i).text()))) {
                at = i;
            }
        }
        if (at < 0) {
            return false;
        }
        int length = Tokens.of(f.valueText()).size();
        for (int i = Math.max(0, at - 6); i < Math.min(tokens.size(), at + length + 6); i++) {
            if (i >= at && i < at + length) {
                continue;
            }
            String w = Tokens.fold(tokens.get(i).text());
            if (asked.contains(w) || asked.contains(singular(w))) {
                return true;
            }
        }
        return false;
    }

    /** A name whose kind the question's focus names: a person for "which minister", an organisation for "which company". */
    private boolean strongKind(Question q, Fact f) {
        Set<String> kinds = lexicon.kinds(q.focus().lemma());
        return kinds.contains("person") && f.kind() == FactKind.PERSON
                || kinds.contains("organization") && f.kind() == FactKind.ORGANISATION
                || kinds.contains("place") && f.kind() == FactKind.PLACE;
    }

    /** What {@link #relatedness} gives a synonym or a derived form. */
    private static final double SYNONYM_OR_CLOSER = 0.85;
    /** What {@link #relatedness} gives a word for a broader or narrower one: a title must be at least that close to the role asked. */
    private static final double HYPERNYM_OR_CLOSER = 0.6;

    /**
     * How well a word of a person's title answers the office asked: as {@link #relatedness}, but a broader
     * title does not say the narrower office ("Ministerial Spokesperson" is no "ambassador", though WordNet
     * files an ambassador under spokesperson), while a narrower one does (a "minister" is an "official").
     */
    private double roleFit(String asked, String title) {
        return lexicon.relation(asked, title) == Lexicon.Relation.HYPERNYM ? SIBLING_FIT : relatedness(asked, title);
    }

    /** What {@link #relatedness} gives two words under one broader word. */
    private static final double SIBLING_FIT = 0.45;

    double relatedness(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return switch (lexicon.relation(a, b)) {
            case SAME -> 1.0;
            case SYNONYM, DERIVED -> SYNONYM_OR_CLOSER;
            case HYPERNYM, HYPONYM -> HYPERNYM_OR_CLOSER;
            case SIBLING -> SIBLING_FIT;
            case GLOSS -> 0.4;
            case NONE -> a.equals(singular(b)) || b.equals(singular(a)) ? 1.0 : 0;
        };
    }

    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /** "JV" for "joint ventures": the focus spells the fact's phrase by its words' initials. */
    private static boolean acronymOf(String focus, Frame frame) {
        if (focus.length() < 2 || focus.length() > 6) {
            return false;
        }
        List<String> words = new java.util.ArrayList<>(frame.modifiers());
        words.add(frame.noun());
        for (int from = 0; from + focus.length() <= words.size(); from++) {
            boolean all = true;
            for (int k = 0; k < focus.length() && all; k++) {
                String w = words.get(from + k);
                all = !w.isEmpty() && w.charAt(0) == focus.charAt(k);
            }
            if (all && from + focus.length() == words.size()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "MoUs" for "36 memorandums of understanding": the focus spells the words that start at the
     * fact's noun, with or without the small words between them.
     */
    private static boolean acronymInText(String focus, Fact f, SentenceReading s) {
        if (focus.length() < 2 || focus.length() > 6 || f.frame().noun().isEmpty()) {
            return false;
        }
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String w = Tokens.fold(tokens.get(i).text());
            if (!w.startsWith(f.frame().noun().substring(0, Math.min(4, f.frame().noun().length())))) {
                continue;
            }
            for (boolean skipSmall : new boolean[] {false, true}) {
                int k = 0;
                for (int j = i; j < tokens.size() && k < focus.length(); j++) {
                    String x = Tokens.fold(tokens.get(j).text());
                    if (skipSmall && k > 0 && Set.of("of", "and", "for", "the", "on", "in").contains(x)) {
                        continue;
                    }
                    if (x.charAt(0) != focus.charAt(k)) {
                        break;
                    }
                    k++;
                }
                if (k == focus.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Indian students" do not answer a question about Kazakh students, nor a Kazakh city one about a Kyrgyz city. */
    private boolean modifiersConflict(List<String> asked, List<String> given) {
        Set<String> a = places(asked);
        Set<String> g = places(given);
        return !a.isEmpty() && !g.isEmpty() && java.util.Collections.disjoint(a, g);
    }

    /** The words after which a role's country is where it is held, not whose it is ("Ambassador to Romania"). */
    private static final Set<String> HOSTED = Set.of("to", "in", "at");

    private Set<String> places(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            // "cambodias ambassador": a possessive typed without its apostrophe
            gazetteer.place(w).or(() -> w.length() > 3 && w.endsWith("s") ? gazetteer.place(w.substring(0, w.length() - 1)) : java.util.Optional.empty())
                    .map(Place::name).ifPresent(out::add);
        }
        return out;
    }

    /** The fact's verb, or any word of its sentence, against the question's verb; 1 when the question's verb says little. */
    private double verbFit(Question q, Fact f, SentenceReading s, java.util.Optional<SentenceReading> previous) {
        String v = q.predicate();
        boolean lightHead = v.contains(" ") && LIGHT_VERBS.contains(v.substring(0, v.indexOf(' '))); // "went through"
        // "when was the forum held": a verb that only says an event took place dates the event, whatever verb the sentence uses
        boolean eventDated = q.type() == AnswerType.DATE && EVENT_VERBS.contains(v);
        if (v.isEmpty() || LIGHT_VERBS.contains(v) || lightHead || eventDated || WordLists.STOP_WORDS.contains(v) || q.type() == AnswerType.CHANGE) {
            return 1; // a change asked of a figure is any change: "up 20 percent" answers "how much did it rise"
        }
        if (CHANGES.contains(v) && f.kind() == FactKind.PERCENT && isChange(f, s)) {
            return 1; // "by what percent did trade grow": "It is up 23 per cent" says it grew
        }
        if (q.asksTarget() && "target".equals(f.qualifier())) {
            return 1; // "what goal did they set": the verb sets the target; the target's own verb ("lift trade to") says it
        }
        if (!f.frame().predicate().isEmpty() && saysTheVerb(v, f.frame().predicate())) {
            return 1;
        }
        // "how much did Kazakhstan sell" of "Kazakh exports … came to $360 million, while imports … amounted to
        // $145 million": the figure whose own noun says the verb, not another figure beside it
        if (namesTheAskedVerb(q, f)) {
            return 1;
        }
        boolean anotherNounSaysIt = s.record().facts().stream().anyMatch(o -> o != f && o.kind() == f.kind() && namesTheAskedVerb(q, o));
        // "suspended in 2020, resumed on 2 June 2023": the sentence says "restarted" through another figure's verb
        boolean anotherSaysIt = anotherNounSaysIt || !f.frame().predicate().isEmpty() && s.record().facts().stream()
                .anyMatch(o -> o != f && !o.frame().predicate().isEmpty() && !o.frame().predicate().equals(f.frame().predicate())
                        && saysTheVerb(v, o.frame().predicate()));
        if (!anotherSaysIt && (s.words().contains(v) || s.related().contains(v))) {
            return 1;
        }
        for (String a : lexicon.alternatives(v)) {
            if (s.words().contains(a) && !anotherSaysIt) {
                return 1;
            }
        }
        // the sentence before says the verb when this one goes on about the same thing ("This was…"), not when
        // the figure names its own ("In January-August turnover stood at…" after a sentence on exports)
        boolean goesOn = f.frame().noun().isEmpty() || Scorer.ANAPHOR.matcher(s.text()).find();
        if (s.broader().contains(v) || goesOn && previous.isPresent()
                && (previous.get().words().contains(v) || previous.get().related().contains(v))) {
            return 0.9;
        }
        // a figure counts what its verb says ("displaced", not "died"); a date dates what its verb says
        // ("signed", not "open") unless it dates the thing asked about ("relations began in 1992"); a name is
        // found by its nouns
        if (q.type() == AnswerType.DATE) {
            return datesAsked(q, f) ? 0.75 : 0.4;
        }
        return q.type().isFigure() ? 0.4 : 0.75;
    }

    /** A sum or quantity whose own noun names the verb asked: "Kazakh exports … $360 million" for "how much did it sell". */
    boolean namesTheAskedVerb(Question q, Fact f) {
        return (f.kind() == FactKind.MONEY || f.kind() == FactKind.QUANTITY) && !q.predicate().isEmpty()
                && !LIGHT_VERBS.contains(q.predicate()) && namesTheVerb(q.predicate(), f.frame().noun());
    }

    /**
     * A noun that names the doing of the verb or a kind of it ("exports" for "sell", not "fruit" nor "trade"),
     * or, of two nouns, the same thing or a kind of it ("output" for "production").
     */
    private boolean namesTheVerb(String verb, String noun) {
        if (noun.isEmpty()) {
            return false;
        }
        return verbNouns.get(verb + "\t" + noun, k -> {
            Lexicon.Relation r = lexicon.relation(verb, noun);
            return r == Lexicon.Relation.SAME || r == Lexicon.Relation.SYNONYM || r == Lexicon.Relation.DERIVED
                    || r == Lexicon.Relation.HYPONYM;
        });
    }

    /** Verb and noun pairs already judged by {@link #namesTheVerb}: every figure of every candidate asks one. */
    private final Cache<String, Boolean> verbNouns = Caffeine.newBuilder().maximumSize(10_000).build();

    /** A date whose own verb says the question's ("resumed on 2 June 2023" for "when did … restart"). */
    boolean datesTheVerb(Question q, Fact f) {
        String v = q.predicate();
        return q.type() == AnswerType.DATE && (f.kind() == FactKind.DATE || f.kind() == FactKind.YEAR) && !v.isEmpty() && !LIGHT_VERBS.contains(v) && !f.frame().predicate().isEmpty() && saysTheVerb(v, f.frame().predicate());
    }

    /**
     * The fact's verb says what the question's does, or something close to it ("poured into" for
     * "invested"), but not a broader verb: "spent" does not say "invested", nor "traded" "exported".
     */
    private boolean saysTheVerb(String asked, String said) {
        Lexicon.Relation r = lexicon.relation(asked, said);
        return r.related() && r != Lexicon.Relation.HYPERNYM;
    }

    /** A count counts what one of the question's nouns names, or its noun phrase does ("Kazakh tourist arrivals"). */
    private boolean countsAsked(Question q, Fact f) {
        List<String> nouns = new java.util.ArrayList<>(f.frame().modifiers());
        nouns.add(f.frame().noun());
        return nouns.stream().anyMatch(n -> asksNoun(q, n) || asksNoun(q, singular(n)));
    }

    /** One of the question's nouns is this noun, or related to it. */
    private boolean asksNoun(Question q, String noun) {
        for (Question.Term t : q.terms()) {
            if ((t.tag().equals("NOUN") || t.tag().equals("PROPN")) && relatedness(t.lemma(), noun) >= 0.6) {
                return true;
            }
        }
        return false;
    }

    /** The date's noun is one of the question's nouns, or related to one: it dates what was asked about. */
    private boolean datesAsked(Question q, Fact f) {
        return !f.frame().noun().isEmpty() && asksNoun(q, f.frame().noun());
    }

    /** The name follows a preposition of place, not of direction ("based in Genoa", "near Balkhash"). */
    private static boolean placedIn(Fact f, SentenceReading s) {
        return precededBy(f, s, "(?s).*\\b(at|in|near|outside|inside)( the)?$");
    }

    /** The sentence's text before the fact, lower-cased and trimmed, matches the expression. */
    private static boolean precededBy(Fact f, SentenceReading s, String regex) {
        String before = textBefore(f, s);
        return !before.isEmpty() && before.toLowerCase(Locale.ROOT).stripTrailing().matches(regex);
    }

    /** The sentence's text before the fact ("" when the fact opens it). */
    private static String textBefore(Fact f, SentenceReading s) {
        String text = s.text();
        int local = f.start() - s.record().sentence().start();
        if (local <= 0 || local > text.codePointCount(0, text.length())) {
            return "";
        }
        return text.substring(0, text.offsetByCodePoints(0, local));
    }

    /**
     * The question narrows the fact's noun with a noun or an adjective of relation before it ("quinoa
     * exports", "pharmaceutical exports") that neither the fact's phrase nor its sentence has: the
     * figure is of the whole, not of the part asked.
     */
    private boolean narrowerAsked(Question q, Fact f, SentenceReading s, java.util.Optional<SentenceReading> previous) {
        String noun = f.frame().noun();
        // "The firm will invest…": a noun phrase that refers back drops what the article said of it before
        if (noun.isEmpty() || Tokens.fold(f.frame().nounText()).startsWith("the ")) {
            return false;
        }
        List<kzbot.domain.Word> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            kzbot.domain.Word mod = words.get(i);
            kzbot.domain.Word head = words.get(i + 1);
            int at = mod.start();
            // "kz bd trade": a short abbreviation or a name the question's entities read is a place or a body, not a part
            boolean entity = mod.text().length() <= 3 || q.interpretation().entities().stream().anyMatch(e -> e.start() <= at && at < e.end());
            // a noun ("quinoa exports") or an adjective of relation, one that says "of X" ("pharmaceutical exports")
            boolean narrows = mod.isNoun() || mod.tag().equals("ADJ") && lexicon.category(mod.lemma(), 'a').filter(c -> c.equals("pert")).isPresent();
            if (!narrows || !head.isNoun() || entity || relatedness(head.lemma(), noun) < SYNONYM_OR_CLOSER
                    || relatedness(mod.lemma(), noun) > 0 || gazetteer.place(mod.text()).isPresent()
                    || mod.text().chars().anyMatch(Character::isDigit) || WordLists.STOP_WORDS.contains(mod.lemma())) {
                continue;
            }
            String m = Tokens.fold(mod.lemma());
            boolean given = f.frame().modifiers().stream().anyMatch(x -> x.equals(m) || relatedness(m, x) > 0)
                    || s.words().contains(m) || s.related().contains(m)
                    || previous.map(p -> p.words().contains(m) || p.related().contains(m)).orElse(false);
            if (!given) {
                return true;
            }
        }
        return false;
    }

    /** How many words before a person's name may be a title or honorific ("Professor", "Dr"). */
    private static final int TITLE_REACH = 2;

    /** The words just before a name in its sentence: a title or honorific the role beside the name leaves out. */
    private static List<String> titleBefore(Fact f, SentenceReading s) {
        String[] before = Tokens.fold(textBefore(f, s)).split("[^\\p{L}]+");
        return List.of(before).subList(Math.max(0, before.length - TITLE_REACH), before.length);
    }

    /** "at Otar", "in Lebanon": a name after a preposition of place. */
    private static boolean locative(Fact f, SentenceReading s) {
        return precededBy(f, s, "(?s).*\\b(at|in|near|outside|inside|from|to)( the)?$");
    }

    /** "in megawatts", "in dollars": a figure of another unit does not answer. */
    private boolean unitFits(Question q, Fact f) {
        List<String> asked = asked(q).units();
        if (f.kind() == FactKind.PERCENT || f.kind() == FactKind.COUNT) {
            // "how much … in dollars": not "about 90%" of something, nor a number of things, unless the things are
            // the currency asked ("in pesos": "about 4.9 billion pesos")
            return asked.isEmpty() || f.kind() == FactKind.COUNT && asked.contains(f.unit());
        }
        if (f.kind() != FactKind.QUANTITY && f.kind() != FactKind.MONEY) {
            return true;
        }
        return asked.isEmpty() || asked.contains(f.unit());
    }

    /**
     * A question with a year asks for that year's figure: not one the year is compared with ("up 20
     * percent on 2022"), not a total over years ending then, and not part of the year unless the
     * question asks for part of it. A name or date of another year does not answer either.
     */
    boolean timeFits(Question q, Fact f, SentenceReading s) {
        return timeFits(q, f, s, java.util.Optional.empty());
    }

    boolean timeFits(Question q, Fact f, SentenceReading s, java.util.Optional<SentenceReading> previous) {
        if (!q.baseYears().isEmpty() && f.frame().time() == Frame.TimeRole.COMPARISON && f.year().isPresent()) {
            return q.baseYears().contains(f.year().getAsInt()); // "grow compared with 2016": "12% compared to 2016"
        }
        if (q.years().isEmpty()) {
            return true;
        }
        boolean part = asked(q).part();
        if (f.kind() == FactKind.PERCENT && f.frame().time() == Frame.TimeRole.COMPARISON && f.year().isPresent()
                && (q.type() == AnswerType.CHANGE || q.type() == AnswerType.PERCENT)) {
            // "up some 20 percent on 2022": the change of the year after
            return q.years().contains(f.year().getAsInt() + 1);
        }
        if (f.year().isPresent()) {
            if (!q.years().contains(f.year().getAsInt()) || q.premiseYear().isPresent()) {
                return q.premiseYear().isPresent(); // a premise's year is what the answer may correct
            }
            Frame.TimeRole role = f.frame().time();
            return role == Frame.TimeRole.OWN || role == Frame.TimeRole.NONE || role == Frame.TimeRole.PART && part;
        }
        if (f.kind() == FactKind.MONEY || f.kind() == FactKind.PERCENT || f.kind() == FactKind.QUANTITY || f.kind() == FactKind.COUNT) {
            // "The dip came entirely from Kazakh exports, which fell to $4 billion": a sentence with no year of
            // its own goes on with the year of the sentence before it
            // ("the devaluation in December": a month the article's year dates is no year of the sentence's own)
            boolean ownYear = s.record().facts().stream().anyMatch(x -> x.year().isPresent()
                    && (x.kind() != FactKind.DATE || x.valueText().matches("(?s).*\\d{4}.*")));
            // ("over the past decade": a sentence that gives its own period does not)
            boolean ownPeriod = OWN_PERIOD.matcher(s.text()).find();
            // ("accounted for EUR 297.3 mln of the total" after "trade reached EUR 412.6 mln in 2023, up 18.4 pct from
            // EUR 348.5 mln in 2022": not the year of the base the figure is compared with)
            if (ownYear || ownPeriod || previous.isEmpty()) {
                return false;
            }
            List<Fact> before = previous.get().record().facts();
            Set<Integer> bases = new HashSet<>();
            before.stream().filter(x -> x.kind() == FactKind.YEAR && "reference".equals(x.qualifier()) && x.year().isPresent())
                    .forEach(x -> bases.add(x.year().getAsInt()));
            return before.stream().anyMatch(x -> x.year().isPresent() && q.years().contains(x.year().getAsInt())
                    && x.frame().time() == Frame.TimeRole.OWN && !bases.contains(x.year().getAsInt()));
        }
        for (Fact other : s.record().facts()) {
            if ((other.kind() == FactKind.YEAR || other.kind() == FactKind.DATE) && other.year().isPresent()
                    && q.years().contains(other.year().getAsInt()) && other.frame().time() != Frame.TimeRole.COMPARISON
                    && !"reference".equals(other.qualifier())) {
                return true;
            }
        }
        return false;
    }

    /** "in jan-jul 2023", "the first seven months", "so far this year": the question asks for part of a year. */
    static boolean asksPart(Question q) {
        String t = q.text().toLowerCase(Locale.ROOT);
        return t.matches("(?s).*\\b(first|last|past) (\\w+ )?(months?|quarters?|half|weeks?)\\b.*")
                || t.matches("(?s).*\\b(so far|year to date|ytd)\\b.*")
                || t.matches("(?s).*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov)\\w*\\s*[-\\u2013/]\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*.*");
    }

    private static boolean precisionFits(Frame.Precision asked, Frame.Precision given) {
        return switch (asked) {
            case DAY -> given == Frame.Precision.DAY;
            case MONTH -> given == Frame.Precision.DAY || given == Frame.Precision.MONTH;
            default -> true;
        };
    }

    /** The fact is a name the question itself gives. */
    private boolean isNamed(Question q, Fact f) {
        if (f.kind() != FactKind.NAME && f.kind() != FactKind.ORGANISATION && f.kind() != FactKind.PERSON
                && f.kind() != FactKind.PLACE) {
            return false;
        }
        List<String> asked = asked(q).folded();
        String question = " " + String.join(" ", asked) + " ";
        String value = Tokens.fold(f.valueText());
        String normal = Tokens.fold(f.normalised());
        if (question.contains(" " + value + " ") || !normal.isEmpty() && question.contains(" " + normal + " ")) {
            return true;
        }
        // "Almaty International Airport" for "Almaty's airport": a name made mostly of the question's words
        List<String> nameWords = Tokens.of(f.valueText()).stream().map(t -> Tokens.fold(t.text())).toList();
        // the kind a "which" question asks for is no part of naming it: "which Czech bank" may be the Czech Export Bank
        String kind = q.type().isName() || q.type() == AnswerType.WHICH ? q.focus().lemma() : "";
        long inQuestion = nameWords.stream().filter(w -> !singular(w).equals(kind))
                .filter(w -> asked.contains(w) || asked.contains(w + "s") || asked.contains(singular(w))).count();
        if (nameWords.size() >= 2 && inQuestion * 3 >= nameWords.size() * 2) {
            return true;
        }
        // "partnering with sapienza": an institution called by the word of its name that is no English word
        String first = nameWords.stream().filter(w -> !kzbot.text.WordLists.STOP_WORDS.contains(w)).findFirst().orElse("");
        if (f.kind() == FactKind.ORGANISATION && nameWords.size() >= 2 && asked.contains(first) && !lexicon.knows(first)
                && gazetteer.place(first).isEmpty()) {
            return true;
        }
        if (f.kind() == FactKind.PLACE) {
            return q.partners().contains(f.normalised()) || f.normalised().equals("Kazakhstan");
        }
        if (f.kind() == FactKind.PERSON) {
            String[] parts = value.split(" ");
            return question.contains(" " + parts[parts.length - 1] + " ");
        }
        return false;
    }
}
