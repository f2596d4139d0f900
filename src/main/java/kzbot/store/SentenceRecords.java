package kzbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import kzbot.domain.Topic;

/**
 * Loads sentences with their tags and facts, two queries for any number of sentences. The id
 * lists are padded to a few fixed lengths with an id no row has, so that a handful of prepared
 * statements serve every call.
 */
final class SentenceRecords {
    private static final long NO_ID = -1;
    private static final String UNIT = "\u001f";
    private static final String RECORD = "\u001e";
    /**
     * Each sentence with its partners and topics folded into one row: a third of the rows, and of
     * the JDBC calls, that three queries would need. They are put in order here (partners by name,
     * topics strongest first): an ORDER BY inside group_concat costs a sorter per sentence.
     */
    private static final String SENTENCES = "SELECT s.id, s.doc_id, s.position, s.paragraph, s.start_char, s.end_char, s.kind,"
            + " s.text,"
            + " (SELECT group_concat(p.partner || char(31) || p.explicit, char(30))"
            + " FROM sentence_partners p WHERE p.sentence_id = s.id),"
            + " (SELECT group_concat(t.topic || char(31) || t.rank, char(30))"
            + " FROM sentence_topics t WHERE t.sentence_id = s.id)"
            + " FROM sentences s WHERE s.id IN ";
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
        try (ResultSet rs = bind(st.prepare(SENTENCES + in), list, size).executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                sentences.put(id, new Sentence(id, rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        SentenceKind.fromCode(rs.getString(7)), rs.getString(8)));
                partners.put(id, partners(id, rs.getString(9)));
                topics.put(id, topics(id, rs.getString(10)));
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

    /** "partner\u001fexplicit" items joined by \u001e, as the query's group_concat writes them. */
    private static List<SentencePartner> partners(long id, String joined) {
        if (joined == null) {
            return List.of();
        }
        List<SentencePartner> out = new ArrayList<>();
        for (String item : joined.split(RECORD, -1)) {
            int cut = item.lastIndexOf(UNIT);
            out.add(new SentencePartner(id, item.substring(0, cut), "1".equals(item.substring(cut + 1))));
        }
        out.sort(Comparator.comparing(SentencePartner::partner));
        return out;
    }

    private static List<SentenceTopic> topics(long id, String joined) {
        if (joined == null) {
            return List.of();
        }
        List<SentenceTopic> out = new ArrayList<>();
        for (String item : joined.split(RECORD, -1)) {
            int cut = item.lastIndexOf(UNIT);
            out.add(new SentenceTopic(id, Topic.fromCode(item.substring(0, cut)).orElse(Topic.GENERAL),
                    Integer.parseInt(item.substring(cut + 1))));
        }
        out.sort(Comparator.comparingInt(SentenceTopic::rank));
        return out;
    }

    private static PreparedStatement bind(PreparedStatement ps, List<Long> ids, int size) throws SQLException {
        for (int i = 0; i < size; i++) {
            ps.setLong(i + 1, i < ids.size() ? ids.get(i) : NO_ID);
        }
        return ps;
    }
}
