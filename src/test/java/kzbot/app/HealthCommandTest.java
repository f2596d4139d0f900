package kzbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;
import kzbot.http.ApiServer;
import kzbot.http.ApiSettings;
import kzbot.store.SqliteFactStore;
import kzbot.text.Gazetteer;

/** The container health check against a real server, and against a port nobody serves. */
class HealthCommandTest {
    @Test
    void exitsZeroWhenTheServerIsHealthy() {
        try (SqliteFactStore store = SqliteFactStore.open(TestKzbot.seedDatabase())) {
            ApiServer server = new ApiServer(TestKzbot.seeds(), store, Gazetteer.load(), ApiSettings.loopback(0), line -> { });
            server.start();
            try {
                IngestCommandTest.Result r = IngestCommandTest.run("health", "--url",
                        "http://127.0.0.1:" + server.port() + "/healthz");
                assertEquals(0, r.code(), r.out() + r.err());
                assertTrue(r.out().startsWith("200 "), r.out());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void exitsOneWhenNothingAnswers() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        IngestCommandTest.Result r = IngestCommandTest.run("health", "--url", "http://127.0.0.1:" + port + "/healthz",
                "--timeout", "2");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().startsWith("unhealthy"), r.out());
    }
}
