package kzbot.text;

import java.util.regex.Pattern;

/**
 * A news story's dateline: "ASTANA, 12 June 2024 —", "Pretoria, 16 October 2024 –", "SOFIA, October 16
 * (SBP) -". The date there is the report's, which dates the lead sentence but may be a day after the event.
 */
public final class Dateline {
    /** How far into its sentence a dateline's date may stand ("WASHINGTON, DC, 12 June 2024 —"). */
    private static final int REACH = 40;
    /** The dash that ends a dateline, after an agency's initials in brackets, if any. */
    private static final Pattern END = Pattern.compile("\\s*(?:\\([^)]{1,12}\\)\\s*)?[\u2014\u2013-]\\s");

    private Dateline() {
    }

    /** The date at {@code start}–{@code end} of the sentence is its dateline's. */
    public static boolean dates(String sentence, int start, int end) {
        return start >= 0 && start < REACH && end <= sentence.length() && END.matcher(sentence).region(end, sentence.length()).lookingAt();
    }
}
