package kzbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./kzbot} launcher in a checkout of its own (the built jar, the seeds, the models),
 * called through a symbolic link: it builds the database, keeps answering from the last good one
 * when an article is bad, reports that article on every run, and needs no database for --help.
 */
class LauncherIT {
    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private record Run(int code, String out, String err) {
    }

    @Test
    void buildsTheDatabaseAndKeepsTheLastGoodOneWhenAnArticleIsBad() throws Exception {
        Path launcher = checkout();
        Path link = Files.createSymbolicLink(elsewhere.resolve("kz"), launcher);

        Run first = run(link, "ask", "kz pakistan trade 2023");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("$138 million"), first.out());
        assertTrue(first.err().contains("building"), first.err());
        assertFalse(first.err().contains("facts by kind"), "no ingest statistics before the answer: " + first.err());

        Files.write(home.resolve("data/sources/zz-bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        Run bad = run(link, "ask", "kz pakistan trade 2023");
        assertEquals(0, bad.code(), bad.err());
        assertTrue(bad.out().contains("$138 million"), bad.out());
        assertTrue(bad.err().contains("zz-bad.txt: not valid UTF-8") && bad.err().contains("last good database"), bad.err());

        Run again = run(link, "ask", "kz pakistan trade 2023");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("zz-bad.txt") && !again.err().contains("updating"),
                "reported again without a new ingest: " + again.err());

        Run help = run(link, "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("Usage: kzbot"), help.out());

        Files.delete(home.resolve("data/kzbot.db"));
        Run rebuilt = run(link, "ask", "kz pakistan trade 2023");
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertTrue(rebuilt.err().contains("skipped") && rebuilt.err().contains("zz-bad.txt"), rebuilt.err());
        assertTrue(rebuilt.out().contains("$138 million"), rebuilt.out());

        Files.delete(home.resolve("data/sources/zz-bad.txt"));
        Run fixed = run(link, "ask", "kz pakistan trade 2023");
        assertEquals(0, fixed.code(), fixed.err());
        assertFalse(fixed.err().contains("zz-bad.txt"), fixed.err());
    }

    /** A checkout with the launcher, the built jar, the seed articles and the models; no sources of the jar. */
    private Path checkout() throws IOException {
        Path launcher = home.resolve("kzbot");
        Files.copy(Path.of("kzbot"), launcher);
        assertTrue(launcher.toFile().setExecutable(true));
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("target/kzbot.jar"), home.resolve("target/kzbot.jar"));
        copyFolder(Path.of("data/sources"), home.resolve("data/sources"));
        copyFolder(Path.of("models"), home.resolve("models"));
        return launcher;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private Run run(Path launcher, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().keySet().removeIf(k -> k.startsWith("KZBOT_") || k.startsWith("TELEGRAM_"));
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
