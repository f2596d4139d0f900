package kzbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import kzbot.domain.Entity;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/** A statistical name finder for people and organisations, trained on the annotated questions. */
public final class OpenNlpNameFinder {
    private final TokenNameFinderModel model;
    private final ThreadSafeNameFinderME finder;

    private OpenNlpNameFinder(TokenNameFinderModel model) {
        this.model = model;
        this.finder = new ThreadSafeNameFinderME(model);
    }

    /** Explicit parameters: NameFinderME.train fills in its own only when keys are absent (NOTES.md). */
    static TrainingParameters parameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        p.put(TrainingParameters.CUTOFF_PARAM, 0);
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    /** Trains from lines in OpenNLP's {@code <START:type> … <END>} format. */
    public static OpenNlpNameFinder train(List<String> annotatedLines) {
        try {
            List<NameSample> samples = new ArrayList<>();
            NameSampleDataStream in = new NameSampleDataStream(new CollectionObjectStream<>(annotatedLines));
            for (NameSample s = in.read(); s != null; s = in.read()) {
                samples.add(s);
            }
            TokenNameFinderModel m = NameFinderME.train("en", null, new CollectionObjectStream<>(samples), parameters(),
                    new TokenNameFinderFactory());
            return new OpenNlpNameFinder(m);
        } catch (IOException e) {
            throw new NluException(NluException.Reason.CORRUPT, "cannot train the name finder: " + e.getMessage(), e);
        }
    }

    public static OpenNlpNameFinder load(InputStream in) throws IOException {
        return new OpenNlpNameFinder(new TokenNameFinderModel(in));
    }

    public void save(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** Spans over the given tokens, typed person or organisation; other types are left out. */
    public List<TypedSpan> find(String[] tokens) {
        List<TypedSpan> out = new ArrayList<>();
        Span[] spans = finder.find(tokens);
        finder.clearAdaptiveData();
        for (Span s : spans) {
            Entity.Type type = switch (s.getType()) {
                case "person" -> Entity.Type.PERSON;
                case "org" -> Entity.Type.ORGANISATION;
                default -> null;
            };
            if (type != null) {
                out.add(new TypedSpan(type, s.getStart(), s.getEnd()));
            }
        }
        return out;
    }

    /** Token indexes [start, end) of a name. */
    public record TypedSpan(Entity.Type type, int start, int end) {
    }
}
