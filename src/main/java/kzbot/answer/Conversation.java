package kzbot.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import kzbot.domain.Question;

/**
 * What a conversation remembers between questions: the last question answered, as it was read
 * (partners, topic, years, what it asked for), and the last answer's citations, so that "and in
 * 2018?" or "what about Uzbekistan?" can be read.
 */
public record Conversation(Optional<Question> question, List<Citation> citations, Instant at) {
    /** A remembered question stops counting after this long. */
    public static final Duration EXPIRY = Duration.ofMinutes(30);

    public static final Conversation EMPTY = new Conversation(Optional.empty(), List.of(), Instant.EPOCH);

    public Conversation {
        Objects.requireNonNull(question, "question");
        citations = List.copyOf(citations);
        Objects.requireNonNull(at, "at");
    }

    boolean isFresh(Instant now) {
        return question.isPresent() && !at.plus(EXPIRY).isBefore(now);
    }

    /** The partners the remembered question was about. */
    public List<String> partners() {
        return question.map(Question::partners).orElse(List.of());
    }
}
