package kzbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kzbot.TestKzbot;
import kzbot.answer.AnswerJson;
import kzbot.cli.DevSetEvaluation;

/**
 * Over HTTP, every question of the dev set gets exactly the JSON that {@code kzbot ask --jsonl}
 * writes for it (the same map through a default ObjectMapper), by GET, by POST and in batches.
 */
class ApiDevSetIT {
    @RegisterExtension
    static final TestApi.PerClass SERVER = new TestApi.PerClass();

    private static List<String> questions() {
        return TestKzbot.rows(TestKzbot.DEV).stream().map(DevSetEvaluation.Row::question).toList();
    }

    private static String direct(String question) throws IOException {
        return new ObjectMapper().writeValueAsString(AnswerJson.of(question, TestKzbot.seeds().answer(question)));
    }

    @Test
    void answersEveryDevQuestionByGetAndPostExactlyAsAskJson() throws IOException {
        List<String> questions = questions();
        assertEquals(false, questions.isEmpty(), "the dev set has questions");
        List<String> differ = new ArrayList<>();
        for (String q : questions) {
            String expected = direct(q);
            if (!expected.equals(SERVER.api.get("/v1/ask?q=" + TestApi.q(q)).body())) {
                differ.add("GET " + q);
            }
            if (!expected.equals(SERVER.api.postJson("/v1/ask", TestApi.JSON.writeValueAsString(Map.of("question", q))).body())) {
                differ.add("POST " + q);
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void answersTheDevSetAsOneBatchInOrder() throws IOException {
        List<String> questions = questions();
        JsonNode answers = TestApi.json(SERVER.api.postJson("/v1/ask", TestApi.JSON.writeValueAsString(Map.of("questions", questions))))
                .get("answers");
        assertEquals(questions.size(), answers.size());
        for (int i = 0; i < questions.size(); i++) {
            assertEquals(TestApi.JSON.readTree(direct(questions.get(i))), answers.get(i), questions.get(i));
        }
    }
}
