package kzbot.app;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The --db and --models options that every answering command shares. */
final class Paths {
    @Option(names = "--db", paramLabel = "FILE", description = "database (default: ${DEFAULT-VALUE})")
    Path db = env("KZBOT_DB").orElse(Home.resolve("data/kzbot.db"));

    @Option(names = "--models", paramLabel = "DIR", description = "trained models (default: ${DEFAULT-VALUE})")
    Path models = env("KZBOT_MODELS").orElse(Home.resolve("models"));

    private static java.util.Optional<Path> env(String name) {
        return java.util.Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank()).map(Path::of);
    }
}
