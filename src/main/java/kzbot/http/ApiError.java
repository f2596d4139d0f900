package kzbot.http;

import java.util.Map;

/**
 * A request the API refuses, with the status and the message the client gets. Thrown from deep in
 * request parsing and turned into a JSON reply by the router; it carries no stack trace because it
 * is an answer, not a failure.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, String> headers;

    ApiError(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    ApiError(int status, String message) {
        this(status, message, Map.of());
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }
}
