package kzbot.http;

import static kzbot.http.TestApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kzbot.TestKzbot;
import kzbot.answer.Answerer;
import kzbot.store.FactStore;
import kzbot.store.SqliteFactStore;

/** When the database goes away under a running server: JSON errors, one log line each, no body in the log. */
class ApiFailureIT {
    @TempDir
    Path tmp;

    @Test
    void answersFailuresWithJsonAndLogsOneLineWithoutTheQuestion() throws IOException {
        Path db = Files.copy(TestKzbot.seedDatabase(), tmp.resolve("kzbot.db"));
        FactStore store = SqliteFactStore.open(db);
        Answerer answerer = TestKzbot.answerer(store);
        try (TestApi api = TestApi.start(answerer, store)) {
            assertEquals(200, api.get("/healthz").statusCode());
            store.close();
            Files.delete(db);

            HttpResponse<String> health = api.get("/healthz");
            assertEquals(503, health.statusCode(), health.body());
            assertEquals("the database cannot be read", json(health).get("error").asText());

            String secret = "Kazakhstan Pakistan trade volume zebra-4711";
            HttpResponse<String> r = api.postJson("/v1/ask", "{\"question\": \"" + secret + "\"}");
            ApiErrorsIT.assertError(500, r, "internal error");
            ApiErrorsIT.assertError(500, api.get("/v1/sources"), "internal error");

            assertEquals(2, api.log.size(), api.log.toString());
            String line = api.log.get(0);
            assertTrue(line.startsWith("kzbot http: POST /v1/ask failed: ") && !line.contains("\n"), line);
            assertFalse(line.contains("zebra") || line.contains("Pakistan"), line);
            assertTrue(api.log.get(1).startsWith("kzbot http: GET /v1/sources failed: "), api.log.get(1));
        }
    }
}
