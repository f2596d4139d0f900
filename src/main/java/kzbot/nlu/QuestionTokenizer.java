package kzbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/** OpenNLP's English tokenizer (UD EWT, {@code opennlp-models-tokenizer-en}), safe to share between threads. */
public final class QuestionTokenizer {
    private static final String MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final ThreadSafeTokenizerME tokenizer;
    /**
     * Chunks tokenized before. TokenizerME reads each whitespace-separated chunk on its own, so a
     * chunk ("Kazakhstan's", "trade?") always gives the same tokens; questions share most of theirs.
     * The arrays are never changed once made.
     */
    private final kzbot.text.BoundedCache<String, Span[]> chunks = new kzbot.text.BoundedCache<>(16_384);

    private QuestionTokenizer(TokenizerModel model) {
        this.tokenizer = new ThreadSafeTokenizerME(model);
    }

    public static QuestionTokenizer english() {
        try (InputStream in = QuestionTokenizer.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP tokenizer model " + MODEL + " is not on the class path");
            }
            return new QuestionTokenizer(new TokenizerModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP tokenizer model", e);
        }
    }

    public Span[] spans(String text) {
        return tokenizer.tokenizePos(text);
    }

    public String[] tokens(String text) {
        return tokenizer.tokenize(text);
    }

    /**
     * The same spans as {@link #spans(String)}, with each whitespace-separated chunk looked up in
     * {@code known} first and added to it after. TokenizerME reads every chunk on its own, so a
     * chunk's tokens can be reused when another string of the same question holds it again.
     */
    public Span[] spans(String text, Map<String, Span[]> known) {
        List<Span> out = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            String c = text.substring(chunk.getStart(), chunk.getEnd());
            Span[] inside = known.get(c);
            if (inside == null) {
                inside = chunks.computeIfAbsent(c, tokenizer::tokenizePos);
                known.put(c, inside);
            }
            for (Span s : inside) {
                out.add(new Span(s.getStart() + chunk.getStart(), s.getEnd() + chunk.getStart()));
            }
        }
        return out.toArray(Span[]::new);
    }

    /** The same tokens as {@link #tokens(String)}, reusing known chunks as {@link #spans(String, Map)} does. */
    public String[] tokens(String text, Map<String, Span[]> known) {
        Span[] spans = spans(text, known);
        String[] out = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            out[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
        }
        return out;
    }
}
