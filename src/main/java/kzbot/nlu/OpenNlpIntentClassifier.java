package kzbot.nlu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import kzbot.domain.Intent;
import kzbot.domain.Interpretation.Scored;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The intent classifier: OpenNLP's maximum-entropy document categorizer over bag-of-words and
 * bigram features. {@code categorize} is safe to share between threads (measured in NOTES.md).
 */
public final class OpenNlpIntentClassifier {
    /** Cutoff 1: with a few hundred questions the default of 5 would drop most words. */
    static final int CUTOFF = 1;
    static final int ITERATIONS = 300;

    static {
        // OpenNLP loads feature generators by class name, only from packages it is told to trust
        opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage(PrefixFeatureGenerator.class.getPackageName());
    }

    private final DoccatModel model;
    private final DocumentCategorizerME categorizer;

    private OpenNlpIntentClassifier(DoccatModel model) {
        this.model = model;
        this.categorizer = new DocumentCategorizerME(model);
    }

    public static TrainingParameters parameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    /** Trains on (intent, feature tokens) samples; the same samples in the same order give the same model. */
    public static OpenNlpIntentClassifier train(List<Sample> samples) {
        List<DocumentSample> docs = new ArrayList<>();
        for (Sample s : samples) {
            docs.add(new DocumentSample(s.intent().code(), s.tokens()));
        }
        try {
            FeatureGenerator[] features = {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(),
                new PrefixFeatureGenerator()};
            DoccatModel m = DocumentCategorizerME.train("en", new CollectionObjectStream<>(docs), parameters(),
                    new DoccatFactory(features));
            return new OpenNlpIntentClassifier(m);
        } catch (IOException e) {
            throw new NluException(NluException.Reason.CORRUPT, "cannot train the intent model: " + e.getMessage(), e);
        }
    }

    /** A training question as the classifier sees it. */
    public record Sample(Intent intent, String[] tokens) {
    }

    public static OpenNlpIntentClassifier load(InputStream in) throws IOException {
        return new OpenNlpIntentClassifier(new DoccatModel(in));
    }

    public void save(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** A copy through serialisation: what a model saved to disk and loaded again would answer. */
    OpenNlpIntentClassifier reloaded() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        save(bytes);
        return load(new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** Every intent with its probability, best first. */
    public List<Scored> classify(String[] tokens) {
        Map<String, Double> scores = categorizer.scoreMap(tokens);
        List<Scored> out = new ArrayList<>();
        scores.forEach((code, p) -> Intent.fromCode(code).ifPresent(i -> out.add(new Scored(i, p))));
        out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.intent().ordinal()));
        return out;
    }
}
