package kzbot.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpServer;

import kzbot.answer.Answerer;
import kzbot.store.FactStore;
import kzbot.text.Gazetteer;

/**
 * The newsroom API: cited answers, sources and facts as JSON over HTTP, on the JDK's HTTP server
 * with a bounded pool of threads. Collaborators come in through the constructor, so the app (or
 * anything that runs beside the Telegram bot) can start and stop it.
 */
public final class ApiServer {
    /** Larger request bodies are refused with 413. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** Most questions in one {@code POST /v1/ask}. */
    public static final int MAX_BATCH = 100;
    /** Requests waiting for a thread; beyond these, new requests are turned away by closing the connection. */
    static final int QUEUE = 256;
    /**
     * The JDK server flushes a reply's headers, then writes its body; with Nagle's algorithm on, the body
     * waits for the client's delayed acknowledgement, about 40 ms a request (measured: 45 ms against 2 ms).
     * The server reads this switch once, when the first server of the process is made.
     */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final ApiSettings settings;
    private final List<Route> routes;
    private final Router router;
    private HttpServer server;
    private ThreadPoolExecutor pool;

    /**
     * @param log where one line goes for each request that failed unexpectedly (never the request body)
     */
    public ApiServer(Answerer answerer, FactStore store, Gazetteer gazetteer, ApiSettings settings, Consumer<String> log) {
        this.settings = settings;
        ObjectMapper json = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        AskEndpoint ask = new AskEndpoint(answerer);
        SourcesEndpoint sources = new SourcesEndpoint(store);
        FactsEndpoint facts = new FactsEndpoint(store, gazetteer);
        HealthEndpoint health = new HealthEndpoint(answerer, store);
        OpenApiEndpoint openApi = new OpenApiEndpoint(json);
        this.routes = List.of(
                Route.open("/healthz", Map.of("GET", health::check)),
                Route.of("/openapi.json", Map.of("GET", openApi::serve)),
                Route.of("/v1/ask", Map.of("GET", ask::get, "POST", ask::post)),
                Route.of("/v1/sources", Map.of("GET", sources::list)),
                Route.of("/v1/sources/{id}", Map.of("GET", sources::one)),
                Route.of("/v1/facts", Map.of("GET", facts::list)));
        this.router = new Router(routes, settings.token().map(BearerToken::new), new Cors(settings.corsOrigin()), json, log);
    }

    /** Binds the address and starts answering; fails with the address and the reason when it cannot listen. */
    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("the API server is already started");
        }
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        ThreadPoolExecutor threads = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), named("kzbot-http-"));
        try {
            HttpServer s = HttpServer.create(settings.address(), 0);
            s.createContext("/", router);
            s.setExecutor(threads);
            s.start();
            server = s;
            pool = threads;
        } catch (IOException e) {
            threads.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + settings.address().getHostString() + ":"
                    + settings.address().getPort() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Lets the requests already running finish (for up to five seconds), turns new ones away, then
     * closes the port. Draining the pool first avoids HttpServer.stop's fixed wait.
     */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.stop(0);
            server = null;
            pool = null;
        }
    }

    /** The port listened on: the one asked for, or the one the system chose for port 0. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the API server is not started");
        }
        return server.getAddress().getPort();
    }

    /** The routes served, for the test that holds them to the OpenAPI description. */
    List<Route> routes() {
        return routes;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
