package kzbot.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The edge of the API: finds the route, checks the token and the method, and turns whatever
 * happens into a JSON reply. The last catch is here: an unexpected failure is logged as one line
 * (method, path without the query, the exception) and the client gets a plain 500.
 */
final class Router implements HttpHandler {
    private static final Reply INTERNAL = Reply.error(500, "internal error; the server log has the details", Map.of());
    private static final ApiError UNAUTHORISED = new ApiError(401,
            "this API needs the header Authorization: Bearer <token>", Map.of("WWW-Authenticate", "Bearer realm=\"kzbot\""));

    private final List<Route> routes;
    private final Optional<BearerToken> token;
    private final Cors cors;
    private final ObjectMapper json;
    private final Consumer<String> log;

    Router(List<Route> routes, Optional<BearerToken> token, Cors cors, ObjectMapper json, Consumer<String> log) {
        this.routes = List.copyOf(routes);
        this.token = token;
        this.cors = cors;
        this.json = json;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            write(exchange, reply(exchange));
        } catch (IOException e) {
            // the client went away while we wrote: no one is left to answer
        }
    }

    private Reply reply(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        try {
            for (Route route : routes) {
                Optional<Map<String, String>> params = route.match(path);
                if (params.isPresent()) {
                    return dispatch(exchange, route, params.get());
                }
            }
            checkToken(exchange);
            throw new ApiError(404, "no such endpoint; the API is described at /openapi.json");
        } catch (ApiError e) {
            return Reply.of(e);
        } catch (IOException | RuntimeException e) {
            log.accept("kzbot http: " + method + " " + path + " failed: " + e);
            return INTERNAL;
        }
    }

    private Reply dispatch(HttpExchange exchange, Route route, Map<String, String> params) throws IOException {
        String method = exchange.getRequestMethod();
        if ("OPTIONS".equals(method)) {
            // a browser's preflight carries no credentials, so it is answered before the token check
            return cors.preflight(route);
        }
        if (!route.open()) {
            checkToken(exchange);
        }
        Route.Handler handler = route.handler(method).orElseThrow(() -> new ApiError(405,
                method + " is not allowed here; allowed: " + route.allow(), Map.of("Allow", route.allow())));
        return handler.handle(new Request(exchange, params, json));
    }

    private void checkToken(HttpExchange exchange) {
        if (token.isPresent() && !token.get().admits(exchange.getRequestHeaders().getFirst("Authorization"))) {
            throw UNAUTHORISED;
        }
    }

    private void write(HttpExchange exchange, Reply reply) throws IOException {
        Reply sent = reply;
        byte[] body = null;
        if (reply.body() != null) {
            try {
                body = json.writeValueAsBytes(reply.body());
            } catch (JsonProcessingException e) {
                log.accept("kzbot http: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                        + " failed: cannot write the reply: " + e.getOriginalMessage());
                sent = INTERNAL;
                body = json.writeValueAsBytes(INTERNAL.body());
            }
        }
        Headers h = exchange.getResponseHeaders();
        sent.headers().forEach(h::set);
        cors.decorate(h);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        if (body == null) {
            exchange.sendResponseHeaders(sent.status(), -1);
            return;
        }
        h.set("Content-Type", "application/json; charset=utf-8");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        if (head) {
            h.set("Content-Length", Integer.toString(body.length));
        }
        exchange.sendResponseHeaders(sent.status(), head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
