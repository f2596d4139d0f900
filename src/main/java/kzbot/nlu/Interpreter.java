package kzbot.nlu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kzbot.domain.Entity;
import kzbot.domain.Intent;
import kzbot.domain.Interpretation;
import kzbot.domain.Interpretation.Scored;
import opennlp.tools.util.Span;

/** Reads a question: entities first, then the intent from the question's words. Thread-safe. */
public final class Interpreter {
    /** Below this probability the classifier's intent is not trusted to answer from. */
    public static final double CONFIDENCE_THRESHOLD = 0.40;
    /** Longer questions are read only this far; the rest cannot change the intent. */
    public static final int MAX_CHARS = 1_000;
    private static final int ALTERNATIVES = 3;

    private final EntityRecognizer recognizer;
    private final IntentFeatures features;
    private final OpenNlpIntentClassifier classifier;

    public Interpreter(EntityRecognizer recognizer, QuestionTokenizer tokenizer, OpenNlpIntentClassifier classifier) {
        this.recognizer = recognizer;
        this.features = new IntentFeatures(tokenizer);
        this.classifier = classifier;
    }

    public Interpretation interpret(String question) {
        String q = question == null ? "" : question.strip();
        if (q.length() > MAX_CHARS) {
            q = q.substring(0, MAX_CHARS);
        }
        // the question is tokenized once: the features reuse its chunks, only placeholders are new
        Map<String, Span[]> chunks = new HashMap<>();
        List<Entity> entities = recognizer.find(q, chunks);
        List<Scored> scores = classifier.classify(features.of(q, entities, chunks));
        Scored best = scores.isEmpty() ? new Scored(Intent.OUT_OF_SCOPE, 1.0) : scores.get(0);
        List<Scored> rest = scores.subList(Math.min(1, scores.size()), Math.min(1 + ALTERNATIVES, scores.size()));
        return new Interpretation(question == null ? "" : question, best.intent(), best.score(), rest, entities,
                best.score() >= CONFIDENCE_THRESHOLD);
    }
}
