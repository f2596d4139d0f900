package kzbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;
import kzbot.cli.DevSetEvaluation;

/**
 * No training question is an evaluation question or a near copy of one: the cosine similarity of
 * their words and word pairs stays under 0.8 for every pair of a line of {@code data/nlu/} and a
 * question of dev, dev2 or a blind set.
 */
class TrainingIsNotEvaluationTest {
    static final double NEAR_COPY = 0.8;

    /** Words and neighbouring word pairs, counted. */
    static Map<String, Integer> bag(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            out.merge(words.get(i), 1, Integer::sum);
            if (i > 0) {
                out.merge(words.get(i - 1) + " " + words.get(i), 1, Integer::sum);
            }
        }
        return out;
    }

    static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0);
        }
        double na = a.values().stream().mapToDouble(v -> v * v).sum();
        double nb = b.values().stream().mapToDouble(v -> v * v).sum();
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    @Test
    void theMeasureFindsACopyAndPassesADifferentQuestion() {
        assertEquals(1.0, cosine(bag("How much did Saudi investors commit?"), bag("how much did saudi investors commit")), 1e-9);
        assertTrue(cosine(bag("When did Kazakhstan and Pakistan establish diplomatic relations?"),
                bag("when did kazakhstan and thailand establish diplomatic relations")) >= NEAR_COPY);
        assertTrue(cosine(bag("who wrote the article"), bag("how many students study in Astana")) < NEAR_COPY);
    }

    @Test
    void noTrainingLineIsANearCopyOfAnEvaluationQuestion() throws IOException {
        List<String> evaluation = new ArrayList<>();
        List<Path> sets = new ArrayList<>(List.of(TestKzbot.DEV, TestKzbot.DEV2_QUESTIONS, TestKzbot.DEV2_SEEDS));
        TestKzbot.blindSets().forEach(d -> sets.add(d.resolve("questions.tsv")));
        for (Path set : sets) {
            TestKzbot.rows(set).stream().map(DevSetEvaluation.Row::question).forEach(evaluation::add);
        }
        assertTrue(evaluation.size() >= 180, "the evaluation sets are read: " + evaluation.size());
        List<Map<String, Integer>> bags = evaluation.stream().map(TrainingIsNotEvaluationTest::bag).toList();
        List<String> copies = new ArrayList<>();
        for (Path file : List.of(Path.of("data/nlu/intents.tsv"), Path.of("data/nlu/entities.txt"))) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                // intents.tsv: label TAB question; entities.txt: <START:type> tags around names
                String text = line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line;
                text = text.replaceAll("<START:[^>]*>|<END>", " ");
                Map<String, Integer> b = bag(text);
                for (int i = 0; i < bags.size(); i++) {
                    double c = cosine(b, bags.get(i));
                    if (c >= NEAR_COPY) {
                        copies.add(String.format(Locale.ROOT, "%.2f %s | %s: %s", c, file.getFileName(), text.strip(), evaluation.get(i)));
                    }
                }
            }
        }
        assertEquals(List.of(), copies, "training lines that copy an evaluation question");
    }
}
