package kzbot.answer;

import java.util.List;

import kzbot.domain.Fact;
import kzbot.store.SentenceRecord;

/** A sentence considered for an answer, with how well it fits and the facts that answer the question. */
record Candidate(SentenceRecord record, double score, double coverage, double topicFit, List<Fact> answers,
                 int namedPartners, int namedElsewhere) {
    Candidate {
        answers = List.copyOf(answers);
    }

    long id() {
        return record.sentence().id();
    }

    String text() {
        return record.sentence().text();
    }
}
