package kzbot.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import kzbot.answer.AnswerJson;
import kzbot.answer.Answerer;

/**
 * {@code GET /v1/ask?q=…} and {@code POST /v1/ask}: one answer in the contract of
 * data/eval/README.md per question, exactly as {@code kzbot ask --json} writes it.
 */
final class AskEndpoint {
    private static final String HOW = "give ?q=... or a body {\"question\": \"...\"} or {\"questions\": [\"...\"]}";

    private final Answerer answerer;

    AskEndpoint(Answerer answerer) {
        this.answerer = answerer;
    }

    Reply get(Request request) {
        String q = request.query("q").orElseThrow(() -> ApiError.badRequest("no question: " + HOW));
        return Reply.ok(answer(checked(q, "q")));
    }

    Reply post(Request request) throws IOException {
        JsonNode body = request.jsonBody();
        if (!body.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object: " + HOW);
        }
        boolean one = body.has("question");
        boolean many = body.has("questions");
        if (one && many) {
            throw ApiError.badRequest("give either \"question\" or \"questions\", not both");
        }
        if (one) {
            return Reply.ok(answer(text(body.get("question"), "question")));
        }
        if (many) {
            return Reply.ok(Map.of("answers", batch(body.get("questions"))));
        }
        throw ApiError.badRequest("no question: " + HOW);
    }

    /** Every question is checked before any is answered: a batch is refused whole or answered whole. */
    private List<Map<String, Object>> batch(JsonNode questions) {
        if (!questions.isArray() || questions.isEmpty()) {
            throw ApiError.badRequest("\"questions\" must be a non-empty array of strings");
        }
        if (questions.size() > ApiServer.MAX_BATCH) {
            throw ApiError.badRequest("at most " + ApiServer.MAX_BATCH + " questions in a batch, not " + questions.size());
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            texts.add(text(questions.get(i), "questions[" + i + "]"));
        }
        return texts.stream().map(this::answer).toList();
    }

    private Map<String, Object> answer(String question) {
        return AnswerJson.of(question, answerer.answer(question));
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.isTextual()) {
            throw ApiError.badRequest("\"" + field + "\" must be a string");
        }
        return checked(node.textValue(), field);
    }

    /** Refuses an empty question and one too long to answer, rather than cutting it short. */
    private static String checked(String question, String field) {
        String q = question.strip();
        if (q.isEmpty()) {
            throw ApiError.badRequest(field + " is empty: " + HOW);
        }
        if (q.length() > Answerer.MAX_QUESTION_CHARS) {
            throw ApiError.badRequest(field + " is " + q.length() + " characters long; a question may have at most "
                    + Answerer.MAX_QUESTION_CHARS);
        }
        return question;
    }
}
