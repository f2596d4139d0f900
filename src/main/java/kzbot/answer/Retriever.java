package kzbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kzbot.domain.Corpus.SentencePartner;
import kzbot.domain.Corpus.SentenceTopic;
import kzbot.domain.Entity;
import kzbot.domain.Fact;
import kzbot.domain.FactKind;
import kzbot.domain.SentenceKind;
import kzbot.store.FactStore;
import kzbot.store.SearchHit;
import kzbot.store.SentenceRecord;
import kzbot.text.BoundedCache;
import kzbot.text.Tokens;

/**
 * Finds and ranks the sentences that could answer a question: full-text hits on its content words
 * and sentences holding facts of the wanted kind, restricted to its partners and years, scored by
 * word coverage, topic fit and the presence of an answering fact.
 */
final class Retriever {
    private static final int SEARCH_LIMIT = 60;
    /** Up to this many full-text matches are all candidates, weighed by {@link Bm25} here. */
    private static final int MATCH_LIMIT = 100;
    /**
     * About how many sentences one full-text search may read for its words: FTS5 spends about a
     * microsecond on each (two when it ranks them), so a search stays near a millisecond however
     * large the corpus. None of the 2,084 questions the answers are checked with reaches it on the seeds.
     */
    static final int SEARCH_ROWS = 500;
    private static final int FACT_LIMIT = 200;
    private static final int TOPIC_LIMIT = 50;

    private final FactStore store;
    private final FactStore.Size size;
    private final Map<String, String> documentPartners = new java.util.HashMap<>();
    /**
     * Sentences read before, with their stems. A sentence that answers one question tends to come
     * up for the next ones on that partner; reading it from SQLite (a JNI call per column) and
     * stemming it cost more than the rest of its scoring.
     */
    private final BoundedCache<Long, Loaded> cache;
    /**
     * The sentences with facts of some kinds about some partners (or, without partners, the first
     * ones of the whole database): the same for every question that asks for those kinds there.
     */
    private final BoundedCache<List<List<?>>, List<Long>> withFacts = new BoundedCache<>(1_024);

    /** A sentence's record and the stems of its words. */
    private record Loaded(SentenceRecord record, List<String> stems) {
        static Loaded of(SentenceRecord r) {
            return new Loaded(r, Terms.stems(r.sentence().text()));
        }
    }

    Retriever(FactStore store, int cachedSentences) {
        this.store = store;
        this.size = store.size();
        this.cache = new BoundedCache<>(cachedSentences);
        store.documents().forEach(d -> documentPartners.put(d.id(), d.partner()));
    }

