package kzbot.store;

import java.util.List;
import java.util.Optional;

import kzbot.domain.Document;
import kzbot.domain.Fact;
import kzbot.domain.Sentence;

/** Read access to the fact table built by ingest. Implementations are safe for concurrent use. */
public interface FactStore extends AutoCloseable {
    List<Document> documents();

    Optional<Document> document(String id);

    Optional<Sentence> sentence(long id);

    List<Fact> findFacts(FactQuery query);

    /** In how many sentences the folded word ({@link kzbot.text.Tokens#fold}) stands; 0 for a word no sentence has. */
    int sentencesWith(String word);

    /** How many sentences the corpus has, and their words on average. */
    record Size(int sentences, double averageLength) {
    }

    Size size();

    /**
     * The sentences holding any of the words or phrases (as FTS5 matches them), unranked, by id,
     * optionally only those about some partners; {@code limit} of them when there are more.
     */
    List<Long> matches(List<String> phrases, List<String> partners, int limit);

    /** Sentences matching a full-text query (FTS5 syntax), best first, optionally only those about some partners. */
    List<SearchHit> search(String ftsQuery, List<String> partners, int limit);

    /** Sentences with a fact of one of the kinds, about one of the partners (all partners when empty). */
    List<Long> sentencesWithFacts(List<String> partners, List<kzbot.domain.FactKind> kinds, int limit);

    /** Sentences whose strongest topic is one of the topics, about one of the partners (all when empty). */
    List<Long> sentencesWithTopics(List<String> partners, List<kzbot.domain.Topic> topics, int limit);

    /** Everything the answerer needs about some sentences, by id. */
    java.util.Map<Long, SentenceRecord> sentences(java.util.Collection<Long> ids);

    /** The sentences of a document from one position to another (both included), in order. */
    List<Sentence> sentencesAt(String docId, int fromPosition, int toPosition);

    /** The sentences of one paragraph of a document, in order. */
    List<Sentence> paragraph(String docId, int paragraph);

    /** Partners with the number of facts about each, most first. */
    java.util.Map<String, Integer> partnerCounts();

    /** Topics with the number of sentences for one partner (all when null), most first. */
    java.util.Map<kzbot.domain.Topic, Integer> topicCounts(String partner);

    /** Every document's id with its number of sentences, by id. */
    java.util.Map<String, Integer> sentenceCounts();

    /** Every folded word of the corpus with the number of sentences holding it: the corpus's own spelling. */
    java.util.Map<String, Integer> wordCounts();

    /** The folded words the articles always capitalise inside a sentence: names ("goa", "osh", "kazind"). */
    java.util.Set<String> properWords();

    /** The roles the sources give each person they name ("Kassym-Jomart Tokayev" → "President"). */
    java.util.Map<String, java.util.Set<String>> roles();

    /** Canonical names of the people the sources name. */
    List<String> people();

    @Override
    void close();
}
