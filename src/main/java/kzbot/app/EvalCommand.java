package kzbot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import kzbot.answer.Answerer;
import kzbot.cli.DevSetEvaluation;
import kzbot.ingest.IngestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores kzbot on an evaluation set (the format of shared/eval/README.md).")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Paths paths;

    @Parameters(paramLabel = "FILE.tsv", description = "the evaluation set")
    Path file;

    @Option(names = "--verbose", description = "print every miss with the answer given")
    boolean verbose;

    @Override
    public Integer call() {
        List<DevSetEvaluation.Row> rows;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = DevSetEvaluation.read(in);
        } catch (IOException e) {
            throw new IngestException(IngestException.Reason.NO_INPUT, file + ": cannot read (" + IngestException.describe(e) + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IngestException(IngestException.Reason.BAD_DATA, file + ": " + e.getMessage(), e);
        }
        Answerer answerer = Wiring.answerer(paths);
        DevSetEvaluation.print(DevSetEvaluation.score(rows, answerer::answer), spec.commandLine().getOut(), verbose);
        return ExitCodes.OK;
    }
}
