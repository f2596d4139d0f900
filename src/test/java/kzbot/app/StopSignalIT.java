package kzbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kzbot.TestKzbot;

/** {@code kzbot serve} as a process: a stop requested with SIGTERM or SIGINT (Ctrl-C) is a clean exit, 0. */
class StopSignalIT {
    private static final Pattern ADDRESS = Pattern.compile("serving http://([^/]+)/");

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void serveExitsZeroWhenAskedToStop(String signal) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "kzbot.app.Main",
                "serve", "--port", "0", "--db", TestKzbot.seedDatabase().toString(), "--models",
                new File("models").getAbsolutePath()).redirectErrorStream(true);
        Process p = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String address = null;
            String line = out.readLine();
            while (line != null && address == null) {
                Matcher m = ADDRESS.matcher(line);
                address = m.find() ? m.group(1) : null;
                line = address == null ? out.readLine() : line;
            }
            assertNotNull(address, "the server printed its address");
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://" + address + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "stopped on SIG" + signal);
            assertEquals(0, p.exitValue(), "exit code after SIG" + signal);
        } finally {
            p.destroyForcibly();
        }
    }
}
