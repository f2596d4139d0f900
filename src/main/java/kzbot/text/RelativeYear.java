package kzbot.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** "last year", "this year", "next year": a year a news article counts from the year it was published. */
public final class RelativeYear {
    public static final Pattern PATTERN = Pattern.compile("(?i)\\b(last|this|next)\\s+year\\b");

    private RelativeYear() {
    }

    /** The year "last", "this" or "next" year is, in an article published in {@code published}. */
    public static int of(String which, int published) {
        return switch (which.toLowerCase(Locale.ROOT)) {
            case "last" -> published - 1;
            case "next" -> published + 1;
            default -> published;
        };
    }
}
