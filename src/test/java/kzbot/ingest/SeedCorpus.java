package kzbot.ingest;

import java.nio.file.Path;

import kzbot.domain.Corpus;
import kzbot.text.Gazetteer;
import kzbot.text.TopicLexicon;

/** The seed articles in data/sources, ingested once per test JVM. */
public final class SeedCorpus {
    public static final Path SOURCES = Path.of("data/sources");
    private static Corpus corpus;

    private SeedCorpus() {
    }

    public static Ingester ingester() {
        return Ingester.english();
    }

    public static synchronized Corpus get() {
        if (corpus == null) {
            corpus = ingester().ingest(SOURCES);
        }
        return corpus;
    }
}
