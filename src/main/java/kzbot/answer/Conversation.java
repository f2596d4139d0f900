package kzbot.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import kzbot.domain.Intent;
import kzbot.domain.Topic;

/**
 * What a conversation remembers between questions: the last partners, intent, topics, years and
 * the last answer's citations, so that "and in 2018?" or "what about Uzbekistan?" can be read.
 */
public record Conversation(List<String> partners, Intent intent, Wanted wanted, List<Topic> topics,
                           List<Integer> years, List<Citation> citations, Instant at) {
    /** A remembered question stops counting after this long. */
    public static final Duration EXPIRY = Duration.ofMinutes(30);

    public static final Conversation EMPTY = new Conversation(List.of(), Intent.OVERVIEW, Wanted.DESCRIPTION, List.of(),
            List.of(), List.of(), Instant.EPOCH);

    public Conversation {
        partners = List.copyOf(partners);
        topics = List.copyOf(topics);
        years = List.copyOf(years);
        citations = List.copyOf(citations);
    }

    boolean isFresh(Instant now) {
        return this != EMPTY && !at.plus(EXPIRY).isBefore(now);
    }
}
