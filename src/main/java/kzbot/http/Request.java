package kzbot.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/** One request as the handlers see it: path parameters, query parameters and a bounded JSON body. */
final class Request {
    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final ObjectMapper json;
    private Map<String, List<String>> query;

    Request(HttpExchange exchange, Map<String, String> pathParams, ObjectMapper json) {
        this.exchange = exchange;
        this.pathParams = Map.copyOf(pathParams);
        this.json = json;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    /** A path parameter exactly as it came, still URL-encoded: validate it before use. */
    String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The value of a query parameter given at most once; a repeated one is refused. */
    Optional<String> query(String name) {
        List<String> values = queryParams().getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw ApiError.badRequest("the query parameter '" + name + "' is given " + values.size() + " times; give it once");
        }
        return values.stream().findFirst();
    }

    private Map<String, List<String>> queryParams() {
        if (query == null) {
            query = parse(exchange.getRequestURI().getRawQuery());
        }
        return query;
    }

    private static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        try {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("the query string is not valid URL encoding");
        }
        return out;
    }

    /**
     * The body as JSON, refused before parsing when it is not declared JSON (415) or is larger than
     * {@link ApiServer#MAX_BODY_BYTES} (413), and refused when it does not parse (400).
     */
    JsonNode jsonBody() throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/json")) {
            throw new ApiError(415, "send the body as JSON, with the header Content-Type: application/json");
        }
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > ApiServer.MAX_BODY_BYTES) {
            throw drainedTooLarge();
        }
        byte[] body;
        InputStream in = exchange.getRequestBody();
        body = in.readNBytes(ApiServer.MAX_BODY_BYTES + 1);
        if (body.length > ApiServer.MAX_BODY_BYTES) {
            throw drainedTooLarge();
        }
        in.close();
        if (body.length == 0) {
            throw ApiError.badRequest("the body is empty; send {\"question\": \"...\"}");
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw ApiError.badRequest("the body is not valid JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw ApiError.badRequest("the body is not valid JSON text (UTF-8 expected)");
        }
    }

    /**
     * Reads (and drops) what the client is still sending, up to a bound, so that it gets the 413
     * instead of a connection reset in the middle of its upload.
     */
    private ApiError drainedTooLarge() {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n = in.read(buffer); n >= 0 && read < DRAIN_LIMIT; n = in.read(buffer)) {
                read += n;
            }
        } catch (IOException e) {
            // the client gave up; the 413 goes out if it can
        }
        return tooLarge();
    }

    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private static ApiError tooLarge() {
        return new ApiError(413, "the body is larger than " + ApiServer.MAX_BODY_BYTES + " bytes");
    }
}
