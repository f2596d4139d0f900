package kzbot.http;

import static kzbot.http.TestApi.json;
import static kzbot.http.TestApi.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import kzbot.TestKzbot;
import kzbot.answer.AnswerJson;

/** Every endpoint answering, through a real client against the real server on a free port; no token set. */
class ApiServerIT {
    @RegisterExtension
    static final TestApi.PerClass SERVER = new TestApi.PerClass();

    @Test
    void answersAQuestionByGetInTheAnswerContract() {
        HttpResponse<String> r = SERVER.api.get("/v1/ask?q=" + q("kz pakistan trade 2023"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode a = json(r);
        assertEquals("kz pakistan trade 2023", a.get("question").asText());
        assertTrue(a.get("answered").asBoolean());
        assertTrue(a.get("answer").asText().contains("$138 million"), r.body());
        assertEquals("trade", a.get("intent").asText());
        assertTrue(a.get("entities").toString().contains("\"value\":\"Pakistan\""), r.body());
        assertEquals("kz-pakistan", a.get("citations").get(0).get("source").asText());
        for (String field : new String[] {"question", "answered", "answer", "intent", "confidence", "entities", "citations"}) {
            assertTrue(a.has(field), field);
        }
    }

    @Test
    void answersAQuestionByPostExactlyAsDirectly() {
        String question = "When did Kazakhstan and Malaysia establish diplomatic relations?";
        HttpResponse<String> r = SERVER.api.postJson("/v1/ask", "{\"question\": \"" + question + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(TestApi.JSON.valueToTree(AnswerJson.of(question, TestKzbot.seeds().answer(question))), json(r));
    }

    @Test
    void answersABatchInOrder() {
        String[] questions = {"hello", "kz pakistan trade 2023", "What is the population of Mars?", "kz pakistan trade 2023"};
        HttpResponse<String> r = SERVER.api.postJson("/v1/ask", "{\"questions\": [\"" + String.join("\", \"", questions) + "\"]}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode answers = json(r).get("answers");
        assertEquals(questions.length, answers.size());
        for (int i = 0; i < questions.length; i++) {
            assertEquals(TestApi.JSON.valueToTree(AnswerJson.of(questions[i], TestKzbot.seeds().answer(questions[i]))),
                    answers.get(i), questions[i]);
        }
        assertFalse(answers.get(0).get("answered").asBoolean(), "a greeting is not an answer");
        assertTrue(answers.get(1).get("answered").asBoolean());
    }

    @Test
    void declinesWithA200WhenTheSourcesAreSilent() {
        HttpResponse<String> r = SERVER.api.get("/v1/ask?q=" + q("What is Kazakhstan's trade with Brazil in 1850?"));
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(json(r).get("answered").asBoolean(), r.body());
        assertEquals(0, json(r).get("citations").size());
    }

    @Test
    void listsTheSourcesWithTheirSentenceCounts() {
        HttpResponse<String> r = SERVER.api.get("/v1/sources");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode sources = json(r).get("sources");
        assertEquals(5, sources.size());
        int total = 0;
        for (JsonNode s : sources) {
            int counted = SERVER.api.store.sentencesAt(s.get("id").asText(), 0, Integer.MAX_VALUE).size();
            assertEquals(counted, s.get("sentences").asInt(), s.get("id").asText());
            total += counted;
        }
        assertEquals(total, json(SERVER.api.get("/healthz")).get("sentences").asInt());
    }

    @Test
    void describesOneSource() {
        JsonNode s = json(SERVER.api.get("/v1/sources/kz-pakistan"));
        assertEquals("kz-pakistan", s.get("id").asText());
        assertEquals("Pakistan", s.get("partner").asText());
        assertEquals("Mohamed Sakhri", s.get("author").asText());
        assertTrue(s.get("sentences").asInt() > 10 && s.get("length").asInt() > 1000, s.toString());
    }

    @Test
    void findsFactsForAPartnerByAnyOfItsNames() {
        JsonNode byName = json(SERVER.api.get("/v1/facts?partner=Pakistan"));
        JsonNode byCapital = json(SERVER.api.get("/v1/facts?partner=Islamabad"));
        assertEquals("Pakistan", byCapital.get("partner").asText());
        assertTrue(byName.get("count").asInt() > 0);
        assertEquals(byName, byCapital);
        for (JsonNode f : byName.get("facts")) {
            assertEquals("Pakistan", f.get("partner").asText());
            assertTrue(f.get("citation").get("quote").asText().contains(f.get("value").asText()), f.toString());
        }
    }

    @Test
    void filtersFactsByTopicAndYear() {
        JsonNode facts = json(SERVER.api.get("/v1/facts?partner=pakistani&topic=trade&year=2023")).get("facts");
        assertTrue(facts.size() > 0);
        for (JsonNode f : facts) {
            assertEquals("trade", f.get("topic").asText());
            assertEquals(2023, f.get("year").asInt());
        }
        assertTrue(facts.toString().contains("$138 million"), facts.toString());
        assertEquals(1, json(SERVER.api.get("/v1/facts?limit=1")).get("facts").size());
    }

    @Test
    void reportsHealthWithTheDatabaseAndModelsLoaded() {
        HttpResponse<String> r = SERVER.api.get("/healthz");
        assertEquals(200, r.statusCode());
        assertEquals("ok", json(r).get("status").asText());
        assertEquals(5, json(r).get("documents").asInt());
        assertEquals("loaded", json(r).get("models").asText());
    }

    @Test
    void answersHeadLikeGetWithoutTheBody() {
        HttpResponse<String> get = SERVER.api.get("/v1/sources");
        HttpResponse<String> head = SERVER.api.send(SERVER.api.request("/v1/sources").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void answersOptionsWithAllowAndNoCorsHeadersByDefault() {
        HttpResponse<String> r = SERVER.api.send(SERVER.api.request("/v1/ask").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example"));
        assertEquals(204, r.statusCode());
        assertEquals("GET, HEAD, OPTIONS, POST", r.headers().firstValue("Allow").orElseThrow());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(SERVER.api.get("/v1/sources").headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }
}
