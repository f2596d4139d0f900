package kzbot.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Word tokens and the normal form used to compare phrases: case, accents and curly quotes folded. */
public final class Tokens {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Tokens() {
    }

    /**
     * Numbers (with thousands separators, decimals and ranges: "4,300", "2.8", "22–23", "10th"),
     * words, English clitics ("'s", "n't") and every other non-space character on its own: the
     * tokens the part-of-speech tagger reads. Hyphens separate words ("Turkish", "-", "funded").
     */
    public static List<Token> words(String text) {
        List<Token> out = new ArrayList<>();
        java.util.regex.Matcher m = WORDS.matcher(text);
        while (m.find()) {
            out.add(new Token(m.group(), m.start(), m.end()));
        }
        return out;
    }

    private static final Pattern WORDS = Pattern.compile(
            "\\d+(?:[.,:/\u2013-]\\d+)*(?:st|nd|rd|th|s)?(?![\\p{L}\\d])"
                    + "|[\\p{L}\\p{M}\\d]+?(?=n['\u2019]t\\b)"
                    + "|n['\u2019]t\\b|['\u2019](?:s|re|ve|ll|d|m)\\b"
                    + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*"
                    + "|\\d+[\\p{L}\\d]*"
                    + "|\\S", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
        if (isPlainAscii(s)) {
            return foldAscii(s);
        }
        String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        // letters Unicode does not decompose into a base letter and a mark: "Małaszewicze", "Ørsted", "Đorđe"
        String plain = stripped.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ð', 'd')
                .replace('ħ', 'h').replace('ŧ', 't');
        return SPACES.matcher(plain.strip()).replaceAll(" ");
    }

    /** Printable ASCII and plain spaces: no accents to strip and nothing to normalise. */
    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /** What {@link #fold} does to plain ASCII, without the normaliser and regexes: the hot case. */
    private static String foldAscii(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        StringBuilder sb = null;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            boolean doubleSpace = c == ' ' && s.charAt(i - 1) == ' ';
            if ((upper || doubleSpace) && sb == null) {
                sb = new StringBuilder(to - from).append(s, from, i);
            }
            if (sb != null && !doubleSpace) {
                sb.append(upper ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return sb != null ? sb.toString() : from == 0 && to == s.length() ? s : s.substring(from, to);
    }

    /** The phrase key of tokens[from..to): folded words joined by their folded separators. */
    static String key(String text, List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int t = from; t < to; t++) {
            if (t > from) {
                sb.append(separator(text.substring(tokens.get(t - 1).end(), tokens.get(t).start())));
            }
            sb.append(fold(tokens.get(t).text()));
        }
        return sb.toString();
    }

    /** What stands for the text between two words in a key: one space, or the folded punctuation ("-", "'"). */
    static String separator(String between) {
        return between.isBlank() ? " " : fold(between).replace(" ", "");
    }

    /** The key of a whole phrase, as {@link #key} would build it from the phrase inside a text. */
    public static String keyOf(String phrase) {
        List<Token> tokens = of(phrase);
        return tokens.isEmpty() ? "" : key(phrase, tokens, 0, tokens.size());
    }
}
