package kzbot.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Units and currencies, from {@code kzbot/lexicon/units.tsv}: the words a figure is written with and their codes. */
public final class Units {
    private static final Map<String, String> QUANTITY = new LinkedHashMap<>();
    private static final Map<String, String> MONEY = new LinkedHashMap<>();
    private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

    static {
        for (String line : WordLists.lines("units.tsv")) {
            String[] f = line.split("\t");
            Map<String, String> into = switch (f[0].strip()) {
                case "money" -> MONEY;
                case "symbol" -> SYMBOLS;
                default -> QUANTITY;
            };
            for (String w : f[2].split("\\|")) {
                into.put(w.strip(), f[1].strip());
            }
        }
    }

    private static final Map<String, String> QUANTITY_FOLDED = folded(QUANTITY);
    private static final Map<String, String> MONEY_FOLDED = folded(MONEY);

    private Units() {
    }

    /** A regex alternation of the unit words, longest first, for a case-insensitive pattern. */
    public static String quantityPattern() {
        return alternation(QUANTITY);
    }

    /** A regex alternation of the currency words, longest first. */
    public static String currencyPattern() {
        return alternation(MONEY);
    }

    /** A regex alternation of the dollar signs with a country's letters ("A$", "C$"), longest first. */
    public static String symbolPattern() {
        return alternation(SYMBOLS);
    }

    /** The currency of a dollar sign with a country's letters ("A$" → AUD), if it is one. */
    public static Optional<String> symbol(String sign) {
        String s = sign.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return SYMBOLS.entrySet().stream().filter(e -> e.getKey().toUpperCase(Locale.ROOT).equals(s)).map(Map.Entry::getValue).findFirst();
    }

    private static String alternation(Map<String, String> words) {
        List<String> all = new ArrayList<>(words.keySet());
        all.sort(Comparator.comparingInt(String::length).reversed());
        return "(?:" + String.join("|", all.stream().map(Pattern::quote).toList()) + ")";
    }

    /** The code of a unit word ("tonnes" → t), if it is one. */
    public static Optional<String> quantity(String word) {
        return Optional.ofNullable(QUANTITY_FOLDED.get(word.strip().toLowerCase(Locale.ROOT)));
    }

    /** The code of a currency word ("dollars" → USD), if it is one. */
    public static Optional<String> currency(String word) {
        return Optional.ofNullable(MONEY_FOLDED.get(word.strip().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> folded(Map<String, String> words) {
        Map<String, String> out = new java.util.HashMap<>();
        words.forEach((k, v) -> out.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
        return Map.copyOf(out);
    }

    /** The units a text names, by code: "in megawatts" → MW. */
    public static List<String> named(String text) {
        List<String> out = new ArrayList<>();
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d$. ]", " ") + " ";
        for (Map.Entry<String, String> e : QUANTITY.entrySet()) {
            if (e.getKey().length() > 2 && lower.contains(" " + e.getKey().toLowerCase(Locale.ROOT) + " ") && !out.contains(e.getValue())) {
                out.add(e.getValue());
            }
        }
        for (Map.Entry<String, String> e : MONEY.entrySet()) {
            if (e.getKey().length() > 3 && lower.contains(" " + e.getKey().toLowerCase(Locale.ROOT) + " ") && !out.contains(e.getValue())) {
                out.add(e.getValue());
            }
        }
        return out;
    }
}
