package kzbot.text;

import java.util.Objects;

/** A dictionary value found in a text, with the exact text and its UTF-16 offsets. */
public record Mention<T>(T value, String text, int start, int end) {
    public Mention {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }
}
