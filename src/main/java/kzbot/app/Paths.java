package kzbot.app;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The --db and --models options that every answering command shares. */
final class Paths {
    @Option(names = "--db", paramLabel = "FILE", description = "database (default: ${DEFAULT-VALUE})")
    Path db = Home.resolve("data/kzbot.db");

    @Option(names = "--models", paramLabel = "DIR", description = "trained models (default: ${DEFAULT-VALUE})")
    Path models = Home.resolve("models");
}
