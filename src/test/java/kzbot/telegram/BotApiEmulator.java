package kzbot.telegram;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The npm package telegram-test-api (pinned in src/test/e2e/package-lock.json), installed with
 * `npm ci` when missing, started on a free port of 127.0.0.1 and stopped after the tests.
 */
final class BotApiEmulator implements AutoCloseable {
    static final Path DIR = Path.of("src/test/e2e");

    private final Process process;
    private final int port;

    private BotApiEmulator(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static BotApiEmulator start() throws IOException, InterruptedException {
        if (!Files.isDirectory(DIR.resolve("node_modules/telegram-test-api"))) {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(DIR.toFile()).redirectErrorStream(true).redirectOutput(new File("target/npm-ci.log")).start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IOException("npm ci failed in " + DIR + " (see target/npm-ci.log)");
            }
        }
        int port = freePort();
        Process p = new ProcessBuilder("node", "emulator.js", String.valueOf(port)).directory(DIR.toFile())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("ready")) {
            p.destroyForcibly();
            throw new IOException("the emulator did not start: " + line);
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "emulator-output");
        drain.setDaemon(true);
        drain.start();
        return new BotApiEmulator(p, port);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
