package kzbot.answer;

import java.util.Objects;

/** A numbered source of an answer: the document and the exact sentence quoted, with its offsets. */
public record Citation(int n, String source, String title, String attribution, String published, String quote,
                       int start, int end, long sentenceId, int paragraph) {
    public Citation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
        title = title == null ? "" : title;
        attribution = attribution == null ? "" : attribution;
        published = published == null ? "" : published;
    }
}
