package kzbot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

/** Eight clients at once get, request for request, what one client alone gets. */
class ApiConcurrencyIT {
    private static final int CLIENTS = 8;
    private static final int REQUESTS = 500;
    private static final List<String> PATHS = paths();
    @RegisterExtension
    static final TestApi.PerClass SERVER = new TestApi.PerClass();

    private static List<String> paths() {
        List<String> questions = List.of("kz pakistan trade 2023", "What was the trade between Kazakhstan and Pakistan?",
                "When did Kazakhstan and Malaysia establish diplomatic relations?", "hello", "who is Mirziyoyev",
                "Tell me about Kazakhstan–Malaysia relations", "What is the capital of France?", "kz uzbekistan agreements",
                "and in 2018?", "Astana peace process", "oil and gas middle east", "help");
        List<String> out = new ArrayList<>();
        questions.forEach(q -> out.add("/v1/ask?q=" + TestApi.q(q)));
        out.addAll(List.of("/v1/sources", "/v1/sources/kz-middle-east", "/v1/facts?partner=Uzbek", "/v1/facts?topic=trade",
                "/healthz", "/v1/sources/kz-nowhere"));
        return List.copyOf(out);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void answersEightConcurrentClientsExactlyAsOneClient() throws Exception {
        Map<String, String> alone = new LinkedHashMap<>();
        for (String path : PATHS) {
            HttpResponse<String> r = SERVER.api.get(path);
            alone.put(path, r.statusCode() + " " + r.body());
        }
        long single = System.nanoTime();
        assertEquals(List.of(), run(0, alone));
        double singleSeconds = (System.nanoTime() - single) / 1e9;
        System.out.printf(Locale.ROOT, "ApiConcurrencyIT: 1 client x %d requests in %.2f s = %.0f requests/s%n",
                REQUESTS, singleSeconds, REQUESTS / singleSeconds);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long t0 = System.nanoTime();
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                runs.add(clients.submit(() -> run(offset, alone)));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> run : runs) {
                wrong.addAll(run.get());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "ApiConcurrencyIT: %d clients x %d requests in %.2f s = %.0f requests/s%n",
                    CLIENTS, REQUESTS, seconds, CLIENTS * REQUESTS / seconds);
            assertEquals(List.of(), wrong);
        } finally {
            clients.shutdownNow();
        }
        assertEquals(List.of(), SERVER.api.log);
    }

    /** Replies go out at once, not after the client's delayed acknowledgement (about 40 ms each). */
    @Test
    void answersOneClientWithoutWaitingForDelayedAcknowledgements() {
        HttpClient client = TestApi.client();
        TestApi.send(client, SERVER.api.request("/healthz").build());
        long t0 = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            assertEquals(200, TestApi.send(client, SERVER.api.request("/v1/sources").build()).statusCode());
        }
        double ms = (System.nanoTime() - t0) / 1e6 / 50;
        System.out.printf(Locale.ROOT, "ApiConcurrencyIT: GET /v1/sources %.2f ms a request on one connection%n", ms);
        assertTrue(ms < 30, ms + " ms a request: is TCP_NODELAY off?");
    }

    /** One client: its own connection, the paths in a rotating order of its own. */
    private static List<String> run(int offset, Map<String, String> expected) {
        HttpClient client = TestApi.client();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String path = PATHS.get((i * 7 + offset) % PATHS.size());
            HttpResponse<String> r = TestApi.send(client, SERVER.api.request(path).build());
            if (!expected.get(path).equals(r.statusCode() + " " + r.body())) {
                wrong.add("client " + offset + " request " + i + " " + path + ": " + r.statusCode());
            }
        }
        return wrong;
    }
}
