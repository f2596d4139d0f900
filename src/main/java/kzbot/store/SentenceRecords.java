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
import kzbot.domain.SentenceKind;

/**
 * Loads sentences with their tags (kept in the sentence's row) and facts: two queries for any
 * number of sentences. The id lists are padded to a few fixed lengths with an id no row has, so
 * that a handful of prepared statements serve every call.
 */
final class SentenceRecords {
    private static final long NO_ID = -1;
    private static final int SMALLEST = 8;
    private static final String SENTENCES = "SELECT id, doc_id, position, paragraph, start_char, end_char, kind, text,"
            + " partners, topics, lemmas FROM sentences WHERE id IN ";

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
        try (ResultSet rs = bind(st.prepare(SENTENCES + in), list, size).executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                sentences.put(id, new Sentence(id, rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        SentenceKind.fromCode(rs.getString(7)), rs.getString(8), rs.getString(11)));
                partners.put(id, SentenceTags.readPartners(id, rs.getString(9)));
                topics.put(id, SentenceTags.readTopics(id, rs.getString(10)));
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
