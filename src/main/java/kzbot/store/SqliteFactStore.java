package kzbot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import kzbot.domain.Document;
import kzbot.domain.Fact;
import kzbot.domain.FactKind;
import kzbot.domain.Sentence;
import kzbot.domain.SentenceKind;
import kzbot.domain.Topic;

/**
 * The fact table in a read-only SQLite file. Each thread gets its own connection, so readers never
 * wait for each other.
 */
public final class SqliteFactStore implements FactStore {
    static final String FACT_COLUMNS = "f.id, f.doc_id, f.sentence_id, f.partner, f.topic, f.kind, f.value_text,"
            + " f.value_norm, f.value_num, f.unit, f.year, f.qualifier, f.role, f.start_char, f.end_char,"
            + " f.noun, f.noun_text, f.modifiers, f.predicate, f.time_role, f.precision";

    private final String url;
    private final SQLiteConfig config;
    private final ThreadLocal<StatementCache> session;
    private final Queue<StatementCache> opened = new ConcurrentLinkedQueue<>();
    /** Word counts asked before: the file is read-only, and a few thousand words are asked again and again. */
    private final kzbot.text.BoundedCache<String, Integer> wordCounts = new kzbot.text.BoundedCache<>(16_384);
    /** Each phrase's matches (per partner list), at most ~100 ids each: under a megabyte when full. */
    private final kzbot.text.BoundedCache<Posting, long[]> postings = new kzbot.text.BoundedCache<>(8_192);

    private SqliteFactStore(Path file) {
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(2_000);
        this.session = ThreadLocal.withInitial(this::connect);
    }

