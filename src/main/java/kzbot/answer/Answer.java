package kzbot.answer;

import java.util.List;
import java.util.Objects;

import kzbot.domain.Interpretation;

/** What kzbot says to a question: a cited answer, an honest decline, or a conversational reply. */
public sealed interface Answer permits Answer.Found, Answer.Declined, Answer.Chat {
    String text();

    Interpretation interpretation();

    default List<Citation> citations() {
        return List.of();
    }

    default boolean answered() {
        return false;
    }

    /** An answer from the sources: every figure in {@code text} stands in one of the quotes. */
    record Found(String text, List<Citation> citations, Interpretation interpretation) implements Answer {
        public Found {
            Objects.requireNonNull(text, "text");
            citations = List.copyOf(citations);
            if (citations.isEmpty()) {
                throw new IllegalArgumentException("an answer needs at least one citation");
            }
        }

        @Override
        public boolean answered() {
            return true;
        }
    }

    /**
     * The sources do not say; {@code text} says so and may suggest what they do cover, or quote the
     * nearest thing they do say, cited ("They give the number of people displaced…").
     */
    record Declined(String text, Interpretation interpretation, List<Citation> citations) implements Answer {
        public Declined {
            Objects.requireNonNull(text, "text");
            citations = List.copyOf(citations);
        }

        public Declined(String text, Interpretation interpretation) {
            this(text, interpretation, List.of());
        }
    }

    /** A greeting, help or thanks reply, or a list of sources: friendly, not an answer. */
    record Chat(String text, Interpretation interpretation) implements Answer {
        public Chat {
            Objects.requireNonNull(text, "text");
        }
    }
}
