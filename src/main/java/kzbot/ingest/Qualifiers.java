package kzbot.ingest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kzbot.text.WordLists;

/** The words that qualify a figure ("more than", "about", "up to"), from {@code kzbot/lexicon/qualifiers.txt}. */
final class Qualifiers {
    /** Each qualifying phrase, longest first, with the qualifier it stands for. */
    static final Map<String, String> PHRASES = phrases();

    private Qualifiers() {
    }

    private static Map<String, String> phrases() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : WordLists.lines("qualifiers.txt")) {
            String[] f = line.split("\t");
            for (String phrase : f[1].split("\\|")) {
                out.put(phrase.strip().toLowerCase(Locale.ROOT), f[0].strip());
            }
        }
        return out;
    }

    /** Every single word of the qualifying phrases. */
    static Set<String> words() {
        Set<String> out = new HashSet<>();
        PHRASES.keySet().forEach(p -> out.addAll(java.util.List.of(p.split(" "))));
        return Set.copyOf(out);
    }

    /** The qualifier that the text just before a figure gives, or "". */
    static String before(String textBefore) {
        String t = textBefore.toLowerCase(Locale.ROOT).stripTrailing();
        String best = "";
        String found = "";
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            String p = e.getKey();
            if ((t.endsWith(" " + p) || t.equals(p)) && p.length() > best.length()) {
                best = p;
                found = e.getValue();
            }
        }
        return found;
    }
}
