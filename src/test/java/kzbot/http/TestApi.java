package kzbot.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kzbot.TestKzbot;
import kzbot.answer.Answerer;
import kzbot.store.FactStore;
import kzbot.store.SqliteFactStore;
import kzbot.text.Gazetteer;

/** A real API server on a free port of this machine over the seed database, and a real HTTP client. */
final class TestApi implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final ApiServer server;
    final FactStore store;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient client = client();

    private TestApi(Answerer answerer, FactStore store, ApiSettings settings) {
        this.store = store;
        this.server = new ApiServer(answerer, store, Gazetteer.load(), settings, log::add);
        server.start();
    }

    /** Over the seeds, with the answerer the other tests use. */
    static TestApi start(ApiSettings settings) {
        return new TestApi(TestKzbot.seeds(), SqliteFactStore.open(TestKzbot.seedDatabase()), settings);
    }

    static TestApi start(Answerer answerer, FactStore store) {
        return new TestApi(answerer, store, ApiSettings.loopback(0));
    }

    /** Each client keeps its own connection, as separate programs would. */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20));
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    HttpResponse<String> postJson(String path, String body) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return send(client, request.build());
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request line sent as is, for targets that java.net.URI refuses to build; the reply as text. */
    String raw(String method, String target) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }

    /**
     * A server over the seeds for one test class, started before its tests and closed after them:
     * {@code @RegisterExtension static final TestApi.PerClass SERVER = new TestApi.PerClass();}
     */
    static final class PerClass implements org.junit.jupiter.api.extension.BeforeAllCallback,
            org.junit.jupiter.api.extension.AfterAllCallback {
        TestApi api;

        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            api = TestApi.start(ApiSettings.loopback(0));
        }

        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            api.close();
        }
    }
}
