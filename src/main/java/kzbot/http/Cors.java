package kzbot.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.Headers;

/** Cross-origin access for one configured origin; without one, browsers on other sites get nothing. */
final class Cors {
    private final Optional<String> origin;

    Cors(Optional<String> origin) {
        this.origin = origin;
    }

    /** What every response carries: the allowed origin, when one is configured. */
    void decorate(Headers response) {
        origin.ifPresent(o -> response.set("Access-Control-Allow-Origin", o));
    }

    /** The reply to OPTIONS: the Allow header, and when CORS is on, what a browser's preflight asks for. */
    Reply preflight(Route route) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Allow", route.allow());
        if (origin.isPresent()) {
            headers.put("Access-Control-Allow-Methods", route.allow());
            headers.put("Access-Control-Allow-Headers", "Authorization, Content-Type");
            headers.put("Access-Control-Max-Age", "600");
        }
        return Reply.noContent(headers);
    }
}
