package kzbot.answer;

import java.util.Objects;

/**
 * A numbered source of an answer: the document and what is quoted from it. For a sentence
 * ({@code field} "text"), the exact sentence with its offsets; for the article's own metadata
 * ({@code field} "author", "publisher", "published" or "title"), that field's value, offsets 0.
 */
public record Citation(int n, String source, String title, String author, String publisher, String published,
                       String quote, int start, int end, long sentenceId, int paragraph, String field) {
    /** What a citation of a sentence quotes. */
    public static final String TEXT = "text";

    public Citation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        publisher = publisher == null ? "" : publisher;
        published = published == null ? "" : published;
        field = field == null || field.isEmpty() ? TEXT : field;
    }

    /** True when the citation quotes a sentence of the article, not its metadata. */
    public boolean quotesText() {
        return field.equals(TEXT);
    }

    /** Who stands behind the text: "author, publisher", either one alone, or empty. */
    public String attribution() {
        if (!publisher.isEmpty() && !author.isEmpty()) {
            return author + ", " + publisher;
        }
        return publisher.isEmpty() ? author : publisher;
    }
}
