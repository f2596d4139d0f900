package kzbot.http;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import kzbot.answer.FactJson;
import kzbot.domain.Document;
import kzbot.domain.Fact;
import kzbot.domain.FactKind;
import kzbot.domain.Place;
import kzbot.domain.Topic;
import kzbot.store.FactQuery;
import kzbot.store.FactStore;
import kzbot.text.Gazetteer;

/**
 * {@code GET /v1/facts?partner=&topic=&kind=&year=&limit=}: the facts with the sentence that states
 * each, as {@code kzbot facts --json} gives them. The partner may be any name, alias, demonym or capital.
 */
final class FactsEndpoint {
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 1_000;

    private final FactStore store;
    private final Gazetteer gazetteer;

    FactsEndpoint(FactStore store, Gazetteer gazetteer) {
        this.store = store;
        this.gazetteer = gazetteer;
    }

    Reply list(Request request) {
        Optional<String> partner = request.query("partner").map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> gazetteer.place(p).map(Place::name).orElse(p));
        Optional<Topic> topic = request.query("topic").map(t -> Topic.fromCode(t)
                .orElseThrow(() -> unknown("topic", Arrays.stream(Topic.values()).map(Topic::code))));
        Optional<FactKind> kind = request.query("kind").map(k -> FactKind.fromCode(k)
                .orElseThrow(() -> unknown("kind", Arrays.stream(FactKind.values()).map(FactKind::code))));
        OptionalInt year = number(request, "year", 1, 9999).map(OptionalInt::of).orElse(OptionalInt.empty());
        int limit = number(request, "limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        List<Fact> facts = store.findFacts(new FactQuery(partner, topic, kind, year, limit));
        Map<String, Document> docs = store.documents().stream().collect(Collectors.toMap(Document::id, Function.identity()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partner", partner.orElse(null));
        body.put("count", facts.size());
        body.put("facts", facts.stream().map(f -> FactJson.of(f, store.sentence(f.sentenceId()).orElseThrow(),
                docs.get(f.docId()))).toList());
        return Reply.ok(body);
    }

    private static Optional<Integer> number(Request request, String name, int min, int max) {
        return request.query(name).map(String::strip).map(v -> {
            if (!v.matches("\\d{1,9}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
                throw ApiError.badRequest(name + " must be a whole number from " + min + " to " + max);
            }
            return Integer.parseInt(v);
        });
    }

    private static ApiError unknown(String what, java.util.stream.Stream<String> codes) {
        return ApiError.badRequest("unknown " + what + "; one of: " + codes.collect(Collectors.joining(", ")));
    }
}
