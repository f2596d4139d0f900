package kzbot.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import kzbot.domain.FactKind;
import kzbot.domain.Question;
import kzbot.domain.SentenceKind;
import kzbot.store.FactStore;
import kzbot.store.SearchHit;
import kzbot.text.Lexicon;

/**
 * Finds the sentences that could answer a question (full-text matches of its words, sentences with
 * facts of the kind it wants, a follow-up's topic sentences), restricted to its partners, and reads
 * them with the sentence before each. The database never changes under a running kzbot, so what
 * is read is kept (bounded).
 */
final class Candidates {
    /** Up to this many full-text matches are all candidates; beyond it FTS5 ranks them and keeps the best. */
    private static final int MATCH_LIMIT = 150;
    private static final int SEARCH_LIMIT = 80;
    private static final int FACT_LIMIT = 200;
    private static final int TOPIC_LIMIT = 50;
    /** Fewer full-text matches than this, and the partner's sentences with facts of the wanted kind are read too. */
    private static final int FEW = 12;

    private final FactStore store;
    private final Lexicon lexicon;
    private final Cache<Long, Optional<SentenceReading>> readings;
    private final Cache<List<Object>, List<Long>> withFacts = Caffeine.newBuilder().maximumSize(1_024).build();

    private final java.util.function.UnaryOperator<String> stem;

    Candidates(FactStore store, Lexicon lexicon, java.util.function.UnaryOperator<String> stem, int cachedSentences) {
        this.store = store;
        this.lexicon = lexicon;
        this.stem = stem;
        this.readings = Caffeine.newBuilder().maximumSize(cachedSentences).build();
    }

    /** A sentence that opens on a pronoun or on a word for a figure ("The figure", "This total", "It"): it goes on about one. */
    private static final java.util.regex.Pattern FIGURE_BACK = java.util.regex.Pattern.compile(
            "(?i)(?:it|this|that|these|(?:the|this|that)\\s+(?:" + String.join("|", Scorer.FIGURE_WORDS) + "))\\b");

    /** Up to how many found sentences are followed into the sentence that goes on about them. */
    private static final int FOLLOW_LIMIT = 200;

