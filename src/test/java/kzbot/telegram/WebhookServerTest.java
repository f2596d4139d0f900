package kzbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class WebhookServerTest {
    @Test
    void acceptsOnlyTheSecretAndAnswersEachUpdateOnce() throws Exception {
        UpdateHandler handler = mock(UpdateHandler.class);
        KzbotUpdates updates = new KzbotUpdates(handler, new BotLog(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), Clock.systemUTC(), "t"), 1);
        try (WebhookServer server = new WebhookServer("127.0.0.1", 0, "/telegram", "s3cret", updates)) {
            server.start();
            HttpClient http = HttpClient.newHttpClient();
            String update = "{\"update_id\":77,\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"hi\"}}";
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/telegram");
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(update));
            assertEquals(401, http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(401, http.send(b.header(WebhookServer.SECRET_HEADER, "wrong").build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpRequest good = HttpRequest.newBuilder(uri).header(WebhookServer.SECRET_HEADER, "s3cret")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build();
            assertEquals(200, http.send(good, HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, http.send(good, HttpResponse.BodyHandlers.ofString()).statusCode());
            updates.drain(5);
            verify(handler, times(1)).handle(any(Update.class));
        }
    }
}
