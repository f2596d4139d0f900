package kzbot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;

import kzbot.domain.Corpus;
import kzbot.domain.Document;
import kzbot.domain.Fact;
import kzbot.domain.Sentence;

/**
 * Writes a whole corpus into a new SQLite file beside the target and renames it over the target
 * only when every row is in: a failed write leaves the previous database exactly as it was.
 */
public final class SqliteCorpusWriter {
    public static final int SCHEMA_VERSION = 5;

    /** What a write put in the database. */
    public record Written(int documents, long sentences, long facts) {
    }

    public Written write(Corpus corpus, Path target) {
        return write(sink -> sink.accept(corpus), target);
    }

    /**
     * Writes the corpus a producer hands over in parts (an article at a time), each part inserted as
     * it comes, so that a large corpus is never held whole; the database appears at {@code target}
     * only when every part is in, and a failure leaves the previous one untouched.
     */
    public Written write(java.util.function.Consumer<java.util.function.Consumer<Corpus>> producer, Path target) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            Written written;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp)) {
                written = fill(c, producer);
            } catch (PartFailed e) {
                throw e.getCause();
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            readableByAll(tmp);
            move(tmp, target);
            tmp = null;
            return written;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot write the database " + target + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot write the database " + target + ": " + e, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * A temporary file is created readable by its owner only; the database holds nothing secret and
     * is often read by another service user (the bot, the API), so it gets the usual rw-r--r--.
     */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
            Files.deleteIfExists(Path.of(p + "-journal"));
        } catch (IOException ignored) {
            // the temporary file is ours and hidden; a leftover one does no harm to the database
        }
    }

    /** An insert that failed inside the producer's callback, carried out of it. */
    private static final class PartFailed extends RuntimeException {
        PartFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private Written fill(Connection c, java.util.function.Consumer<java.util.function.Consumer<Corpus>> producer)
            throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = OFF");
            st.execute("PRAGMA synchronous = OFF");
            for (String ddl : schema().split(";\\s*\\n")) {
                if (!ddl.isBlank()) {
                    st.execute(ddl);
                }
            }
        }
        c.setAutoCommit(false);
        WordCounts words = new WordCounts();
        long[] totals = new long[3];
        producer.accept(part -> {
            try {
                insertDocuments(c, part);
                insertSentences(c, part);
                insertTags(c, part);
                insertFacts(c, part);
            } catch (SQLException e) {
                throw new PartFailed(e);
            }
            part.sentences().forEach(words::add);
            totals[0] += part.documents().size();
            totals[1] += part.sentences().size();
            totals[2] += part.facts().size();
        });
        words.insert(c);
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')");
            st.execute("INSERT INTO meta(key, value) VALUES ('schema_version', '" + SCHEMA_VERSION + "')");
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("ANALYZE");
        }
        return new Written((int) totals[0], totals[1], totals[2]);
    }

    static String schema() throws IOException {
        try (InputStream in = SqliteCorpusWriter.class.getResourceAsStream("/kzbot/store/schema.sql")) {
            if (in == null) {
                throw new IOException("schema.sql missing from the jar");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return sql.replaceAll("(?m)^--.*$", "");
        }
    }

    private static void insertDocuments(Connection c, Corpus corpus) throws SQLException {
        String sql = "INSERT INTO documents(id, title, author, publisher, published, url, sha256, partner, length,"
                + " sentence_count) VALUES (?,?,?,?,?,?,?,?,?,?)";
        Map<String, Long> counts = corpus.sentences().stream()
                .collect(java.util.stream.Collectors.groupingBy(Sentence::docId, java.util.stream.Collectors.counting()));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Document d : corpus.documents()) {
                long count = counts.getOrDefault(d.id(), 0L);
                ps.setString(1, d.id());
                ps.setString(2, d.title());
                ps.setString(3, d.author());
                ps.setString(4, d.publisher());
                ps.setString(5, d.published());
                ps.setString(6, d.url());
                ps.setString(7, d.sha256());
                ps.setString(8, d.partner());
                ps.setInt(9, d.length());
                ps.setLong(10, count);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertSentences(Connection c, Corpus corpus) throws SQLException {
        String sql = "INSERT INTO sentences(id, doc_id, position, paragraph, start_char, end_char, kind, text, partners, topics,"
                + " partner_keys, lemmas) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
        SentenceTags.Cursor<Corpus.SentencePartner> partners = new SentenceTags.Cursor<>(corpus.partners(),
                Corpus.SentencePartner::sentenceId);
        SentenceTags.Cursor<Corpus.SentenceTopic> topics = new SentenceTags.Cursor<>(corpus.topics(), Corpus.SentenceTopic::sentenceId);
        List<Sentence> byId = new java.util.ArrayList<>(corpus.sentences());
        byId.sort(java.util.Comparator.comparingLong(Sentence::id));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Sentence s : byId) {
                ps.setLong(1, s.id());
                ps.setString(2, s.docId());
                ps.setInt(3, s.position());
                ps.setInt(4, s.paragraph());
                ps.setInt(5, s.start());
                ps.setInt(6, s.end());
                ps.setString(7, s.kind().code());
                ps.setString(8, s.text());
                List<Corpus.SentencePartner> tags = partners.of(s.id());
                ps.setString(9, SentenceTags.partners(tags));
                ps.setString(11, SentenceTags.partnerKeys(tags));
                ps.setString(10, SentenceTags.topics(topics.of(s.id())));
                ps.setString(12, s.lemmas());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** In how many sentences each word stands, and whether the articles write it with a capital throughout. */
    private static final class WordCounts {
        private final Map<String, Integer> counts = new java.util.HashMap<>();
        // a word the articles write with a capital wherever it stands (not first in a sentence) is a name
        private final Map<String, int[]> capitals = new java.util.HashMap<>();
        private long total;
        private long sentences;

        void add(Sentence s) {
            java.util.Set<String> words = new java.util.HashSet<>();
            List<kzbot.text.Token> tokens = kzbot.text.Tokens.of(s.text());
            tokens.forEach(t -> words.add(kzbot.text.Tokens.fold(t.text())));
            words.forEach(w -> counts.merge(w, 1, Integer::sum));
            if (s.kind() == kzbot.domain.SentenceKind.TEXT || s.kind() == kzbot.domain.SentenceKind.LIST_ITEM) {
                for (int i = 1; i < tokens.size(); i++) {
                    String t = tokens.get(i).text();
                    int[] seen = capitals.computeIfAbsent(kzbot.text.Tokens.fold(t), k -> new int[2]);
                    seen[Character.isUpperCase(t.codePointAt(0)) ? 0 : 1]++;
                }
            }
            total += tokens.size();
            sentences++;
        }

        void insert(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta(key, value) VALUES (?, ?)")) {
                // the corpus's size, for the BM25 weights the answerer computes
                ps.setString(1, "sentences");
                ps.setString(2, String.valueOf(sentences));
                ps.addBatch();
                ps.setString(1, "words");
                ps.setString(2, String.valueOf(total));
                ps.addBatch();
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO word_counts(word, sentences, proper) VALUES (?,?,?)")) {
                for (Map.Entry<String, Integer> e : counts.entrySet()) {
                    int[] cap = capitals.getOrDefault(e.getKey(), new int[2]);
                    ps.setString(1, e.getKey());
                    ps.setInt(2, e.getValue());
                    ps.setInt(3, cap[0] > 0 && cap[1] == 0 && e.getKey().chars().anyMatch(Character::isLetter) ? 1 : 0);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void insertTags(Connection c, Corpus corpus) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO sentence_partners(sentence_id, partner, explicit) VALUES (?,?,?)")) {
            for (Corpus.SentencePartner p : corpus.partners()) {
                ps.setLong(1, p.sentenceId());
                ps.setString(2, p.partner());
                ps.setInt(3, p.explicit() ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO sentence_topics(sentence_id, topic, rank) VALUES (?,?,?)")) {
            for (Corpus.SentenceTopic t : corpus.topics()) {
                ps.setLong(1, t.sentenceId());
                ps.setString(2, t.topic().code());
                ps.setInt(3, t.rank());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertFacts(Connection c, Corpus corpus) throws SQLException {
        String sql = "INSERT INTO facts(id, doc_id, sentence_id, partner, topic, kind, value_text, value_norm, value_num,"
                + " unit, year, qualifier, role, start_char, end_char, noun, noun_text, modifiers, predicate, time_role, precision)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Fact f : corpus.facts()) {
                ps.setLong(1, f.id());
                ps.setString(2, f.docId());
                ps.setLong(3, f.sentenceId());
                ps.setString(4, f.partner());
                ps.setString(5, f.topic().code());
                ps.setString(6, f.kind().code());
                ps.setString(7, f.valueText());
                ps.setString(8, f.normalised());
                if (f.valueNum().isPresent()) {
                    ps.setDouble(9, f.valueNum().getAsDouble());
                } else {
                    ps.setNull(9, Types.REAL);
                }
                ps.setString(10, f.unit());
                if (f.year().isPresent()) {
                    ps.setInt(11, f.year().getAsInt());
                } else {
                    ps.setNull(11, Types.INTEGER);
                }
                ps.setString(12, f.qualifier());
                ps.setString(13, f.role());
                ps.setInt(14, f.start());
                ps.setInt(15, f.end());
                ps.setString(16, f.frame().noun());
                ps.setString(17, f.frame().nounText());
                ps.setString(18, String.join(" ", f.frame().modifiers()));
                ps.setString(19, f.frame().predicate());
                ps.setString(20, f.frame().time().code());
                ps.setString(21, f.frame().precision().code());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
