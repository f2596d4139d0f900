package kzbot.text;

/** A run of letters or digits in a text, with its UTF-16 offsets. */
public record Token(String text, int start, int end) {
}
