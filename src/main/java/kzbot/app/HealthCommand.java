package kzbot.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A container health check: asks a running kzbot's /healthz and exits 0 only when it answers 200. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Asks a running kzbot (serve, or the bot with KZBOT_HTTP_PORT) whether it is healthy.",
                "Exit 0 when GET /healthz answers 200, else 1 (what a Docker HEALTHCHECK expects)."})
final class HealthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL",
            description = "default: http://127.0.0.1:$KZBOT_HTTP_PORT/healthz, port 8080 when unset")
    URI url;

    @Option(names = "--timeout", paramLabel = "S", description = "seconds to wait (default: ${DEFAULT-VALUE})")
    int timeout = 5;

    @Override
    public Integer call() {
        URI target = url != null ? url : URI.create("http://127.0.0.1:" + port() + "/healthz");
        PrintWriter out = spec.commandLine().getOut();
        try {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeout)).build()
                    .send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(timeout)).GET().build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            out.println(r.statusCode() + " " + r.body());
            return r.statusCode() == 200 ? ExitCodes.OK : 1;
        } catch (IOException | IllegalArgumentException e) {
            out.println("unhealthy: " + target + " does not answer (" + e.getClass().getSimpleName() + ")");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static String port() {
        String p = System.getenv("KZBOT_HTTP_PORT");
        return p == null || p.isBlank() ? "8080" : p.strip();
    }
}
