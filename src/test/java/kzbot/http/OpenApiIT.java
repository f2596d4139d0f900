package kzbot.http;

import static kzbot.http.TestApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** The OpenAPI description in the repository is what the server serves, and it describes every route. */
class OpenApiIT {
    private static final Path IN_REPOSITORY = Path.of("src/main/resources/kzbot/http/openapi.json");
    @RegisterExtension
    static final TestApi.PerClass SERVER = new TestApi.PerClass();

    @Test
    void servesTheDescriptionKeptInTheRepository() throws IOException {
        JsonNode served = json(SERVER.api.get("/openapi.json"));
        assertEquals(TestApi.JSON.readTree(Files.readString(IN_REPOSITORY)), served);
        assertTrue(served.get("openapi").asText().startsWith("3."), served.get("openapi").asText());
    }

    @Test
    void describesEveryServedPathAndMethodAndNothingElse() {
        JsonNode paths = json(SERVER.api.get("/openapi.json")).get("paths");
        TreeSet<String> described = new TreeSet<>();
        paths.fieldNames().forEachRemaining(described::add);
        TreeSet<String> served = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        for (Route route : SERVER.api.server.routes()) {
            served.add(route.template());
            for (String method : route.handlers().keySet()) {
                if (!paths.path(route.template()).has(method.toLowerCase(Locale.ROOT))) {
                    missing.add(method + " " + route.template());
                }
            }
        }
        assertEquals(served, described);
        assertEquals(List.of(), missing);
    }

    @Test
    void documentsTheLimitsTheServerEnforces() {
        String info = json(SERVER.api.get("/openapi.json")).get("info").get("description").asText();
        assertTrue(info.contains(ApiServer.MAX_BODY_BYTES + " bytes"), info);
        assertTrue(info.contains(kzbot.answer.Answerer.MAX_QUESTION_CHARS + " characters"), info);
        assertTrue(info.contains(ApiServer.MAX_BATCH + " questions"), info);
    }

    @Test
    void everyReferenceResolves() {
        JsonNode doc = json(SERVER.api.get("/openapi.json"));
        List<String> broken = new ArrayList<>();
        collectRefs(doc, doc, broken);
        assertEquals(List.of(), broken);
    }

    private static void collectRefs(JsonNode root, JsonNode node, List<String> broken) {
        if (node.isObject() && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/") || root.at(ref.substring(1)).isMissingNode()) {
                broken.add(ref);
            }
        }
        node.elements().forEachRemaining(child -> collectRefs(root, child, broken));
    }
}
