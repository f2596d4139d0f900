package kzbot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kzbot.TestKzbot;
import kzbot.domain.Corpus;
import kzbot.domain.Sentence;
import kzbot.ingest.SeedCorpus;

/** The previous database survives a write that fails half-way and an ingest killed mid-way. */
class AtomicWriteTest {
    @TempDir
    Path tmp;

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousDatabase() throws Exception {
        Path db = tmp.resolve("kzbot.db");
        Corpus good = SeedCorpus.get();
        new SqliteCorpusWriter().write(good, db);
        byte[] before = Files.readAllBytes(db);
        List<Sentence> sentences = new ArrayList<>(good.sentences());
        sentences.add(sentences.get(sentences.size() / 2)); // a duplicate key: the insert fails after hundreds of rows
        Corpus broken = new Corpus(good.documents(), sentences, good.partners(), good.topics(), good.facts());
        StoreException e = assertThrows(StoreException.class, () -> new SqliteCorpusWriter().write(broken, db));
        assertEquals(StoreException.Reason.IO, e.reason());
        assertArrayEquals(before, Files.readAllBytes(db));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(1, files.count(), "the temporary file is gone");
        }
    }

    @Test
    void anIngestWrittenArticleByArticleEqualsOneWrittenWhole() throws Exception {
        Path whole = tmp.resolve("whole.db");
        Path parts = tmp.resolve("parts.db");
        new SqliteCorpusWriter().write(SeedCorpus.get(), whole);
        SqliteCorpusWriter.Written w = new SqliteCorpusWriter().write(
                sink -> kzbot.ingest.Ingester.english().ingest(List.of(TestKzbot.SEEDS), null, sink), parts);
        assertEquals(SeedCorpus.get().facts().size(), w.facts());
        for (String sql : List.of("SELECT count(*) || ' ' || sum(length(text)) || ' ' || sum(length(lemmas)) FROM sentences",
                "SELECT group_concat(id || kind || value_text || coalesce(year, '') || noun, '|') FROM facts",
                "SELECT count(*) || ' ' || sum(sentences) || ' ' || sum(proper) FROM word_counts",
                "SELECT group_concat(key || '=' || value, ' ') FROM (SELECT * FROM meta ORDER BY key)")) {
            assertEquals(one(whole, sql), one(parts, sql), sql);
        }
    }

    @Test
    void aProducerThatFailsHalfWayLeavesThePreviousDatabase() throws Exception {
        Path db = tmp.resolve("kzbot.db");
        new SqliteCorpusWriter().write(SeedCorpus.get(), db);
        byte[] before = Files.readAllBytes(db);
        assertThrows(IllegalStateException.class, () -> new SqliteCorpusWriter().write(sink -> {
            sink.accept(SeedCorpus.get());
            throw new IllegalStateException("the second article could not be read");
        }, db));
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    private static String one(Path db, String sql) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void theDatabaseIsReadableByOtherUsers() throws Exception {
        Path db = tmp.resolve("kzbot.db");
        new SqliteCorpusWriter().write(SeedCorpus.get(), db);
        if (Files.getFileStore(db).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        }
    }

    @Test
    void anIngestKilledMidWayLeavesThePreviousDatabase() throws Exception {
        Path sources = Files.createDirectories(tmp.resolve("sources"));
        String text = Files.readString(TestKzbot.SEEDS.resolve("kz-middle-east.txt"));
        for (int i = 0; i < 400; i++) {
            Files.writeString(sources.resolve("copy-" + i + ".txt"), text);
        }
        Path db = tmp.resolve("kzbot.db");
        Files.copy(TestKzbot.database(TestKzbot.SEEDS), db);
        byte[] before = Files.readAllBytes(db);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "kzbot.app.Main", "ingest", "--sources", sources.toString(),
                "--db", db.toString()).redirectErrorStream(true).redirectOutput(new File(tmp.toFile(), "ingest.log")).start();
        Thread.sleep(2_500);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        assertArrayEquals(before, Files.readAllBytes(db), "killed after 2.5 s of a longer ingest");
        try (var store = SqliteFactStore.open(db)) {
            assertEquals(5, store.documents().size());
        }
    }
}
