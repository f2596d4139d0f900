package kzbot.domain;

import java.util.List;

/** What an ingest produces, all of it or one article of it, ready to be written to the store. */
public record Corpus(List<Document> documents, List<Sentence> sentences, List<SentencePartner> partners,
                     List<SentenceTopic> topics, List<Fact> facts) {
    /** A partner a sentence is about; {@code explicit} when the sentence names it. */
    public record SentencePartner(long sentenceId, String partner, boolean explicit) {
    }

    /** A topic of a sentence; rank 0 is the strongest. */
    public record SentenceTopic(long sentenceId, Topic topic, int rank) {
    }

    public Corpus {
        documents = List.copyOf(documents);
        sentences = List.copyOf(sentences);
        partners = List.copyOf(partners);
        topics = List.copyOf(topics);
        facts = List.copyOf(facts);
    }
}
