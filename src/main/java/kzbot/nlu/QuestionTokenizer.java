package kzbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/** OpenNLP's English tokenizer (UD EWT, {@code opennlp-models-tokenizer-en}), safe to share between threads. */
public final class QuestionTokenizer {
    private static final String MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final ThreadSafeTokenizerME tokenizer;

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
}
