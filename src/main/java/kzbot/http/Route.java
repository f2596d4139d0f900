package kzbot.http;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A path template such as {@code /v1/sources/{id}} with one handler per method. An open route is
 * served without the bearer token.
 */
record Route(String template, Map<String, Handler> handlers, boolean open) {
    /** Answers one request; refuses with an {@link ApiError}. */
    @FunctionalInterface
    interface Handler {
        Reply handle(Request request) throws IOException;
    }

    Route {
        handlers = Map.copyOf(handlers);
    }

    static Route of(String template, Map<String, Handler> handlers) {
        return new Route(template, handlers, false);
    }

    static Route open(String template, Map<String, Handler> handlers) {
        return new Route(template, handlers, true);
    }

    /** The path parameters, still URL-encoded, when the raw path fits the template. */
    Optional<Map<String, String>> match(String rawPath) {
        String[] want = template.split("/", -1);
        String[] got = rawPath.split("/", -1);
        if (want.length != got.length) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(want[i].substring(1, want[i].length() - 1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    /** HEAD is answered as GET without the body. */
    Optional<Handler> handler(String method) {
        return Optional.ofNullable(handlers.get("HEAD".equals(method) ? "GET" : method));
    }

    /** The value of the Allow header: the methods handled, HEAD beside GET, and OPTIONS. */
    String allow() {
        TreeSet<String> methods = new TreeSet<>(handlers.keySet());
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }
}
