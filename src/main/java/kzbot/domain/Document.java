package kzbot.domain;

import java.util.Objects;

/** One source article with the metadata that the text states or clearly implies; unknown fields are empty strings. */
public record Document(String id, String title, String author, String publisher, String published,
                       String url, String sha256, String partner, int length) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        author = nullToEmpty(author);
        publisher = nullToEmpty(publisher);
        published = nullToEmpty(published);
        url = nullToEmpty(url);
        sha256 = nullToEmpty(sha256);
        partner = nullToEmpty(partner);
        if (length < 0) {
            throw new IllegalArgumentException("length < 0");
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Who stands behind the text, for a citation: publisher, else author, else empty. */
    public String attribution() {
        if (!publisher.isEmpty() && !author.isEmpty()) {
            return author + ", " + publisher;
        }
        return publisher.isEmpty() ? author : publisher;
    }
}
