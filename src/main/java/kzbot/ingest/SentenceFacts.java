package kzbot.ingest;

import java.util.List;

import kzbot.domain.Topic;

/** What one sentence says: whom it is about, its topics, and its typed values. */
public record SentenceFacts(List<PartnerTag> partners, List<Topic> topics, List<ExtractedFact> facts) {
    /** A partner of a sentence: named in it, or the article's partner when the sentence names none. */
    public record PartnerTag(String partner, boolean explicit) {
    }

    /** A value with the partner and topic it belongs to; offsets relative to the sentence. */
    public record ExtractedFact(FoundValue value, String partner, Topic topic, String normalised, kzbot.domain.Frame frame) {
    }

    public SentenceFacts {
        partners = List.copyOf(partners);
        topics = List.copyOf(topics);
        facts = List.copyOf(facts);
    }

    public String primaryPartner() {
        return partners.isEmpty() ? "" : partners.get(0).partner();
    }
}
