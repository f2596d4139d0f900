package kzbot.store;

import java.util.List;

import kzbot.domain.Corpus.SentencePartner;
import kzbot.domain.Corpus.SentenceTopic;
import kzbot.domain.Fact;
import kzbot.domain.Sentence;

/** A sentence with its partner and topic tags and its facts. */
public record SentenceRecord(Sentence sentence, List<SentencePartner> partners, List<SentenceTopic> topics,
                             List<Fact> facts) {
    public SentenceRecord {
        partners = List.copyOf(partners);
        topics = List.copyOf(topics);
        facts = List.copyOf(facts);
    }
}
