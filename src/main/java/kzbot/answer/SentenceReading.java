package kzbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kzbot.store.SentenceRecord;
import kzbot.text.Lexicon;
import kzbot.text.Token;
import kzbot.text.Tokens;

/**
 * A candidate sentence as the answerer reads it, worked out once and kept: its words (lemmas and
 * folded forms), the lemmas WordNet relates to them (synonyms and derived forms; hypernyms), its
 * text folded for phrases, and the sentence before it in its paragraph, if any; which acronyms
 * its words spell is remembered as it is asked.
 */
record SentenceReading(SentenceRecord record, Set<String> words, Set<String> related, Set<String> broader, Set<String> gloss, String folded,
                       List<Token> tokens, List<String> stems, Set<String> plain, Set<String> nameHeads,
                       java.util.Map<String, Boolean> spelt) {
    static SentenceReading of(SentenceRecord r, Lexicon lexicon, java.util.function.UnaryOperator<String> stem) {
        Set<String> words = new HashSet<>();
        String lemmas = r.sentence().lemmas();
        if (!lemmas.isEmpty()) {
            for (String l : lemmas.split(" ")) {
                words.add(l.replace('_', ' '));
            }
        }
        List<Token> tokens = Tokens.of(r.sentence().text());
        for (Token t : tokens) {
            words.add(Tokens.fold(t.text()));
        }
        Set<String> related = new HashSet<>();
        Set<String> broader = new HashSet<>();
        Set<String> gloss = new HashSet<>();
        for (String w : words) {
            if (w.length() < 3 || kzbot.text.WordLists.STOP_WORDS.contains(w)) {
                continue;
            }
            for (Lexicon.Sense s : lexicon.senses(w)) {
                related.addAll(s.synonyms());
                related.addAll(s.derived());
                broader.addAll(s.broader()); // "exports" are sales: "export" is to "sell or transfer abroad"
                if (s.pos() == 'n') {
                    for (String k : s.kinds()) {
                        s.gloss().forEach(g -> gloss.add(k + "|" + g));
                        s.hypernyms().forEach(h -> gloss.add(k + "^" + h));
                    }
                }
            }
        }
        List<String> folded = tokens.stream().map(t -> Tokens.fold(t.text())).toList();
        return new SentenceReading(r, Set.copyOf(words), Set.copyOf(related), Set.copyOf(broader), Set.copyOf(gloss),
                " " + String.join(" ", folded) + " ", List.copyOf(tokens), folded.stream().map(stem).toList(), plain(r, tokens), nameHeads(r),
                new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * The folded words that stand outside the sentence's names: "export" in "The Export-Import Bank of
     * Korea pledged…" is part of a name, not something the sentence says about exports.
     */
    private static Set<String> plain(SentenceRecord r, List<Token> tokens) {
        String text = r.sentence().text();
        List<int[]> names = new java.util.ArrayList<>();
        for (kzbot.domain.Fact f : r.facts()) {
            if (isName(f, r)) {
                int from = f.start() - r.sentence().start();
                int to = f.end() - r.sentence().start();
                int length = text.codePointCount(0, text.length());
                if (from >= 0 && to <= length && from < to) {
                    names.add(new int[] {text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to)});
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            if (names.stream().noneMatch(n -> t.start() >= n[0] && t.end() <= n[1])) {
                out.add(Tokens.fold(t.text()));
            }
        }
        return Set.copyOf(out);
    }

    /**
     * A name or an organisation's name, but not a title in a person's role ("Minister of Industry and
     * Tourism" beside Lucía Ferrer Montalvo): a role's words say what the person is.
     */
    private static boolean isName(kzbot.domain.Fact f, SentenceRecord r) {
        if (f.kind() != kzbot.domain.FactKind.NAME && f.kind() != kzbot.domain.FactKind.ORGANISATION) {
            return false;
        }
        return r.facts().stream().noneMatch(p -> p.kind() == kzbot.domain.FactKind.PERSON && p.role().contains(f.valueText()));
    }

    /** The head word of each name ("corridor" of "China-Pakistan Economic Corridor", "bank" of "Export-Import Bank of Korea"). */
    private static Set<String> nameHeads(SentenceRecord r) {
        Set<String> out = new HashSet<>();
        for (kzbot.domain.Fact f : r.facts()) {
            if (isName(f, r)) {
                String name = Tokens.fold(f.valueText());
                int of = name.indexOf(" of ");
                List<Token> words = Tokens.of(of > 0 ? name.substring(0, of) : name);
                if (!words.isEmpty()) {
                    String head = words.get(words.size() - 1).text();
                    out.add(head);
                    out.add(head.endsWith("s") ? head.substring(0, head.length() - 1) : head);
                }
            }
        }
        return Set.copyOf(out);
    }

    long id() {
        return record.sentence().id();
    }

    String text() {
        return record.sentence().text();
    }

    /** True when the folded phrase's words stand one after another in the sentence. */
    boolean hasPhrase(String foldedPhrase) {
        return folded.contains(" " + foldedPhrase + " ");
    }

    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "for", "the", "on", "in");

    /**
     * True when words of the sentence spell the acronym by their initials, the small words between
     * them counted or not ("memorandums of understanding" spells MoU, "Organization of Islamic
     * Cooperation" OIC).
     */
    boolean spells(String acronym) {
        return spelt.computeIfAbsent(acronym, a -> spelt(tokens, a));
    }

    /** Whether these words spell the acronym as it is typed ({@link #spells}). */
    static boolean spelt(List<Token> tokens, String acronym) {
        String want = acronym.toUpperCase(java.util.Locale.ROOT);
        for (Token t : tokens) {
            // "KazMunayGas" spells KMG by its capitals
            String capitals = t.text().codePoints().filter(Character::isUpperCase)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (capitals.length() >= 2 && capitals.length() < t.text().length() && capitals.equals(want)) {
                return true;
            }
        }
        for (int start = 0; start < tokens.size(); start++) {
            if (SMALL_WORDS.contains(tokens.get(start).text())) {
                continue;
            }
            for (boolean skipSmall : new boolean[] {false, true}) {
                int k = 0;
                for (int i = start; i < tokens.size() && k < want.length(); i++) {
                    String w = tokens.get(i).text();
                    if (skipSmall && k > 0 && SMALL_WORDS.contains(w)) {
                        continue;
                    }
                    if (skipSmall && !Character.isUpperCase(w.charAt(0))) {
                        break; // "Organization of Turkic States" spells OTS over "of"; "investment and trade" spells nothing
                    }
                    // "In the field" does not spell IT: only words that say something spell an acronym, and a
                    // small word only where the acronym writes its letter small ("MoU": memorandum of understanding)
                    boolean small = kzbot.text.WordLists.STOP_WORDS.contains(Tokens.fold(w)) && !Character.isLowerCase(acronym.charAt(k));
                    if (Character.toUpperCase(w.charAt(0)) != want.charAt(k) || small) {
                        break;
                    }
                    k++;
                }
                if (k == want.length()) {
                    return true;
                }
            }
        }
        return false;
    }
}
