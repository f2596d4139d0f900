package kzbot.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code GET /openapi.json}: the OpenAPI 3 description kept beside this class, read once at start. */
final class OpenApiEndpoint {
    static final String RESOURCE = "/kzbot/http/openapi.json";

    private final JsonNode description;

    OpenApiEndpoint(ObjectMapper json) {
        this.description = load(json);
    }

    static JsonNode load(ObjectMapper json) {
        try (InputStream in = OpenApiEndpoint.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    Reply serve(Request request) {
        return Reply.ok(description);
    }
}
