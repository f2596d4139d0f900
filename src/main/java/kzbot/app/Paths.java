package kzbot.app;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The --db and --models options that every command opening the database or the models shares.
 * Given before the sub-command ({@code kzbot --db F ask …}) they count as if given after it; an
 * option given on neither falls back to $KZBOT_DB / $KZBOT_MODELS, then to the checkout's files.
 */
final class Paths {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private Path db;
    private Path models;

    @Option(names = "--db", paramLabel = "FILE", description = "database (default: $KZBOT_DB, else data/kzbot.db)")
    void db(Path db) {
        this.db = db;
    }

    @Option(names = "--models", paramLabel = "DIR", description = "trained models (default: $KZBOT_MODELS, else models)")
    void models(Path models) {
        this.models = models;
    }

    /** The database: this command's option, the top-level one, $KZBOT_DB, or data/kzbot.db. */
    Path db() {
        return Optional.ofNullable(db).or(() -> parent().map(p -> p.db)).or(() -> env("KZBOT_DB"))
                .orElse(Home.resolve("data/kzbot.db"));
    }

    /** The models folder: this command's option, the top-level one, $KZBOT_MODELS, or models. */
    Path models() {
        return Optional.ofNullable(models).or(() -> parent().map(p -> p.models)).or(() -> env("KZBOT_MODELS"))
                .orElse(Home.resolve("models"));
    }

    /** The same models with another database. */
    Paths withDb(Path other) {
        Paths p = new Paths();
        p.db = other;
        p.models = models();
        return p;
    }

    /** The options of the command above this one ({@code kzbot --db F ask}), if it has them. */
    private Optional<Paths> parent() {
        if (mixee == null || mixee.parent() == null) {
            return Optional.empty();
        }
        return mixee.parent().mixins().values().stream().map(CommandSpec::userObject)
                .filter(Paths.class::isInstance).map(Paths.class::cast).findFirst();
    }

    private static Optional<Path> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank()).map(Path::of);
    }
}
