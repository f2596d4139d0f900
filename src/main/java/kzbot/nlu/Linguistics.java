package kzbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import kzbot.domain.Word;
import kzbot.text.Token;
import kzbot.text.Tokens;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * How kzbot reads English, a question and an article's sentence alike: kzbot's word tokens
 * ({@link Tokens#words}), OpenNLP's part-of-speech tagger and lemmatizer (the UD English-EWT models) and Porter's stemmer, the one
 * FTS5 also uses. Thread-safe.
 *
 * <p>A word's lemma is worked out from the word and its tag alone, not from its neighbours: the
 * statistical lemmatizer costs about a millisecond for a question's words in context, and a word
 * with its tag almost always has one lemma, so each (word, tag) is lemmatized once and kept. That
 * also makes a lemma the same whatever was read before.
 */
public final class Linguistics {
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;
    private final Cache<String, String> lemmas = Caffeine.newBuilder().maximumSize(50_000).build();
    private final Cache<String, String> stems = Caffeine.newBuilder().maximumSize(50_000).build();

    private final kzbot.text.Lexicon lexicon;

    private Linguistics(POSModel pos, LemmatizerModel lemma, kzbot.text.Lexicon lexicon) {
        this.lexicon = lexicon;
        this.tagger = new ThreadSafePOSTaggerME(pos);
        this.lemmatizer = new ThreadSafeLemmatizerME(lemma);
    }

    public static Linguistics english(kzbot.text.Lexicon lexicon) {
        return english(models(), lexicon);
    }

    /** The two OpenNLP models, read from the class path. */
    public record Models(POSModel pos, LemmatizerModel lemmas) {
    }

    public static Models models() {
        return new Models(load(POS_MODEL, POSModel::new), load(LEMMA_MODEL, LemmatizerModel::new));
    }

    public static Linguistics english(Models models, kzbot.text.Lexicon lexicon) {
        return new Linguistics(models.pos(), models.lemmas(), lexicon);
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String name, ModelReader<T> reader) {
        try (InputStream in = Linguistics.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP model " + name + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP model " + name, e);
        }
    }

    /** The words of a text ({@link Tokens#words}), tagged and lemmatized, with offsets into it. */
    public List<Word> read(String text) {
        List<Token> spans = Tokens.words(text);
        String[] tokens = new String[spans.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = spans.get(i).text();
        }
        String[] tags = tokens.length == 0 ? new String[0] : tagger.tag(tokens);
        List<Word> out = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            String tag = repaired(tokens[i], tags[i]);
            if (tag.equals("VERB") && i > 0 && out.get(i - 1).tag().equals("ADJ") && fits(tokens[i], "NOUN")
                    && !kzbot.text.WordLists.STOP_WORDS.contains(Tokens.fold(tokens[i - 1]))) {
                // "diplomatic ties", "bilateral trade": what an adjective goes with is a noun
                tag = "NOUN";
            }
            String previous = i > 0 ? out.get(i - 1).tag() : "";
            if (tag.equals("PRON") && MODIFIES.contains(previous) && determined(out) && fits(tokens[i], "NOUN")) {
                tag = "NOUN"; // "the Zhanakorgan South mine": after a determiner or a modifier, "mine" is a noun, not "my"
            }
            if (tag.equals("VERB") && (previous.equals("NOUN") || previous.equals("PROPN")) && i + 1 < tokens.length
                    && tags[i + 1].equals("NOUN") && fits(tokens[i], "NOUN") && determined(out) && noOtherVerbBefore(out)) {
                tag = "NOUN"; // "what's the kazakhstan philippines trade target": inside a noun phrase, "trade" is a noun
            }
            String folded = Tokens.fold(tokens[i]);
            // (after a finite "be", not "will be built"; and after a possessive: "kazakhstan's trade with brazil")
            boolean finiteBe = i > 0 && (out.get(i - 1).lemma().equals("be") && out.get(i - 1).tag().equals("AUX")
                    && !Tokens.fold(tokens[i - 1]).equals("be") || tokens[i - 1].matches("['’]s"));
            if (tag.equals("VERB") && finiteBe && !folded.endsWith("ed") && !folded.endsWith("ing")
                    && fits(tokens[i], "NOUN") && (i + 1 == tokens.length || tags[i + 1].equals("ADP") || tags[i + 1].equals("NUM")
                    || tags[i + 1].equals("PUNCT"))) {
                tag = "NOUN"; // "how much was trade in 2024": after "was", what is measured, not a verb
            }
            if (tag.equals("NOUN") && kzbot.text.WordLists.COMPARISON_WORDS.contains(folded) && i + 1 < tokens.length
                    && (Tokens.fold(tokens[i + 1]).equals("with") || Tokens.fold(tokens[i + 1]).equals("to")) && fits(tokens[i], "VERB")) {
                tag = "VERB"; // "how does kz sa trade in 2023 compare with 2019": the verb that sets two figures side by side
            }
            if (GET.contains(Tokens.fold(tokens[i])) && i + 1 < tokens.length && Tokens.fold(tokens[i + 1]).endsWith("ed")
                    && fits(tokens[i + 1], "VERB")) {
                tag = "AUX"; // "how many deals got signed": the passive's auxiliary, not what is asked about
            }
            if (i == 1 && !tag.equals("VERB") && Tokens.fold(tokens[0]).equals("who") && Tokens.fold(tokens[i]).endsWith("ed")
                    && fits(tokens[i], "VERB")) {
                tag = "VERB"; // "who organised the forum": after "who", the past tense is its verb
            }
            if (tag.equals("VERB") && previous.equals("DET") && i + 1 < tokens.length && tags[i + 1].equals("NOUN")
                    && Tokens.fold(tokens[i]).endsWith("ed")) {
                tag = "ADJ"; // "the estimated uranium reserves": a participle between a determiner and its noun
            }
            out.add(new Word(tokens[i], spans.get(i).start(), spans.get(i).end(), tag, lemma(tokens[i], tag)));
        }
        return out;
    }

    /** The words read so far end in a noun phrase that opens with a determiner ("the Zhanakorgan South"), not "did Kazakhstan". */
    private static boolean determined(List<Word> read) {
        for (int k = read.size() - 1; k >= 0; k--) {
            String tag = read.get(k).tag();
            if (tag.equals("DET")) {
                return true;
            }
            if (!MODIFIES.contains(tag)) {
                return false;
            }
        }
        return false;
    }

    /**
     * No auxiliary but "be" before the noun phrase: "did the kazakh side trade wheat" keeps "trade" for its
     * verb, "what's the … trade target" has its verb already.
     */
    private static boolean noOtherVerbBefore(List<Word> read) {
        int k = read.size() - 1;
        while (k >= 0 && !read.get(k).tag().equals("DET")) {
            k--;
        }
        for (int j = 0; j < k; j++) {
            Word w = read.get(j);
            if (w.tag().equals("AUX") && !w.lemma().equals("be") || w.tag().equals("VERB")) {
                return false;
            }
        }
        return true;
    }

    /** The forms of "get" that make a passive ("got signed"). */
    private static final java.util.Set<String> GET = java.util.Set.of("get", "gets", "got", "gotten", "getting");

    private static final List<String> OPEN_CLASSES = List.of("NOUN", "VERB", "ADJ");
    /** Tags of the words that come before a noun in its phrase. */
    private static final java.util.Set<String> MODIFIES = java.util.Set.of("DET", "ADJ", "NOUN", "PROPN");
    /** Function words the stop-word list leaves out: prepositions, determiners and pronouns that are never content. */
    private static final java.util.Set<String> CLOSED_CLASS_WORDS = java.util.Set.copyOf(
            kzbot.text.WordLists.words("closed-class.txt"));

    /**
     * The tagger's tag, unless WordNet knows the word only as another open-class part of speech:
     * the UD model tags "grew" and "operate" as nouns and "Turnover" as a verb in news text, and a
     * word English has no verb for is not a verb.
     */
    private String repaired(String token, String tag) {
        String folded = Tokens.fold(token);
        if (!OPEN_CLASSES.contains(tag) && !tag.equals("PROPN") && !tag.equals("NUM") && !tag.equals("PUNCT") && !tag.equals("SYM")
                && Character.isLetter(token.codePointAt(0)) && !kzbot.text.WordLists.STOP_WORDS.contains(folded)
                && !CLOSED_CLASS_WORDS.contains(folded)) {
            // "analysis/AUX", "türkiye/PRON": a word English does not have as a function word is an open-class word
            for (String other : OPEN_CLASSES) {
                if (fits(token, other)) {
                    return other;
                }
            }
            return Character.isUpperCase(token.codePointAt(0)) || !lexicon.knows(folded) ? "PROPN" : tag;
        }
        if (!OPEN_CLASSES.contains(tag) || !Character.isLetter(token.codePointAt(0))
                || tag.equals("NOUN") && Character.isUpperCase(token.codePointAt(0)) && !lexicon.knows(Tokens.fold(token))) {
            return tag;
        }
        if (fits(token, tag)) {
            return tag;
        }
        for (String other : OPEN_CLASSES) {
            if (!other.equals(tag) && fits(token, other)) {
                return other;
            }
        }
        return tag;
    }

    /** True when the word, read as that part of speech, has a lemma WordNet knows as that part of speech. */
    private boolean fits(String token, String tag) {
        char pos = tag.equals("NOUN") ? 'n' : tag.equals("VERB") ? 'v' : 'a';
        String l = lemma(token, tag);
        return lexicon.category(l, pos).isPresent();
    }

    /** The lower-case lemma of a word with its tag; names, numbers and symbols are their own lemma. */
    public String lemma(String token, String tag) {
        String folded = Tokens.fold(token);
        if (token.length() >= 2 && Character.isUpperCase(token.charAt(0)) && token.chars().filter(Character::isUpperCase).count() >= 2) {
            // an acronym is its own lemma, its plural without the s: "JVs", "MoUs", "OTS"
            boolean plural = token.endsWith("s") && Character.isUpperCase(token.charAt(token.length() - 2));
            return plural ? folded.substring(0, folded.length() - 1) : folded;
        }
        if (tag.equals("PROPN") || tag.equals("NUM") || tag.equals("PUNCT") || tag.equals("SYM") || tag.equals("X")
                || !folded.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
            return folded;
        }
        return lemmas.get(tag + '\t' + folded, k -> {
            String l = lemmatizer.lemmatize(new String[] {folded}, new String[] {tag})[0];
            if (l == null || l.isEmpty() || l.equals("O") || l.equals("_")) {
                return folded;
            }
            l = l.toLowerCase(Locale.ROOT);
            char pos = tag.equals("NOUN") ? 'n' : tag.equals("VERB") ? 'v' : tag.equals("ADJ") ? 'a' : ' ';
            if (pos == 'v' && folded.endsWith("ed") && lexicon.category(l, pos).isEmpty()) {
                // "organised" read as a verb: WordNet has it as an adjective only, and "organise" as the verb
                for (String base : regularBases(folded)) {
                    if (lexicon.category(base, pos).isPresent()) {
                        return base;
                    }
                }
            }
            if (pos == ' ' || lexicon.category(l, pos).isPresent() || lexicon.knows(l)) {
                return l; // a word of another part of speech ("sit" for the noun "sits") is left to the tag's repair
            }
            // the statistical lemmatizer's guess is no word WordNet has for the tag ("investe" for "investing",
            // "my" for the noun "mine"): the word itself, or its regular base form, when WordNet has that
            if (lexicon.category(folded, pos).isPresent()) {
                return folded;
            }
            for (String base : regularBases(folded)) {
                if (lexicon.category(base, pos).isPresent()) {
                    return base;
                }
            }
            return l;
        });
    }

    /** The base forms English's regular inflections give: "investing" → invest, "closed" → close, "running" → run. */
    static List<String> regularBases(String w) {
        List<String> out = new ArrayList<>();
        for (String suffix : List.of("ing", "ed", "es", "s")) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                out.add(stem);
                out.add(stem + "e");
                int n = stem.length();
                if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                    out.add(stem.substring(0, n - 1));
                }
                if (suffix.equals("es") && stem.endsWith("i")) {
                    out.add(stem.substring(0, n - 1) + "y");
                }
            }
        }
        return out;
    }

    /** Porter's stem of a word, lower-cased and without accents first: what FTS5's porter tokenizer indexes. */
    public String stem(String word) {
        String folded = Tokens.fold(word);
        return stems.get(folded, w -> {
            PorterStemmer p = new PorterStemmer();
            return p.stem(w);
        });
    }
}
