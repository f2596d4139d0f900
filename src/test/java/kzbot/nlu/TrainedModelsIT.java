package kzbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kzbot.domain.Entity;
import kzbot.domain.Intent;
import kzbot.text.Gazetteer;
import kzbot.text.TopicLexicon;

/** The committed models are what the data trains, and the data is good enough. */
class TrainedModelsIT {
    private static final NluModels NLU = new NluModels(Gazetteer.load(), new TopicLexicon(), QuestionTokenizer.english());
    private static final TrainingData DATA = TrainingData.read(Path.of("data/nlu"));

    @Test
    void committedModelsGiveTheSamePredictionsAsRetrainingFromTheData() {
        Interpreter committed = NLU.interpreter(NLU.load(Path.of("models")), List.of());
        Interpreter retrained = NLU.interpreter(NLU.train(DATA), List.of());
        for (TrainingData.LabelledQuestion q : DATA.intents()) {
            assertEquals(retrained.interpret(q.question()).intent(), committed.interpret(q.question()).intent(),
                    () -> "models/ is stale (run kzbot train): " + q.question());
        }
        for (TrainingData.AnnotatedQuestion q : DATA.entities()) {
            assertEquals(retrained.interpret(q.text()).entities(), committed.interpret(q.text()).entities(), q.text());
        }
    }

    @Test
    void crossValidatedFiguresMeetTheBar() {
        NluEvaluation.Report r = new NluEvaluation(NLU).crossValidate(DATA, 10);
        assertTrue(r.accuracy() >= 0.92, "intent accuracy " + r.accuracy());
        assertTrue(r.entities().get(Entity.Type.COUNTRY).f1() >= 0.97, "country F1 " + r.entities().get(Entity.Type.COUNTRY).f1());
        assertTrue(DATA.intents().size() >= 300);
        assertEquals(Set.of(Intent.values()), Set.copyOf(DATA.intents().stream().map(TrainingData.LabelledQuestion::intent).toList()));
    }
}
