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

    /** A regex alternation of the currency signs written before a figure ("A$", "C$", "Sh"), longest first. */
    public static String symbolPattern() {
        return alternation(SYMBOLS);
    }

    /** The currency of a sign written before a figure ("A$" → AUD, "Sh" → KES), if it is one. */
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
    /** A word that names a currency, alone ("dollars") or as the last word of its plural names ("pesos", "shillings"). */
    public static boolean namesCurrency(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return MONEY_FOLDED.containsKey(w) || w.length() > 3 && MONEY.keySet().stream()
                .anyMatch(k -> k.contains(" ") && w.endsWith("s") && k.toLowerCase(Locale.ROOT).endsWith(" " + w));
    }

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
            String key = e.getKey().toLowerCase(Locale.ROOT);
            // "in pesos", "in shillings": a currency named by its last word is any currency of that name
            // (only a plural name's last word: "pesos", not the "gold" of "Zimbabwe Gold")
            String head = key.contains(" ") && key.endsWith("s") ? key.substring(key.lastIndexOf(' ') + 1) : "";
            boolean byHead = head.length() > 3 && lower.contains(" " + head + " ");
            if ((key.length() > 3 && lower.contains(" " + key + " ") || byHead) && !out.contains(e.getValue())) {
                out.add(e.getValue());
            }
            String one = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
            if (byHead && !out.contains(one)) {
                out.add(one); // and the word itself, as a figure read without its country ("4.9 billion pesos") has it
            }
        }
        return out;
    }
}
