package kzbot.nlu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kzbot.domain.Entity;
import kzbot.domain.Intent;

/** Cross-validated figures for both models: each fold is trained on the others and tested on itself. */
public final class NluEvaluation {
    /** Counts for precision, recall and F1 of one class. */
    public record Prf(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Prf plus(Prf o) {
            return new Prf(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    /** The whole report: intent accuracy, per-intent figures, confusion matrix, per-type entity figures. */
    public record Report(int folds, int questions, double accuracy, Map<Intent, Prf> intents, int[][] confusion,
                         Map<Entity.Type, Prf> entities) {
    }

    private static final Set<Entity.Type> ENTITY_TYPES = Set.of(Entity.Type.COUNTRY, Entity.Type.ORGANISATION,
            Entity.Type.PERSON);

    private final NluModels models;

    public NluEvaluation(NluModels models) {
        this.models = models;
    }

    public Report crossValidate(TrainingData data, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds");
        }
        Set<String> words = models.ordinaryWords(data);
        int n = Intent.values().length;
        int[][] confusion = new int[n][n];
        int correct = 0;
        Map<Entity.Type, Prf> entities = new EnumMap<>(Entity.Type.class);
        ENTITY_TYPES.forEach(t -> entities.put(t, new Prf(0, 0, 0)));
        for (int fold = 0; fold < folds; fold++) {
            List<TrainingData.AnnotatedQuestion> entTrain = new ArrayList<>();
            List<TrainingData.AnnotatedQuestion> entTest = new ArrayList<>();
            split(data.entities(), fold, folds, entTrain, entTest);
            OpenNlpNameFinder names = OpenNlpNameFinder.train(entTrain.stream().map(TrainingData.AnnotatedQuestion::line).toList());
            EntityRecognizer recognizer = models.recognizer(words, List.of(), Optional.of(names));
            for (TrainingData.AnnotatedQuestion q : entTest) {
                score(q, recognizer.find(q.text()), entities);
            }
            List<TrainingData.LabelledQuestion> train = new ArrayList<>();
            List<TrainingData.LabelledQuestion> test = new ArrayList<>();
            split(data.intents(), fold, folds, train, test);
            OpenNlpIntentClassifier classifier = models.trainIntents(train, recognizer);
            IntentFeatures features = new IntentFeatures(QuestionTokenizer.english());
            for (TrainingData.LabelledQuestion q : test) {
                Intent got = classifier.classify(features.of(q.question(), recognizer.find(q.question()))).get(0).intent();
                confusion[q.intent().ordinal()][got.ordinal()]++;
                if (got == q.intent()) {
                    correct++;
                }
            }
        }
        Map<Intent, Prf> perIntent = new EnumMap<>(Intent.class);
        for (Intent i : Intent.values()) {
            int tp = confusion[i.ordinal()][i.ordinal()];
            int fn = 0;
            int fp = 0;
            for (int j = 0; j < n; j++) {
                if (j != i.ordinal()) {
                    fn += confusion[i.ordinal()][j];
                    fp += confusion[j][i.ordinal()];
                }
            }
            perIntent.put(i, new Prf(tp, fp, fn));
        }
        return new Report(folds, data.intents().size(), (double) correct / data.intents().size(), perIntent, confusion,
                entities);
    }

    private static <T> void split(List<T> all, int fold, int folds, List<T> train, List<T> test) {
        for (int i = 0; i < all.size(); i++) {
            (i % folds == fold ? test : train).add(all.get(i));
        }
    }

    private static void score(TrainingData.AnnotatedQuestion q, List<Entity> found, Map<Entity.Type, Prf> out) {
        for (Entity.Type type : ENTITY_TYPES) {
            List<TrainingData.Gold> gold = q.gold().stream().filter(g -> g.type() == type).toList();
            List<Entity> got = found.stream().filter(e -> e.type() == type).toList();
            int tp = (int) got.stream().filter(e -> gold.stream().anyMatch(g -> g.start() == e.start() && g.end() == e.end()))
                    .count();
            out.merge(type, new Prf(tp, got.size() - tp, gold.size() - tp), Prf::plus);
        }
    }
}
