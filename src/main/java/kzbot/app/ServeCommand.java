package kzbot.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import kzbot.answer.Answerer;
import kzbot.http.ApiServer;
import kzbot.http.ApiSettings;
import kzbot.store.SqliteFactStore;
import kzbot.text.Gazetteer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the newsroom API: cited answers, sources and facts as JSON over HTTP.",
                "KZBOT_API_TOKEN, when set, is the bearer token every request but /healthz must carry;"
                        + " KZBOT_CORS_ORIGIN, when set, is the one origin browsers may call from."})
final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_VARIABLE = "KZBOT_API_TOKEN";
    static final String CORS_VARIABLE = "KZBOT_CORS_ORIGIN";

    @Spec
    CommandSpec spec;

    @Mixin
    Paths paths;

    @Option(names = "--port", paramLabel = "N", description = "port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDR", description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String bind = "127.0.0.1";

    @Option(names = "--threads", paramLabel = "N", description = "requests answered at once (default: ${DEFAULT-VALUE})")
    int threads = ApiSettings.DEFAULT_THREADS;

    @Override
    public Integer call() throws InterruptedException {
        ApiSettings settings = settings();
        SqliteFactStore store = SqliteFactStore.open(paths.db());
        Answerer answerer = Wiring.answerer(paths, store);
        PrintWriter err = spec.commandLine().getErr();
        ApiServer server = new ApiServer(answerer, store, Gazetteer.load(), settings, err::println);
        StopSignal stop = StopSignal.install(() -> {
            server.stop();
            store.close();
        });
        try {
            server.start();
        } catch (UncheckedIOException e) {
            store.close();
            err.println("kzbot: " + e.getMessage());
            return ExitCodes.IO;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "kzbot: serving http://%s:%d/ (token %s, CORS %s, %d threads); API at /openapi.json; Ctrl-C stops%n",
                settings.address().getHostString(), server.port(), settings.token().isPresent() ? "required" : "off",
                settings.corsOrigin().orElse("off"), threads);
        out.flush();
        stop.await();
        return ExitCodes.OK;
    }

    /** Flags and the two environment variables, checked before anything is loaded. */
    private ApiSettings settings() {
        if (port < 0 || port > 65_535) {
            throw usage("--port must be between 0 and 65535");
        }
        if (threads < 1 || threads > ApiSettings.MAX_THREADS) {
            throw usage("--threads must be between 1 and " + ApiSettings.MAX_THREADS);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw usage("--bind: unknown address '" + bind + "'");
        }
        Optional<String> token = variable(TOKEN_VARIABLE);
        Optional<String> origin = variable(CORS_VARIABLE);
        try {
            return new ApiSettings(new InetSocketAddress(address, port), token, origin, threads);
        } catch (IllegalArgumentException e) {
            throw usage(CORS_VARIABLE + ": " + e.getMessage());
        }
    }

    /** An empty variable counts as unset: an empty token would protect nothing. */
    private static Optional<String> variable(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
