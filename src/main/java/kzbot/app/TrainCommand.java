package kzbot.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import kzbot.domain.Entity;
import kzbot.domain.Intent;
import kzbot.nlu.NluEvaluation;
import kzbot.nlu.NluModels;
import kzbot.nlu.QuestionTokenizer;
import kzbot.nlu.TrainingData;
import kzbot.text.Gazetteer;
import kzbot.text.TopicLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Retrains the intent and name-finder models from the labelled questions and writes them.",
                "With --cv N, prints N-fold cross-validated figures instead of writing models."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "labelled questions (default: ${DEFAULT-VALUE})")
    Path data = Home.resolve("data/nlu");

    @picocli.CommandLine.Mixin
    Paths paths;

    @Option(names = "--cv", paramLabel = "N", description = "cross-validate with N folds (2 or more)")
    Integer folds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path models = paths.models();
        NluModels nlu = new NluModels(Gazetteer.load(), new TopicLexicon(), QuestionTokenizer.english());
        TrainingData td = TrainingData.read(data);
        long t0 = System.nanoTime();
        if (folds != null) {
            if (folds < 2) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cv needs 2 or more folds");
            }
            print(out, new NluEvaluation(nlu).crossValidate(td, folds));
        } else {
            nlu.save(nlu.train(td), models);
            out.printf(Locale.ROOT, "trained on %d questions and %d annotated questions; wrote %s, %s, %s to %s%n",
                    td.intents().size(), td.entities().size(), NluModels.INTENT, NluModels.NAMES, NluModels.WORDS, models);
        }
        out.printf(Locale.ROOT, "took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, NluEvaluation.Report r) {
        out.printf(Locale.ROOT, "%d-fold cross-validation over %d questions%n", r.folds(), r.questions());
        out.printf(Locale.ROOT, "intent accuracy: %.3f%n%n", r.accuracy());
        out.printf(Locale.ROOT, "%-24s %9s %9s %9s %7s%n", "intent", "precision", "recall", "f1", "support");
        for (Map.Entry<Intent, NluEvaluation.Prf> e : r.intents().entrySet()) {
            NluEvaluation.Prf p = e.getValue();
            out.printf(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %7d%n", e.getKey().code(), p.precision(), p.recall(), p.f1(),
                    p.truePositives() + p.falseNegatives());
        }
        out.println();
        out.println("confusion matrix (rows: true intent, columns: predicted, in the order above)");
        Intent[] all = Intent.values();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-24s", ""));
        for (int j = 0; j < all.length; j++) {
            head.append(String.format(Locale.ROOT, "%4d", j));
        }
        out.println(head);
        for (int i = 0; i < all.length; i++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%2d %-21s", i, all[i].code()));
            for (int j = 0; j < all.length; j++) {
                row.append(String.format(Locale.ROOT, "%4s", r.confusion()[i][j] == 0 ? "." : r.confusion()[i][j]));
            }
            out.println(row);
        }
        out.println();
        out.printf(Locale.ROOT, "%-24s %9s %9s %9s%n", "entity type", "precision", "recall", "f1");
        for (Map.Entry<Entity.Type, NluEvaluation.Prf> e : r.entities().entrySet()) {
            NluEvaluation.Prf p = e.getValue();
            out.printf(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f%n", e.getKey().code(), p.precision(), p.recall(), p.f1());
        }
        NluEvaluation.Prf country = r.entities().get(Entity.Type.COUNTRY);
        out.printf(Locale.ROOT, "%nnlu: intent_accuracy=%.3f country_f1=%.3f%n", r.accuracy(), country.f1());
    }
}
