package kzbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kzbot.text.Token;
import kzbot.text.Tokens;

/** Content words of a question, their synonyms, and a crude stem to compare them with sentence words. */
final class Terms {
    static final Set<String> STOP = Set.copyOf(java.util.List.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "and", "or",
            "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "has", "have", "had", "what", "which",
            "who", "whom", "whose", "when", "where", "why", "how", "much", "many", "about", "between", "me", "tell",
            "give", "show", "please", "there", "this", "that", "these", "those", "its", "their", "they", "them", "any",
            "some", "both", "two", "also", "can", "could", "would", "should", "will", "from", "by", "as", "into", "than",
            "so", "if", "not", "no", "yes", "i", "you", "your", "my", "we", "our", "us", "his", "her", "he", "she", "kz",
            "right", "now", "today", "current", "currently", "main", "key", "most", "more", "s", "it", "does", "did",
            "one", "other", "get", "got", "know", "say", "says", "said", "kind", "sort", "like", "via", "list", "up",
            "out", "over", "under", "than", "then", "each", "such", "own", "same", "all", "just", "very", "still", "yet",
            "country", "countries", "nation", "nations", "bilateral", "relation", "relations", "ties", "cooperation",
            "between", "two", "kazakh", "kazakhstan", "kazakhstani", "whats", "what's", "name", "describe", "mentioned",
            "mention", "article", "articles", "source", "sources", "according", "happen", "happened", "there", "exist"));
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("mou", List.of("memorandum", "memorandums")), Map.entry("mous", List.of("memorandum", "memorandums")),
            Map.entry("memorandum", List.of("mou")), Map.entry("fta", List.of("free trade agreement")),
            Map.entry("target", List.of("goal", "aim", "ambition", "ambitions")),
            Map.entry("goal", List.of("target", "aim")), Map.entry("talks", List.of("negotiations", "discussions")),
            Map.entry("negotiations", List.of("talks")), Map.entry("recognise", List.of("recognize", "recognized")),
            Map.entry("recognize", List.of("recognise", "recognised")),
            Map.entry("organisation", List.of("organization")), Map.entry("organization", List.of("organisation")),
            Map.entry("organisations", List.of("organizations")), Map.entry("organizations", List.of("organisations")),
            Map.entry("programme", List.of("program")), Map.entry("program", List.of("programme")),
            Map.entry("defence", List.of("defense", "military")), Map.entry("military", List.of("armed forces", "defence")),
            Map.entry("army", List.of("military", "armed forces")), Map.entry("trip", List.of("visit")),
            Map.entry("visit", List.of("trip")), Map.entry("agricultural", List.of("agriculture")),
            Map.entry("study", List.of("students", "education")), Map.entry("studying", List.of("students", "education")),
            Map.entry("newspaper", List.of("reported")),
            Map.entry("turnover", List.of("trade volume")), Map.entry("economic", List.of("economy", "economics")),
            Map.entry("founded", List.of("founding")));

    private static final String[] SUFFIXES = {"ing", "ed", "es", "s", "e"};

    private Terms() {
    }

    /** The content words of a text, lower-cased, in order, without stop words and without the excluded spans. */
    static List<String> content(String text, List<int[]> excluded) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokens.of(text)) {
            boolean skip = excluded.stream().anyMatch(x -> x[0] <= t.start() && t.end() <= x[1]);
            String w = Tokens.fold(t.text());
            if (t.text().equals("IT")) {
                out.add("information technology");
            } else if (!skip && !STOP.contains(w) && !w.chars().allMatch(Character::isDigit) && w.length() > 1
                    && !out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static List<String> synonyms(String term) {
        return SYNONYMS.getOrDefault(term, List.of());
    }

    /** Strips common endings, then keeps five letters: "recognise" and "recognition" meet at "recog". */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String suffix : SUFFIXES) {
            if (w.length() - suffix.length() >= 4 && w.endsWith(suffix)) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w.length() > 5 ? w.substring(0, 5) : w;
    }

    /** True when every word of the phrase stands, by stem, among the sentence's words. */
    static boolean contains(List<String> sentenceStems, String phrase) {
        return containsAll(sentenceStems, phraseStems(phrase));
    }

    /** The stem of each word of a phrase, as {@link #contains} compares them: worked out once per question. */
    static List<String> phraseStems(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.split(" ")) {
            out.add(stem(w));
        }
        return out;
    }

    static boolean containsAll(List<String> sentenceStems, List<String> phraseStems) {
        for (String s : phraseStems) {
            if (!sentenceStems.contains(s)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> LINKING = Set.of("of", "and", "for", "the", "on", "in", "&");

    /**
     * True when capitalised words of the text spell the acronym with their initials, skipping
     * linking words: "China-Pakistan Economic Corridor" spells CPEC, "Organization of Islamic
     * Cooperation" OIC.
     */
    static boolean spells(String text, String acronym) {
        String want = acronym.toUpperCase(Locale.ROOT);
        List<Token> tokens = Tokens.of(text);
        for (int start = 0; start < tokens.size(); start++) {
            int k = 0;
            for (int i = start; i < tokens.size() && k < want.length(); i++) {
                String w = tokens.get(i).text();
                if (k > 0 && LINKING.contains(w)) {
                    continue;
                }
                if (!Character.isUpperCase(w.charAt(0)) || Character.toUpperCase(w.charAt(0)) != want.charAt(k)) {
                    break;
                }
                k++;
            }
            if (k == want.length()) {
                return true;
            }
        }
        return false;
    }

    /** Each term's stems, then those of each of its synonyms: every way a sentence can hold the term. */
    static List<List<List<String>>> forms(List<String> terms) {
        List<List<List<String>>> out = new ArrayList<>();
        for (String t : terms) {
            List<List<String>> forms = new ArrayList<>();
            forms.add(phraseStems(t));
            synonyms(t).forEach(s -> forms.add(phraseStems(s)));
            out.add(forms);
        }
        return out;
    }

    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokens.of(text)) {
            out.add(stem(Tokens.fold(t.text())));
        }
        return out;
    }
}
