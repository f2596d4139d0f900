package kzbot.http;

import static kzbot.http.TestApi.json;
import static kzbot.http.TestApi.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import kzbot.answer.Answerer;

/** Every refusal is JSON {"error", "status"} with the right status and a message that says what to do. */
class ApiErrorsIT {
    @RegisterExtension
    static final TestApi.PerClass SERVER = new TestApi.PerClass();

    static JsonNode assertError(int status, HttpResponse<String> r, String saying) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        JsonNode e = json(r);
        assertEquals(2, e.size(), r.body());
        assertEquals(status, e.get("status").asInt());
        assertTrue(e.get("error").asText().contains(saying), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        return e;
    }

    private static HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body) {
        return SERVER.api.send(SERVER.api.request("/v1/ask").header("Content-Type", contentType).POST(body));
    }

    @Test
    void refusesAMissingOrEmptyQuestionWith400() {
        assertError(400, SERVER.api.get("/v1/ask"), "no question");
        assertError(400, SERVER.api.get("/v1/ask?q="), "empty");
        assertError(400, SERVER.api.get("/v1/ask?q=" + q("   ")), "empty");
        assertError(400, SERVER.api.postJson("/v1/ask", "{}"), "no question");
        assertError(400, SERVER.api.postJson("/v1/ask", "{\"question\": \" \"}"), "empty");
        assertError(400, SERVER.api.postJson("/v1/ask", "{\"question\": 42}"), "must be a string");
        assertError(400, SERVER.api.postJson("/v1/ask", "{\"questions\": []}"), "non-empty array");
        assertError(400, SERVER.api.postJson("/v1/ask", "{\"questions\": [\"trade\", \"\"]}"), "questions[1] is empty");
        assertError(400, SERVER.api.postJson("/v1/ask", "{\"question\": \"a\", \"questions\": [\"b\"]}"), "not both");
        assertError(400, SERVER.api.get("/v1/ask?q=a&q=b"), "give it once");
    }

    @Test
    void refusesAQuestionOverTheLimitRatherThanCuttingIt() {
        String longest = "trade ".repeat(Answerer.MAX_QUESTION_CHARS / 6) + "x".repeat(Answerer.MAX_QUESTION_CHARS % 6);
        assertEquals(Answerer.MAX_QUESTION_CHARS, longest.length());
        assertEquals(200, SERVER.api.get("/v1/ask?q=" + q(longest)).statusCode());
        assertError(400, SERVER.api.get("/v1/ask?q=" + q(longest + "y")), "at most 1000");
        assertError(400, SERVER.api.postJson("/v1/ask", "{\"questions\": [\"trade\", \"" + longest + "y\"]}"), "questions[1] is 1001");
    }

    @Test
    void refusesABatchOfMoreThanOneHundred() {
        String hundred = "{\"questions\": [" + "\"hello\",".repeat(99) + "\"hello\"]}";
        assertEquals(100, json(SERVER.api.postJson("/v1/ask", hundred)).get("answers").size());
        assertError(400, SERVER.api.postJson("/v1/ask", hundred.replace("[", "[\"hello\",")), "at most 100");
    }

    @Test
    void refusesABodyOverTheLimitWith413WithOrWithoutItsLength() {
        String pad = " ".repeat(ApiServer.MAX_BODY_BYTES - "{\"question\": \"hello\"}".length());
        assertEquals(200, SERVER.api.postJson("/v1/ask", "{\"question\": \"hello\"}" + pad).statusCode(), "exactly the limit");
        byte[] over = ("{\"question\": \"hello\"}" + pad + " ").getBytes(StandardCharsets.UTF_8);
        assertError(413, post("application/json", HttpRequest.BodyPublishers.ofByteArray(over)), "larger than 65536");
        // streamed: sent chunked, with no Content-Length to go by
        assertError(413, post("application/json", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(over))),
                "larger than 65536");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/jsonp", "multipart/form-data"})
    void refusesABodyThatIsNotDeclaredJsonWith415(String type) {
        assertError(415, post(type, HttpRequest.BodyPublishers.ofString("{\"question\": \"hello\"}")), "Content-Type: application/json");
    }

    @Test
    void acceptsJsonWithACharsetParameter() {
        assertEquals(200, post("Application/JSON; charset=UTF-8", HttpRequest.BodyPublishers.ofString("{\"question\": \"hi\"}"))
                .statusCode());
        assertError(415, SERVER.api.send(SERVER.api.request("/v1/ask").POST(HttpRequest.BodyPublishers.ofString("{}"))), "Content-Type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"question\": ", "{question: \"hello\"}", "{\"question\": \"a\"} {}", "{\"question\": \"a\", \"question\": \"b\"}"})
    void refusesMalformedJsonWith400(String body) {
        assertError(400, SERVER.api.postJson("/v1/ask", body), "not valid JSON");
    }

    @Test
    void refusesJsonThatIsNotAnObjectOrIsEmptyWith400() {
        assertError(400, SERVER.api.postJson("/v1/ask", "[\"hello\"]"), "must be a JSON object");
        assertError(400, SERVER.api.postJson("/v1/ask", "\"hello\""), "must be a JSON object");
        assertError(400, SERVER.api.postJson("/v1/ask", ""), "empty");
        assertError(400, post("application/json", HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', (byte) 0xC3, '"'})),
                "not valid JSON");
    }

    @Test
    void answers404ForAnUnknownPathAndAnUnknownSource() {
        assertError(404, SERVER.api.get("/v2/ask?q=hello"), "no such endpoint");
        assertError(404, SERVER.api.get("/"), "/openapi.json");
        assertError(404, SERVER.api.get("/v1/sources/"), "no such endpoint");
        assertError(404, SERVER.api.get("/v1/sources/kz-pakistan/sentences"), "no such endpoint");
        assertError(404, SERVER.api.get("/v1/sources/kz-atlantis"), "no source with the id 'kz-atlantis'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".hidden", "..%2F..%2Fetc%2Fpasswd", "kz%20pakistan", "kz-pakistan%00", "%2Fetc%2Fpasswd",
            "kz-pakistan.txt%3F", "a%5Cb"})
    void refusesASourceIdOutsideThePatternWith400(String id) {
        assertError(400, SERVER.api.get("/v1/sources/" + id), "not a source id");
    }

    @Test
    void refusesBadFactFiltersWith400() {
        assertError(400, SERVER.api.get("/v1/facts?topic=weather"), "unknown topic; one of: origin, trade");
        assertError(400, SERVER.api.get("/v1/facts?kind=colour"), "unknown kind");
        assertError(400, SERVER.api.get("/v1/facts?year=twenty"), "year must be a whole number");
        assertError(400, SERVER.api.get("/v1/facts?limit=0"), "limit must be a whole number from 1 to 1000");
    }

    /** The JDK server refuses a request line it cannot parse before any handler runs: its own 400, no trace. */
    @Test
    void aRequestLineTheServerCannotParseGetsA400WithoutAStackTrace() {
        String raw = SERVER.api.raw("GET", "/v1/facts?partner=%ZZ");
        assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
        assertFalse(raw.contains("\tat ") || raw.contains("at java."), raw);
    }

    @Test
    void answers405WithAllowForAWrongMethod() {
        HttpResponse<String> r = SERVER.api.send(SERVER.api.request("/v1/ask").DELETE());
        assertError(405, r, "DELETE is not allowed");
        assertEquals("GET, HEAD, OPTIONS, POST", r.headers().firstValue("Allow").orElseThrow());
        HttpResponse<String> p = SERVER.api.send(SERVER.api.request("/v1/sources").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertError(405, p, "POST is not allowed");
        assertEquals("GET, HEAD, OPTIONS", p.headers().firstValue("Allow").orElseThrow());
        assertEquals("GET, HEAD, OPTIONS", SERVER.api.send(SERVER.api.request("/healthz").PUT(HttpRequest.BodyPublishers.noBody()))
                .headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void logsNothingForRefusals() {
        SERVER.api.get("/v1/ask");
        SERVER.api.get("/nowhere");
        assertEquals(java.util.List.of(), SERVER.api.log);
    }
}
