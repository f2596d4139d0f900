package kzbot.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import kzbot.domain.Document;
import kzbot.store.FactStore;

/** {@code GET /v1/sources} and {@code GET /v1/sources/{id}}: the articles with their metadata. */
final class SourcesEndpoint {
    /** A source id as ingest makes them: letters, digits, '.', '_' and '-', never starting with a dot. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final FactStore store;

    SourcesEndpoint(FactStore store) {
        this.store = store;
    }

    Reply list(Request request) {
        Map<String, Integer> counts = store.sentenceCounts();
        return Reply.ok(Map.of("sources", store.documents().stream().map(d -> json(d, counts)).toList()));
    }

    /** The id is checked against {@link #ID} and looked up in the database, nowhere else. */
    Reply one(Request request) {
        String id = request.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw ApiError.badRequest("not a source id: ids are letters, digits, '.', '_' and '-' (at most 100)");
        }
        Document d = store.document(id).orElseThrow(() -> new ApiError(404, "no source with the id '" + id + "'"));
        return Reply.ok(json(d, store.sentenceCounts()));
    }

    private static Map<String, Object> json(Document d, Map<String, Integer> counts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("author", d.author());
        m.put("publisher", d.publisher());
        m.put("published", d.published());
        m.put("url", d.url());
        m.put("partner", d.partner());
        m.put("length", d.length());
        m.put("sentences", counts.getOrDefault(d.id(), 0));
        m.put("sha256", d.sha256());
        return m;
    }
}