    /** The ids of the sentences worth reading for a question. */
    List<Long> find(Question q, QuestionWords words) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> phrases = SearchPlan.phrases(words, store::sentencesWith);
        if (!phrases.isEmpty()) {
            List<Long> hits = store.matches(phrases, q.partners(), MATCH_LIMIT + 1);
            if (hits.size() > MATCH_LIMIT) {
                String or = String.join(" OR ", phrases.stream().map(p -> "\"" + p + "\"").toList());
                hits = store.search(or, q.partners(), SEARCH_LIMIT).stream().map(SearchHit::sentenceId).toList();
            }
            ids.addAll(hits);
        }
        List<FactKind> kinds = SearchPlan.kinds(q);
        boolean few = ids.size() < FEW;
        if (!kinds.isEmpty() && few && (!q.partners().isEmpty() || phrases.isEmpty())) {
            ids.addAll(withFacts.get(List.of(q.partners(), kinds), k -> store.sentencesWithFacts(q.partners(), kinds, FACT_LIMIT)));
        }
        List<kzbot.domain.Topic> topicWords = words.words().stream().flatMap(w -> w.topic().stream()).distinct().toList();
        if (!q.partners().isEmpty() && (words.isEmpty() && !q.topics().isEmpty() || !topicWords.isEmpty() && ids.size() < 2 * FEW)) {
            // "trade" stands for the sentences about trade though they say "turnover"
            ids.addAll(store.sentencesWithTopics(q.partners(), topicWords.isEmpty() ? q.topics() : topicWords, TOPIC_LIMIT));
        }
        if (!kinds.isEmpty() && ids.size() <= FOLLOW_LIMIT) {
            // "Trade reached $412.6 mln in 2023. The figure is more than four times the $96 mln recorded in 2019": the
            // sentence that goes on about a found one holds the asked figure without the asked words
            for (SentenceReading r : read(List.copyOf(ids))) {
                referringBack(r).filter(n -> FIGURE_BACK.matcher(n.text()).lookingAt()
                                && n.record().facts().stream().anyMatch(f -> kinds.contains(f.kind())))
                        .ifPresent(n -> ids.add(n.id()));
            }
        }
        return List.copyOf(ids);
    }

    /** The sentences, read, in the order of the ids; missing ids are left out. */
    List<SentenceReading> read(Collection<Long> ids) {
        Map<Long, SentenceReading> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            Optional<SentenceReading> r = readings.getIfPresent(id);
            if (r != null) {
                r.ifPresent(x -> found.put(id, x));
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, kzbot.store.SentenceRecord> loaded = store.sentences(missing);
            for (Long id : missing) {
                kzbot.store.SentenceRecord rec = loaded.get(id);
                Optional<SentenceReading> r = Optional.ofNullable(rec == null ? null : SentenceReading.of(rec, lexicon, stem));
                readings.put(id, r);
                r.ifPresent(x -> found.put(id, x));
            }
        }
        List<SentenceReading> out = new ArrayList<>();
        for (Long id : ids) {
            SentenceReading r = found.get(id);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The sentence before one in its paragraph, if any. */
    Optional<SentenceReading> previous(SentenceReading r) {
        List<SentenceReading> before = read(List.of(r.id() - 1));
        if (before.isEmpty()) {
            return Optional.empty();
        }
        SentenceReading p = before.get(0);
        boolean sameParagraph = p.record().sentence().docId().equals(r.record().sentence().docId())
                && p.record().sentence().paragraph() == r.record().sentence().paragraph();
        if (!sameParagraph && listed(r)) {
            return tableLead(r);
        }
        // an interview's answer goes on from the question put just before it ("KNPA: Which documents were signed
        // during the delegation's visit to Astana?" then "Zhaksylykov: The delegation led by … signed four documents")
        boolean asked = !sameParagraph && p.record().sentence().docId().equals(r.record().sentence().docId())
                && p.record().sentence().paragraph() == r.record().sentence().paragraph() - 1 && p.text().strip().endsWith("?");
        return sameParagraph || asked ? Optional.of(p) : Optional.empty();
    }

    /** A table row or a list item: a line that goes on from the sentence introducing its table or list. */
    static boolean listed(SentenceReading r) {
        return r.record().sentence().kind() == SentenceKind.TABLE_ROW || r.record().sentence().kind() == SentenceKind.LIST_ITEM;
    }

    /** How many rows back a table row looks for the sentence that introduces its table. */
    private static final int TABLE_REACH = 12;

    /**
     * A table row or a list item goes on from the sentence that introduces its table or list ("Below is
     * a summary table of recent agreements:", "Key topics include:"): what that sentence says of them,
     * each row says of itself.
     */
    private Optional<SentenceReading> tableLead(SentenceReading r) {
        List<Long> ids = new ArrayList<>();
        for (long id = r.id() - 1; id >= Math.max(1, r.id() - TABLE_REACH); id--) {
            ids.add(id);
        }
        Map<Long, SentenceReading> byId = new HashMap<>();
        read(ids).forEach(x -> byId.put(x.id(), x));
        for (long id : ids) {
            SentenceReading x = byId.get(id);
            if (x == null || !x.record().sentence().docId().equals(r.record().sentence().docId())) {
                return Optional.empty();
            }
            if (x.record().sentence().kind() != r.record().sentence().kind()) {
                return x.text().stripTrailing().endsWith(":") ? Optional.of(x) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The sentence after one in its paragraph when it goes on about it ("This target is ambitious…"). */
    Optional<SentenceReading> referringBack(SentenceReading r) {
        List<SentenceReading> after = read(List.of(r.id() + 1));
        if (after.isEmpty()) {
            return Optional.empty();
        }
        SentenceReading n = after.get(0);
        boolean sameParagraph = n.record().sentence().docId().equals(r.record().sentence().docId())
                && n.record().sentence().paragraph() == r.record().sentence().paragraph();
        return sameParagraph && Scorer.goesOn(n) ? Optional.of(n) : Optional.empty();
    }

    /** The sentences after one in its document, up to {@code count} of them. */
    List<SentenceReading> following(SentenceReading r, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(r.id() + i);
        }
        List<SentenceReading> out = new ArrayList<>();
        for (SentenceReading x : read(ids)) {
            if (!x.record().sentence().docId().equals(r.record().sentence().docId())) {
                break;
            }
            out.add(x);
        }
        return out;
    }
}