    List<Candidate> candidates(QuestionAnalysis a) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> words = new ArrayList<>(a.terms());
        words.addAll(a.placeWords());
        // an organisation asked by abbreviation ("OIC") is written out in full in the articles
        a.interpretation().entities(Entity.Type.ORGANISATION).forEach(e -> {
            words.add(e.value());
            words.add(e.value().replace("isation", "ization"));
        });
        List<String> phrases = searchPhrases(words, store::sentencesWith);
        Set<Long> found = new java.util.HashSet<>();
        if (!phrases.isEmpty()) {
            // every sentence the search matches, unranked; a large corpus gives more, and then
            // FTS5 ranks them and the best SEARCH_LIMIT are kept
            List<Long> hits = store.matches(phrases, a.partners(), MATCH_LIMIT + 1);
            if (hits.size() > MATCH_LIMIT) {
                hits = store.search(or(phrases), a.partners(), SEARCH_LIMIT).stream().map(SearchHit::sentenceId).toList();
            }
            found.addAll(hits);
            ids.addAll(hits);
        }
        if (a.wanted().isValue() || !a.years().isEmpty()) {
            List<FactKind> kinds = a.wanted().isValue() ? a.wanted().kinds() : List.of(FactKind.values());
            ids.addAll(withFacts.computeIfAbsent(List.of(a.partners(), kinds),
                    k -> store.sentencesWithFacts(a.partners(), kinds, FACT_LIMIT)));
        }
        if (a.terms().isEmpty() && !a.partners().isEmpty()) {
            // "what about Uzbekistan?" after a trade question: the partner's sentences on that topic
            ids.addAll(store.sentencesWithTopics(a.partners(), a.topics(), TOPIC_LIMIT));
        }
        Map<Long, Loaded> loaded = load(ids);
        Map<Long, Double> bm25 = new java.util.HashMap<>();
        if (!found.isEmpty()) {
            Bm25 weigh = new Bm25(words, store::sentencesWith, size.sentences(), size.averageLength());
            found.forEach(id -> {
                Loaded l = loaded.get(id);
                if (l != null) {
                    bm25.put(id, weigh.score(l.stems()));
                }
            });
        }
        double best = bm25.values().stream().mapToDouble(d -> d).max().orElse(0);
        Asked asked = Asked.of(a);
        List<Candidate> out = new ArrayList<>();
        for (Long id : ids) {
            Loaded l = loaded.get(id);
            Candidate c = l == null ? null : score(asked, l, best > 0 && bm25.containsKey(id) ? bm25.get(id) / best : 0);
            if (c != null) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingLong(Candidate::id));
        return out;
    }

    /** The stems of a candidate's words, as scoring worked them out. */
    List<String> stems(Candidate c) {
        Loaded l = cache.get(c.id());
        return l != null ? l.stems() : Terms.stems(c.text());
    }

    /** The sentences with their stems: from the cache, or (at once, for all the others) the database. */
    private Map<Long, Loaded> load(Set<Long> ids) {
        Map<Long, Loaded> out = new java.util.HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            Loaded l = cache.get(id);
            if (l != null) {
                out.put(id, l);
            } else {
                missing.add(id);
            }
        }
        store.sentences(missing).forEach((id, r) -> {
            Loaded l = Loaded.of(r);
            cache.put(id, l);
            out.put(id, l);
        });
        return out;
    }

    /**
     * OR of the content words and their synonyms, each quoted so FTS5 reads it as text. For bm25,
     * FTS5 reads every sentence holding each word (to weigh the word) and ranks every sentence the
     * MATCH gives, so a search costs about as much as the words are common: the words are taken
     * rarest first while the sentences holding them (by {@code sentencesWith}) stay within
     * {@link #SEARCH_ROWS}, and always the rarest one. A word left out still counts when the
     * candidates are scored. On the seed articles (324 sentences) no question reaches the budget.
     */
    static String ftsQuery(List<String> terms, java.util.function.ToIntFunction<String> sentencesWith) {
        return or(searchPhrases(terms, sentencesWith));
    }

    /** The phrases quoted, so that FTS5 reads them as text, and ORed. */
    private static String or(List<String> phrases) {
        return String.join(" OR ", phrases.stream().map(w -> "\"" + w + "\"").toList());
    }

    /** The words and phrases {@link #ftsQuery} ORs, unquoted. */
    static List<String> searchPhrases(List<String> terms, java.util.function.ToIntFunction<String> sentencesWith) {
        List<List<String>> groups = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String t : terms) {
            List<String> group = new ArrayList<>();
            for (String w : concat(t, Terms.synonyms(t))) {
                String clean = w.replace("\"", "").strip();
                if (!clean.isEmpty() && seen.add(clean)) {
                    group.add(clean);
                }
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        long[] cost = new long[groups.size()];
        Integer[] order = new Integer[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            order[g] = g;
            for (String phrase : groups.get(g)) {
                // a phrase stands in at most as many sentences as its rarest word
                cost[g] += java.util.Arrays.stream(phrase.split(" ")).mapToInt(w -> sentencesWith.applyAsInt(Tokens.fold(w)))
                        .min().orElse(0);
            }
        }
        java.util.Arrays.sort(order, Comparator.comparingLong(g -> cost[g]));
        boolean[] kept = new boolean[groups.size()];
        long rows = 0;
        for (int k = 0; k < order.length; k++) {
            rows += cost[order[k]];
            if (k > 0 && rows > SEARCH_ROWS) {
                break;
            }
            kept[order[k]] = true;
        }
        List<String> parts = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (kept[g]) {
                parts.addAll(groups.get(g));
            }
        }
        return parts;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }

    /**
     * What scoring needs of the question, worked out once rather than for each candidate:
     * {@code forms}, the stems of each term and of its synonyms ({@link Terms#forms}); each term's
     * weight (an acronym the question asks about, "APP", "CPEC", weighs double); and the topic words
     * and organisations it names.
     */
    private record Asked(QuestionAnalysis a, List<List<List<String>>> forms, int[] weights, List<Entity> topicWords,
                         List<Entity> organisations) {
        static Asked of(QuestionAnalysis a) {
            List<String> acronyms = a.acronyms();
            int[] weights = new int[a.terms().size()];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = acronyms.contains(a.terms().get(k)) ? 2 : 1;
            }
            return new Asked(a, Terms.forms(a.terms()), weights, a.interpretation().entities(Entity.Type.TOPIC),
                    a.interpretation().entities(Entity.Type.ORGANISATION));
        }
    }

    private Candidate score(Asked asked, Loaded loaded, double bm25) {
        QuestionAnalysis a = asked.a();
        List<List<List<String>>> forms = asked.forms();
        SentenceRecord r = loaded.record();
        SentenceKind kind = r.sentence().kind();
        if (kind == SentenceKind.REFERENCE || kind == SentenceKind.BOILERPLATE) {
            return null;
        }
        String text = r.sentence().text();
        if (!a.partners().isEmpty() && r.partners().stream().map(SentencePartner::partner).noneMatch(a.partners()::contains)) {
            return null;
        }
        if (!a.years().isEmpty() && a.years().stream().noneMatch(y -> text.contains(String.valueOf(y)))) {
            return null;
        }
        List<String> stems = loaded.stems();
        int matched = 0;
        int weight = 0;
        for (int k = 0; k < a.terms().size(); k++) {
            String t = a.terms().get(k);
            int w = asked.weights()[k];
            weight += w;
            if (forms.get(k).stream().anyMatch(f -> Terms.containsAll(stems, f))
                    || aboutTopicWord(asked, t, r) || namesOrganisation(asked, t, r)
                    || (w == 2 && Terms.spells(text, t))) {
                matched += w;
            }
        }
        double coverage = weight == 0 ? 0 : (double) matched / weight;
        // the partners a question names are content too, for ranking ("position on Gaza"), not for relevance
        List<String> tagged = r.partners().stream().map(SentencePartner::partner).toList();
        int places = (int) a.partners().stream().filter(tagged::contains).count();
        double ranking = (double) (matched + places) / Math.max(1, weight + a.partners().size());
        double topicFit = 0;
        for (SentenceTopic t : r.topics()) {
            if (a.topics().contains(t.topic())) {
                topicFit = Math.max(topicFit, t.rank() == 0 ? 1.0 : 0.5);
            }
        }
        List<Fact> answers = r.facts().stream().filter(f -> answers(a, f, stems)).toList();
        // naming a partner counts where the article is not about that partner anyway
        String own = documentPartners.getOrDefault(r.sentence().docId(), "");
        int named = (int) r.partners().stream().filter(p -> a.partners().contains(p.partner())
                && (p.explicit() || p.partner().equals(own))).count();
        int namedElsewhere = (int) r.partners().stream().filter(p -> p.explicit() && a.partners().contains(p.partner())
                && !p.partner().equals(own)).count();
        boolean figures = r.facts().stream().anyMatch(f -> a.topics().contains(f.topic()) && (f.kind() == FactKind.MONEY
                || f.kind() == FactKind.QUANTITY || f.kind() == FactKind.PERCENT));
        double score = 2.0 * ranking + topicFit + (answers.isEmpty() ? 0 : 1.5) + (figures ? 0.3 : 0) + 0.5 * bm25 + 0.4 * namedElsewhere
                - (kind == SentenceKind.HEADING ? 1.0 : 0) - (text.length() < 40 ? 0.7 : 0);
        return new Candidate(r, score, coverage, topicFit, answers, named, namedElsewhere);
    }

    /** "energy" is matched by a sentence whose main topics include energy, though it says "gas pipeline". */
    private static boolean aboutTopicWord(Asked a, String term, SentenceRecord r) {
        return a.topicWords().stream()
                .filter(e -> e.text().equalsIgnoreCase(term))
                .anyMatch(e -> r.topics().stream().anyMatch(t -> t.rank() == 0 && t.topic().code().equals(e.value())));
    }

    /** "OIC" is matched by a sentence naming the Organisation of Islamic Cooperation in full. */
    private static boolean namesOrganisation(Asked a, String term, SentenceRecord r) {
        return a.organisations().stream()
                .filter(e -> Tokens.fold(e.text()).contains(term))
                .anyMatch(e -> r.facts().stream().anyMatch(f -> f.kind() == kzbot.domain.FactKind.ORGANISATION
                        && f.normalised().equalsIgnoreCase(e.value())));
    }

    /**
     * A fact answers when it is of the wanted kind and fits the question's person country and
     * counted noun; the sentence already holds the question's year, and the composer prefers a
     * fact of that year.
     */
    private static boolean answers(QuestionAnalysis a, Fact f, List<String> sentenceStems) {
        if (!a.wanted().kinds().contains(f.kind())) {
            return false;
        }
        if (f.kind() == FactKind.YEAR && "reference".equals(f.qualifier())) {
            return false;
        }
        if ("target".equals(f.qualifier()) != a.asksForTarget()) {
            return false;
        }
        boolean named = a.interpretation().entities().stream().anyMatch(e -> e.value().equalsIgnoreCase(f.normalised())
                || e.value().equalsIgnoreCase(f.valueText()));
        if (named) {
            return false; // "who signed with ISIS Malaysia?" is not answered by ISIS Malaysia
        }
        if (a.personCountry().isPresent() && !a.personCountry().get().equals(f.partner())) {
            return false;
        }
        if (!a.countNoun().isEmpty() && f.kind() == FactKind.COUNT) {
            String noun = a.countNoun();
            List<String> unitStems = Terms.stems(f.unit());
            return Terms.contains(unitStems, noun) || Terms.synonyms(noun).stream().anyMatch(s -> Terms.contains(unitStems, s));
        }
        return true;
    }
}
