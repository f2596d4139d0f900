package kzbot.http;

import java.util.LinkedHashMap;
import java.util.Map;

import kzbot.answer.Answerer;
import kzbot.store.FactStore;
import kzbot.store.StoreException;

/**
 * {@code GET /healthz}: 200 when the database answers and the models read a question, else 503.
 * Open without the token, so that a load balancer or container runtime can probe it.
 */
final class HealthEndpoint {
    private static final String PROBE = "hello";

    private final Answerer answerer;
    private final FactStore store;

    HealthEndpoint(Answerer answerer, FactStore store) {
        this.answerer = answerer;
        this.store = store;
    }

    Reply check(Request request) {
        Map<String, Integer> counts;
        try {
            counts = store.sentenceCounts();
            answerer.answer(PROBE);
        } catch (StoreException e) {
            return Reply.error(503, "the database cannot be read", Map.of());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("documents", counts.size());
        body.put("sentences", counts.values().stream().mapToInt(Integer::intValue).sum());
        body.put("models", "loaded");
        return Reply.ok(body);
    }
}
