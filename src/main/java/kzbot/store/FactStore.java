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

    @Override
    void close();
}