    /** Opens and checks the database; fails with a {@link StoreException} that says what is wrong. */
    public static SqliteFactStore open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Reason.MISSING, "no database at " + file
                    + " (build it with: kzbot ingest --db " + file + ")", null);
        }
        SqliteFactStore store = new SqliteFactStore(file);
        try {
            store.check(file);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private void check(Path file) {
        try (ResultSet rs = statement("SELECT value FROM meta WHERE key = 'schema_version'").executeQuery()) {
            if (!rs.next() || !String.valueOf(SqliteCorpusWriter.SCHEMA_VERSION).equals(rs.getString(1))) {
                throw new StoreException(StoreException.Reason.CORRUPT, "the database " + file
                        + " is from another version of kzbot; rebuild it with: kzbot ingest", null);
            }
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            boolean locked = msg.contains("SQLITE_BUSY") || msg.contains("locked");
            throw new StoreException(locked ? StoreException.Reason.IO : StoreException.Reason.CORRUPT,
                    "cannot read the database " + file + ": " + (locked ? "it is locked" : "not a kzbot database ("
                            + firstLine(msg) + ")"), e);
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private StatementCache connect() {
        try {
            StatementCache c = new StatementCache(config.createConnection(url));
            opened.add(c);
            return c;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot open the database: " + e.getMessage(), e);
        }
    }

    /**
     * This thread's prepared statement for the SQL. It is kept for the next call rather than closed,
     * so callers close only its result set.
     */
    private PreparedStatement statement(String sql) throws SQLException {
        return session.get().prepare(sql);
    }

    @Override
    public List<Document> documents() {
        return queryDocuments("SELECT * FROM documents ORDER BY id", null);
    }

    @Override
    public Optional<Document> document(String id) {
        return queryDocuments("SELECT * FROM documents WHERE id = ?", id).stream().findFirst();
    }

    private List<Document> queryDocuments(String sql, String id) {
        try {
            PreparedStatement ps = statement(sql);
            if (id != null) {
                ps.setString(1, id);
            }
            List<Document> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Document(rs.getString("id"), rs.getString("title"), rs.getString("author"),
                            rs.getString("publisher"), rs.getString("published"), rs.getString("url"),
                            rs.getString("sha256"), rs.getString("partner"), rs.getInt("length")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<Sentence> sentence(long id) {
        try {
            PreparedStatement ps = statement("SELECT * FROM sentences WHERE id = ?");
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(sentence(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static Sentence sentence(ResultSet rs) throws SQLException {
        return new Sentence(rs.getLong("id"), rs.getString("doc_id"), rs.getInt("position"), rs.getInt("paragraph"),
                rs.getInt("start_char"), rs.getInt("end_char"), SentenceKind.fromCode(rs.getString("kind")),
                rs.getString("text"), rs.getString("lemmas"));
    }

    @Override
    public List<Fact> findFacts(FactQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + FACT_COLUMNS + " FROM facts f WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        q.partner().ifPresent(p -> {
            sql.append(" AND f.partner = ?");
            args.add(p);
        });
        q.topic().ifPresent(t -> {
            sql.append(" AND f.topic = ?");
            args.add(t.code());
        });
        q.kind().ifPresent(k -> {
            sql.append(" AND f.kind = ?");
            args.add(k.code());
        });
        if (q.year().isPresent()) {
            sql.append(" AND f.year = ?");
            args.add(q.year().getAsInt());
        }
        sql.append(" ORDER BY f.id LIMIT ?");
        args.add(q.limit());
        try {
            PreparedStatement ps = statement(sql.toString());
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<Fact> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(fact(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static Fact fact(ResultSet rs) throws SQLException {
        double num = rs.getDouble("value_num");
        OptionalDouble value = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(num);
        int y = rs.getInt("year");
        OptionalInt year = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(y);
        return new Fact(rs.getLong("id"), rs.getString("doc_id"), rs.getLong("sentence_id"), rs.getString("partner"),
                Topic.fromCode(rs.getString("topic")).orElse(Topic.GENERAL),
                FactKind.fromCode(rs.getString("kind")).orElseThrow(), rs.getString("value_text"),
                rs.getString("value_norm"), value, rs.getString("unit"), year, rs.getString("qualifier"),
                rs.getString("role"), rs.getInt("start_char"), rs.getInt("end_char"), frame(rs));
    }

    private static kzbot.domain.Frame frame(ResultSet rs) throws SQLException {
        String mods = rs.getString("modifiers");
        return new kzbot.domain.Frame(rs.getString("noun"), rs.getString("noun_text"),
                mods.isEmpty() ? List.of() : List.of(mods.split(" ")), rs.getString("predicate"),
                kzbot.domain.Frame.TimeRole.fromCode(rs.getString("time_role")),
                kzbot.domain.Frame.Precision.fromCode(rs.getString("precision")));
    }

    /**
     * Ranked by bm25 over the text alone. With partners, the partner words ({@code partner_keys})
     * are ANDed in the MATCH itself, so FTS5 ranks only the partner's sentences; a filter outside
     * the MATCH would rank every sentence that has one of the words first.
     */
    @Override
    public List<SearchHit> search(String ftsQuery, List<String> partners, int limit) {
        List<SearchHit> out = new ArrayList<>();
        query("SELECT rowid, bm25(sentences_fts, 1.0, 0.0) AS rank FROM sentences_fts WHERE sentences_fts MATCH ?"
                + " ORDER BY rank LIMIT ?", ftsQuery, partners, limit, rs -> out.add(new SearchHit(rs.getLong(1), rs.getDouble(2))));
        return out;
    }

    /**
     * The union of each phrase's matches, each read once and kept: FTS5 spends ~10 µs setting up
     * each phrase of a query, and questions share their words ("trade", a partner's name). A
     * phrase's list is cut at {@code limit}, which is then reached by the union too, as it would
     * be by one OR query: the lists are exact whenever the union is below the limit.
     */
    @Override
    public List<Long> matches(List<String> phrases, List<String> partners, int limit) {
        java.util.TreeSet<Long> union = new java.util.TreeSet<>();
        for (String phrase : phrases) {
            long[] rows = postings.computeIfAbsent(new Posting(phrase, List.copyOf(partners), limit),
                    k -> phraseMatches(k.phrase(), k.partners(), k.limit()));
            for (long r : rows) {
                union.add(r);
            }
            if (union.size() >= limit) {
                break;
            }
        }
        return union.stream().limit(limit).toList();
    }

    private record Posting(String phrase, List<String> partners, int limit) {
    }

    private long[] phraseMatches(String phrase, List<String> partners, int limit) {
        // one row with every id: sqlite-jdbc makes two JNI calls per row read, more than FTS5 spends on it
        List<Long> out = new ArrayList<>();
        query("SELECT group_concat(rowid) FROM (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT ?)",
                "\"" + phrase.replace("\"", "") + "\"", partners, limit, rs -> {
                    String ids = rs.getString(1);
                    if (ids != null) {
                        for (String id : ids.split(",")) {
                            out.add(Long.parseLong(id));
                        }
                    }
                });
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a full-text statement whose parameters are the MATCH and a limit, one row at a time. */
    private void query(String sql, String ftsQuery, List<String> partners, int limit, Row row) {
        String match = "text : (" + ftsQuery + ")";
        if (!partners.isEmpty()) {
            match = "partner_keys : (" + String.join(" OR ", partners.stream().map(SentenceTags::key).toList()) + ") AND " + match;
        }
        try {
            PreparedStatement ps = statement(sql);
            ps.setString(1, match);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Size size() {
        try (ResultSet rs = statement("SELECT (SELECT value FROM meta WHERE key = 'sentences'),"
                + " (SELECT value FROM meta WHERE key = 'words')").executeQuery()) {
            int sentences = rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
            long words = Long.parseLong(rs.getString(2));
            return new Size(sentences, sentences == 0 ? 0 : (double) words / sentences);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(StoreException.Reason.CORRUPT, "the database has no corpus size; rebuild it with: kzbot ingest", e);
        }
    }

    @Override
    public int sentencesWith(String word) {
        Integer n = wordCounts.get(word);
        if (n != null) {
            return n;
        }
        try {
            PreparedStatement ps = statement("SELECT sentences FROM word_counts WHERE word = ?");
            ps.setString(1, word);
            try (ResultSet rs = ps.executeQuery()) {
                n = rs.next() ? rs.getInt(1) : 0;
            }
            wordCounts.put(word, n);
            return n;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<Long> sentencesWithFacts(List<String> partners, List<FactKind> kinds, int limit) {
        if (partners.isEmpty()) {
            return firstSentencesWithFacts(kinds, limit);
        }
        StringBuilder sql = new StringBuilder("SELECT DISTINCT f.sentence_id FROM facts f");
        List<String> args = new ArrayList<>(partners);
        sql.append(" JOIN sentence_partners p ON p.sentence_id = f.sentence_id AND p.partner IN (")
                .append(placeholders(partners.size())).append(")");
        sql.append(" WHERE f.kind IN (").append(placeholders(kinds.size())).append(") ORDER BY f.sentence_id LIMIT ?");
        kinds.forEach(k -> args.add(k.code()));
        return ids(sql.toString(), args, limit);
    }

    /** The sentence ids a query with string arguments and a final LIMIT gives. */
    private List<Long> ids(String sql, List<String> args, int limit) {
        try {
            PreparedStatement ps = statement(sql);
            int i = 1;
            for (String a : args) {
                ps.setString(i++, a);
            }
            ps.setInt(i, limit);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * The first sentences (by id) with a fact of one of the kinds. One query per kind reads only the
     * head of the (kind, sentence_id) index; "kind IN (…) ORDER BY sentence_id" would read and sort
     * every fact of those kinds. The first {@code limit} of the merged heads are the same sentences.
     */
    private List<Long> firstSentencesWithFacts(List<FactKind> kinds, int limit) {
        java.util.TreeSet<Long> merged = new java.util.TreeSet<>();
        try {
            PreparedStatement ps = statement("SELECT DISTINCT sentence_id FROM facts WHERE kind = ? ORDER BY sentence_id LIMIT ?");
            for (FactKind k : new java.util.LinkedHashSet<>(kinds)) {
                ps.setString(1, k.code());
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        merged.add(rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return merged.stream().limit(limit).toList();
    }

    @Override
    public List<Long> sentencesWithTopics(List<String> partners, List<Topic> topics, int limit) {
        if (topics.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT t.sentence_id FROM sentence_topics t");
        List<String> args = new ArrayList<>();
        if (!partners.isEmpty()) {
            sql.append(" JOIN sentence_partners p ON p.sentence_id = t.sentence_id AND p.partner IN (")
                    .append(placeholders(partners.size())).append(")");
            args.addAll(partners);
        }
        sql.append(" WHERE t.rank = 0 AND t.topic IN (").append(placeholders(topics.size())).append(")")
                .append(" GROUP BY t.sentence_id ORDER BY t.sentence_id LIMIT ?");
        topics.forEach(t -> args.add(t.code()));
        return ids(sql.toString(), args, limit);
    }

    @Override
    public java.util.Map<Long, SentenceRecord> sentences(java.util.Collection<Long> ids) {
        try {
            return SentenceRecords.load(this::statement, ids);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<Sentence> sentencesAt(String docId, int fromPosition, int toPosition) {
        return sentenceList("SELECT * FROM sentences WHERE doc_id = ? AND position BETWEEN ? AND ? ORDER BY position",
                docId, fromPosition, toPosition);
    }

    @Override
    public List<Sentence> paragraph(String docId, int paragraph) {
        return sentenceList("SELECT * FROM sentences WHERE doc_id = ? AND paragraph = ? ORDER BY position", docId, paragraph);
    }

    /** The sentences a query over one document gives, with whole-number arguments after the id. */
    private List<Sentence> sentenceList(String sql, String docId, int... numbers) {
        try {
            PreparedStatement ps = statement(sql);
            ps.setString(1, docId);
            for (int i = 0; i < numbers.length; i++) {
                ps.setInt(i + 2, numbers[i]);
            }
            List<Sentence> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(sentence(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public java.util.Map<String, Integer> partnerCounts() {
        return counts("SELECT partner, count(*) AS n FROM facts WHERE partner <> '' GROUP BY partner ORDER BY n DESC, partner",
                null);
    }

    @Override
    public java.util.Map<Topic, Integer> topicCounts(String partner) {
        String sql = partner == null
                ? "SELECT topic, count(*) AS n FROM sentence_topics WHERE rank = 0 GROUP BY topic ORDER BY n DESC, topic"
                : "SELECT t.topic, count(*) AS n FROM sentence_topics t JOIN sentence_partners p ON p.sentence_id = t.sentence_id"
                        + " WHERE p.partner = ? GROUP BY t.topic ORDER BY n DESC, t.topic";
        java.util.Map<Topic, Integer> out = new java.util.LinkedHashMap<>();
        counts(sql, partner).forEach((k, v) -> Topic.fromCode(k).ifPresent(t -> out.put(t, v)));
        return out;
    }

    @Override
    public java.util.Map<String, Integer> sentenceCounts() {
        return counts("SELECT id, sentence_count FROM documents ORDER BY id", null);
    }

    @Override
    public java.util.Map<String, Integer> wordCounts() {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        try (ResultSet rs = statement("SELECT word, sentences FROM word_counts").executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public java.util.Set<String> properWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (ResultSet rs = statement("SELECT word FROM word_counts WHERE proper = 1").executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public java.util.Map<String, java.util.Set<String>> roles() {
        java.util.Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
        try (ResultSet rs = statement("SELECT DISTINCT value_norm, role FROM facts WHERE kind = 'person' AND role <> ''").executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new java.util.TreeSet<>()).add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    @Override
    public List<String> people() {
        return List.copyOf(counts("SELECT value_norm, count(*) FROM facts WHERE kind = 'person' GROUP BY value_norm"
                + " ORDER BY value_norm", null).keySet());
    }

    private java.util.Map<String, Integer> counts(String sql, String arg) {
        try {
            PreparedStatement ps = statement(sql);
            if (arg != null) {
                ps.setString(1, arg);
            }
            java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static StoreException failure(SQLException e) {
        return new StoreException(StoreException.Reason.IO, "database query failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        for (StatementCache c; (c = opened.poll()) != null; ) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a read-only connection cannot lose data
            }
        }
    }
}
