package kzbot.http;

import static kzbot.http.TestApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With a token and a CORS origin configured: 401 without the token, /healthz open, one origin allowed. */
class ApiAuthIT {
    private static final String TOKEN = "s3cret-token-for-tests";
    private static final String ORIGIN = "https://news.example.kz";
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start(ApiSettings.loopback(0).withToken(TOKEN).withCorsOrigin(ORIGIN));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static HttpResponse<String> get(String path, String authorization) {
        return api.send(api.request(path).header("Authorization", authorization));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/ask?q=hello", "/v1/sources", "/v1/sources/kz-pakistan", "/v1/facts", "/openapi.json", "/nowhere"})
    void refusesRequestsWithoutTheTokenWith401(String path) {
        HttpResponse<String> r = api.get(path);
        ApiErrorsIT.assertError(401, r, "Authorization: Bearer");
        assertEquals("Bearer realm=\"kzbot\"", r.headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer wrong", "Bearer s3cret-token-for-test", "Bearer s3cret-token-for-tests2", "Basic czNjcmV0",
            "s3cret-token-for-tests", "Bearer", "Bearer  "})
    void refusesAWrongTokenWith401(String authorization) {
        ApiErrorsIT.assertError(401, get("/v1/sources", authorization), "Authorization: Bearer");
    }

    @Test
    void refusesPostsWithoutTheTokenBeforeReadingThem() {
        HttpResponse<String> r = api.send(api.request("/v1/ask").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
        ApiErrorsIT.assertError(401, r, "Authorization");
    }

    @Test
    void admitsTheRightToken() {
        assertEquals(200, get("/v1/sources", "Bearer " + TOKEN).statusCode());
        assertEquals(200, get("/v1/ask?q=hello", "bearer " + TOKEN).statusCode(), "the scheme is case-insensitive");
        HttpResponse<String> r = api.send(api.request("/v1/ask").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"hi\"}")));
        assertEquals(200, r.statusCode(), r.body());
        ApiErrorsIT.assertError(404, get("/nowhere", "Bearer " + TOKEN), "no such endpoint");
    }

    @Test
    void leavesHealthzOpen() {
        HttpResponse<String> r = api.get("/healthz");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("ok", json(r).get("status").asText());
    }

    @Test
    void allowsTheConfiguredOriginOnAnswers() {
        HttpResponse<String> r = api.send(api.request("/v1/sources").header("Authorization", "Bearer " + TOKEN)
                .header("Origin", ORIGIN));
        assertEquals(ORIGIN, r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals(ORIGIN, api.get("/v1/sources").headers().firstValue("Access-Control-Allow-Origin").orElseThrow(),
                "a browser must be able to read the 401 too");
    }

    @Test
    void answersAPreflightWithoutTheToken() {
        HttpResponse<String> r = api.send(api.request("/v1/ask").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type"));
        assertEquals(204, r.statusCode());
        assertEquals(ORIGIN, r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("POST"));
        assertEquals("Authorization, Content-Type", r.headers().firstValue("Access-Control-Allow-Headers").orElseThrow());
        assertTrue(r.headers().firstValue("Access-Control-Max-Age").isPresent());
    }
}
