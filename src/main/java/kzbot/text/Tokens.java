package kzbot.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Word tokens and the normal form used to compare phrases: case, accents and curly quotes folded. */
public final class Tokens {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Tokens() {
    }

    public static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                int start = i;
                while (i < n && isWordChar(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(new Token(text.substring(start, i), start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** Lower case, no accents, straight apostrophes, single spaces. */
    public static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return stripped.replace('ı', 'i').strip().replaceAll("\\s+", " ");
    }

    /** The phrase key of tokens[from..to): folded words joined by their folded separators. */
    static String key(String text, List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int t = from; t < to; t++) {
            if (t > from) {
                String sep = text.substring(tokens.get(t - 1).end(), tokens.get(t).start());
                sb.append(sep.isBlank() ? " " : fold(sep).replace(" ", ""));
            }
            sb.append(fold(tokens.get(t).text()));
        }
        return sb.toString();
    }

    /** The key of a whole phrase, as {@link #key} would build it from the phrase inside a text. */
    public static String keyOf(String phrase) {
        List<Token> tokens = of(phrase);
        return tokens.isEmpty() ? "" : key(phrase, tokens, 0, tokens.size());
    }
}
