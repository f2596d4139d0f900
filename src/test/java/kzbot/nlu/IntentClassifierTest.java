package kzbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kzbot.domain.Intent;
import kzbot.text.Gazetteer;
import kzbot.text.TopicLexicon;

class IntentClassifierTest {
    private static final NluModels NLU = new NluModels(Gazetteer.load(), new TopicLexicon(), QuestionTokenizer.english());

    @Test
    void aSmallModelTrainedHereLearnsQuestionFormsNotCountries() {
        List<TrainingData.LabelledQuestion> data = new ArrayList<>();
        for (String c : new String[] {"Pakistan", "Malaysia", "Qatar", "Japan"}) {
            data.add(new TrainingData.LabelledQuestion(Intent.TRADE, "trade volume between Kazakhstan and " + c));
            data.add(new TrainingData.LabelledQuestion(Intent.TRADE, "how much did " + c + " export to Kazakhstan"));
            data.add(new TrainingData.LabelledQuestion(Intent.ORIGIN, "when did " + c + " recognise Kazakhstan"));
            data.add(new TrainingData.LabelledQuestion(Intent.ORIGIN, "when were diplomatic relations with " + c + " established"));
        }
        data.add(new TrainingData.LabelledQuestion(Intent.GREETING, "hello"));
        data.add(new TrainingData.LabelledQuestion(Intent.GREETING, "hi there"));
        EntityRecognizer recognizer = NLU.recognizer(NluModels.builtInWords(), List.of(), Optional.empty());
        Interpreter in = new Interpreter(recognizer, QuestionTokenizer.english(), NLU.trainIntents(data, recognizer));
        assertEquals(Intent.TRADE, in.interpret("trade volume between Kazakhstan and Azerbaijan").intent());
        assertEquals(Intent.ORIGIN, in.interpret("when did Chile recognise Kazakhstan?").intent());
        assertEquals(Intent.GREETING, in.interpret("hello").intent());
    }

    @Test
    void trainingTwiceOnTheSameDataGivesTheSameScores() {
        List<TrainingData.LabelledQuestion> data = List.of(
                new TrainingData.LabelledQuestion(Intent.TRADE, "trade with Pakistan"),
                new TrainingData.LabelledQuestion(Intent.ENERGY, "oil and gas reserves"),
                new TrainingData.LabelledQuestion(Intent.THANKS, "thanks a lot"));
        EntityRecognizer r = NLU.recognizer(NluModels.builtInWords(), List.of(), Optional.empty());
        var a = new Interpreter(r, QuestionTokenizer.english(), NLU.trainIntents(data, r)).interpret("gas trade");
        var b = new Interpreter(r, QuestionTokenizer.english(), NLU.trainIntents(data, r)).interpret("gas trade");
        assertEquals(a.confidence(), b.confidence());
        assertEquals(a.alternatives(), b.alternatives());
    }
}
