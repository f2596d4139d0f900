package kzbot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
    private static final String FACT_COLUMNS = "f.id, f.doc_id, f.sentence_id, f.partner, f.topic, f.kind, f.value_text,"
            + " f.value_norm, f.value_num, f.unit, f.year, f.qualifier, f.role, f.start_char, f.end_char";

    private final String url;
    private final SQLiteConfig config;
    private final ThreadLocal<Connection> connection;
    private final Queue<Connection> opened = new ConcurrentLinkedQueue<>();

    private SqliteFactStore(Path file) {
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(2_000);
        this.connection = ThreadLocal.withInitial(this::connect);
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
        try (PreparedStatement ps = conn().prepareStatement("SELECT value FROM meta WHERE key = 'schema_version'");
             ResultSet rs = ps.executeQuery()) {
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

    private Connection connect() {
        try {
            Connection c = config.createConnection(url);
            opened.add(c);
            return c;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot open the database: " + e.getMessage(), e);
        }
    }

    private Connection conn() {
        return connection.get();
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
        try (PreparedStatement ps = conn().prepareStatement(sql)) {
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
        try (PreparedStatement ps = conn().prepareStatement("SELECT * FROM sentences WHERE id = ?")) {
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
                rs.getString("text"));
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
        try (PreparedStatement ps = conn().prepareStatement(sql.toString())) {
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
                rs.getString("role"), rs.getInt("start_char"), rs.getInt("end_char"));
    }

    private static StoreException failure(SQLException e) {
        return new StoreException(StoreException.Reason.IO, "database query failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        for (Connection c; (c = opened.poll()) != null; ) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a read-only connection cannot lose data
            }
        }
    }
}
