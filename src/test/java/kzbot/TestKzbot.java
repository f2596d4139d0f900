package kzbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kzbot.answer.Answerer;
import kzbot.domain.Corpus;
import kzbot.ingest.Ingester;
import kzbot.ingest.SentenceSplitter;
import kzbot.nlu.Interpreter;
import kzbot.nlu.NluModels;
import kzbot.nlu.QuestionTokenizer;
import kzbot.store.FactStore;
import kzbot.store.SqliteCorpusWriter;
import kzbot.store.SqliteFactStore;
import kzbot.text.Gazetteer;
import kzbot.text.TopicLexicon;

/** The real pieces, wired as the app wires them: a database built from articles, and the committed models. */
public final class TestKzbot {
    public static final Path SEEDS = Path.of("data/sources");
    public static final Path MODELS = Path.of("models");
    private static Path seedDatabase;
    private static Answerer seeds;

    private TestKzbot() {
    }

    /** Builds a database from a folder of articles into a temporary file. */
    public static Path database(Path sources) {
        try {
            Path dir = Files.createTempDirectory("kzbot-test");
            Path db = dir.resolve("kzbot.db");
            Corpus corpus = new Ingester(SentenceSplitter.english(), Gazetteer.load(), new TopicLexicon()).ingest(sources);
            new SqliteCorpusWriter().write(corpus, db);
            db.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answerer answerer(Path db) {
        FactStore store = SqliteFactStore.open(db);
        return new Answerer(store, interpreter(store));
    }

    public static Interpreter interpreter(FactStore store) {
        NluModels nlu = new NluModels(Gazetteer.load(), new TopicLexicon(), QuestionTokenizer.english());
        return nlu.interpreter(nlu.load(MODELS), store == null ? java.util.List.of() : store.people());
    }

    /** The database built from the seed articles, once per test run. */
    public static synchronized Path seedDatabase() {
        if (seedDatabase == null) {
            seedDatabase = database(SEEDS);
        }
        return seedDatabase;
    }

    /** The answerer over the seed articles, built once per test run. */
    public static synchronized Answerer seeds() {
        if (seeds == null) {
            seeds = answerer(seedDatabase());
        }
        return seeds;
    }
}
