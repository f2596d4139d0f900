package kzbot.answer;

import java.util.Objects;

/** A numbered source of an answer: the document and the exact sentence quoted, with its offsets. */
public record Citation(int n, String source, String title, String author, String publisher, String published,
                       String quote, int start, int end, long sentenceId, int paragraph) {
    public Citation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        publisher = publisher == null ? "" : publisher;
        published = published == null ? "" : published;
    }

    /** Who stands behind the text: "author, publisher", either one alone, or empty. */
    public String attribution() {
        if (!publisher.isEmpty() && !author.isEmpty()) {
            return author + ", " + publisher;
        }
        return publisher.isEmpty() ? author : publisher;
    }
}
