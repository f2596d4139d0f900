package kzbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import kzbot.domain.Corpus.SentencePartner;
import kzbot.domain.Corpus.SentenceTopic;
import kzbot.domain.Fact;
import kzbot.domain.Sentence;
import kzbot.domain.Topic;

/**
 * Loads sentences with their tags and facts, four queries for any number of sentences. The id
 * lists are padded to a few fixed lengths with an id no row has, so that a handful of prepared
 * statements serve every call.
 */
final class SentenceRecords {
    private static final long NO_ID = -1;
    private static final int SMALLEST = 8;

    /** Prepares (or reuses) the statement for some SQL. */
    interface Statements {
        PreparedStatement prepare(String sql) throws SQLException;
    }

    private SentenceRecords() {
    }

    static Map<Long, SentenceRecord> load(Statements st, Collection<Long> ids) throws SQLException {
        Map<Long, SentenceRecord> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Long> list = List.copyOf(new LinkedHashSet<>(ids));
        int size = SMALLEST;
        while (size < list.size()) {
            size *= 2;
        }
        String in = "(" + SqliteFactStore.placeholders(size) + ")";
        Map<Long, Sentence> sentences = new HashMap<>();
        Map<Long, List<SentencePartner>> partners = new HashMap<>();
        Map<Long, List<SentenceTopic>> topics = new HashMap<>();
        Map<Long, List<Fact>> facts = new HashMap<>();
        try (ResultSet rs = bind(st.prepare("SELECT * FROM sentences WHERE id IN " + in), list, size).executeQuery()) {
            while (rs.next()) {
                sentences.put(rs.getLong("id"), SqliteFactStore.sentence(rs));
            }
        }
        try (ResultSet rs = bind(st.prepare("SELECT sentence_id, partner, explicit FROM sentence_partners WHERE sentence_id IN "
                + in), list, size).executeQuery()) {
            while (rs.next()) {
                partners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new SentencePartner(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1));
            }
        }
        try (ResultSet rs = bind(st.prepare("SELECT sentence_id, topic, rank FROM sentence_topics WHERE sentence_id IN " + in
                + " ORDER BY rank"), list, size).executeQuery()) {
            while (rs.next()) {
                Topic t = Topic.fromCode(rs.getString(2)).orElse(Topic.GENERAL);
                topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SentenceTopic(rs.getLong(1), t, rs.getInt(3)));
            }
        }
        try (ResultSet rs = bind(st.prepare("SELECT " + SqliteFactStore.FACT_COLUMNS + " FROM facts f WHERE f.sentence_id IN "
                + in + " ORDER BY f.id"), list, size).executeQuery()) {
            while (rs.next()) {
                Fact f = SqliteFactStore.fact(rs);
                facts.computeIfAbsent(f.sentenceId(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Long id : list) {
            Sentence s = sentences.get(id);
            if (s != null) {
                out.put(id, new SentenceRecord(s, partners.getOrDefault(id, List.of()), topics.getOrDefault(id, List.of()),
                        facts.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    private static PreparedStatement bind(PreparedStatement ps, List<Long> ids, int size) throws SQLException {
        for (int i = 0; i < size; i++) {
            ps.setLong(i + 1, i < ids.size() ? ids.get(i) : NO_ID);
        }
        return ps;
    }
}
