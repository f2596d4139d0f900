package kzbot.domain;

import java.util.Objects;

/**
 * One sentence (or heading, list item, table row) of a document; {@code start} and {@code end} are
 * character offsets (Unicode code points) into the source file's text, end exclusive; {@code lemmas}
 * are its words' lemmas, space-separated, as read at ingest.
 */
public record Sentence(long id, String docId, int position, int paragraph, int start, int end,
                       SentenceKind kind, String text, String lemmas) {
    public Sentence {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        lemmas = lemmas == null ? "" : lemmas;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
