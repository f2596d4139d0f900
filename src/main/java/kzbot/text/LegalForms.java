package kzbot.text;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The legal forms printed after companies' names (legal-forms.txt): "Nordvind Energy A/S" and
 * "Kvarner Shipyard d.d." are companies, and the form belongs to the name.
 */
public final class LegalForms {
    private static final List<String> FORMS = WordLists.lines("legal-forms.txt").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final String ALTERNATIVES = FORMS.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    /** A form right after a name: a space, the form as printed, and no letter or digit after it. */
    private static final Pattern AFTER = Pattern.compile("\\s+(?:" + ALTERNATIVES + ")(?![\\p{L}\\p{N}])");
    private static final Pattern AT_END = Pattern.compile("(?:^|\\s)(?:" + ALTERNATIVES + ")$");
    private static final java.util.Set<String> FOLDED = FORMS.stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    private LegalForms() {
    }

    /** How many characters of {@code text} from {@code from} are a legal form following a name, or 0. */
    public static int after(String text, int from) {
        Matcher m = AFTER.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.end() - from : 0;
    }

    /** The name ends in a legal form as printed ("Tirreno Cavi SpA"). */
    public static boolean ends(String name) {
        return AT_END.matcher(name).find();
    }

    /** The word, folded, is a legal form ("a/s", "spa"). */
    public static boolean isForm(String folded) {
        return FOLDED.contains(folded);
    }
}
