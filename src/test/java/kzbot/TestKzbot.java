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
    /** The public evaluation sets, carried by the repository (never trained on). */
    public static final Path DEV = Path.of("data/eval/dev.tsv");
    public static final Path DEV2_QUESTIONS = Path.of("data/eval/dev2/questions.tsv");
    public static final Path DEV2_SEEDS = Path.of("data/eval/dev2/seeds.tsv");
    public static final Path DEV2_SOURCES = Path.of("data/eval/dev2/sources");
    private static Path seedDatabase;
    private static Answerer seeds;

    private TestKzbot() {
    }

    /** Builds a database from a folder of articles into a temporary file. */
    public static Path database(Path sources) {
        return database(java.util.List.of(sources));
    }

    /** Builds a database from the articles of several folders (the seeds and an evaluation set's) into a temporary file. */
    public static Path database(java.util.List<Path> sources) {
        try {
            Path dir = Files.createTempDirectory("kzbot-test");
            Path db = dir.resolve("kzbot.db");
            Corpus corpus = Ingester.english().ingest(sources);
            new SqliteCorpusWriter().write(corpus, db);
            db.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answerer answerer(Path db) {
        return answerer(SqliteFactStore.open(db));
    }

    /** The answerer over a store the caller keeps (and closes). */
    public static Answerer answerer(FactStore store) {
        return new Answerer(store, interpreter(store), language());
    }

    private static kzbot.nlu.Language language;

    /** The tagger, lemmatizer, WordNet table and gazetteer, loaded once per test run. */
    public static synchronized kzbot.nlu.Language language() {
        if (language == null) {
            language = kzbot.nlu.Language.english();
        }
        return language;
    }

    public static Interpreter interpreter(FactStore store) {
        NluModels nlu = new NluModels(Gazetteer.load(), new TopicLexicon(), QuestionTokenizer.english());
        return nlu.interpreter(nlu.load(MODELS), store == null ? java.util.List.of() : store.people());
    }

    /** The rows of an evaluation set; a missing file fails the test, it never skips it. */
    public static java.util.List<kzbot.cli.DevSetEvaluation.Row> rows(Path set) {
        try (java.io.BufferedReader in = Files.newBufferedReader(set, java.nio.charset.StandardCharsets.UTF_8)) {
            return kzbot.cli.DevSetEvaluation.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the evaluation set " + set + " is part of the repository", e);
        }
    }

    /** The blind evaluation sets: each a folder with its questions.tsv and its sources/, never trained on. */
    public static final Path BLIND = Path.of("data/eval/blind");

    /** The folders of the blind sets, in order of their names. */
    public static java.util.List<Path> blindSets() {
        try (java.util.stream.Stream<Path> s = Files.list(BLIND)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the blind sets are part of the repository", e);
        }
    }

    private static final java.util.Map<String, Answerer> WITH_EXTRA = new java.util.HashMap<>();

    /** The answerer over the seeds plus the articles of one more folder, built once per test run. */
    public static synchronized Answerer answererWith(Path extraSources) {
        return WITH_EXTRA.computeIfAbsent(extraSources.toString(), k -> answerer(database(java.util.List.of(SEEDS, extraSources))));
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
