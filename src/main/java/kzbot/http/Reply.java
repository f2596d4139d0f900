package kzbot.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the API sends back: a status, a body that Jackson writes (none when null) and extra headers. */
record Reply(int status, Object body, Map<String, String> headers) {
    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply ok(Object body) {
        return new Reply(200, body, Map.of());
    }

    static Reply noContent(Map<String, String> headers) {
        return new Reply(204, null, headers);
    }

    /** The one error shape of the API: {@code {"error": "...", "status": N}}. */
    static Reply error(int status, String message, Map<String, String> headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        return new Reply(status, body, headers);
    }

    static Reply of(ApiError e) {
        return error(e.status(), e.getMessage(), e.headers());
    }
}
