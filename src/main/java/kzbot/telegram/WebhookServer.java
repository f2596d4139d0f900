package kzbot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates pushed by Telegram (webhook mode, for several replicas behind a load balancer).
 * Only requests carrying the secret token in X-Telegram-Bot-Api-Secret-Token are accepted; an update
 * delivered twice is answered once.
 */
public final class WebhookServer implements AutoCloseable {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_BODY = 1 << 20;
    private static final int REMEMBERED_UPDATES = 10_000;

    private final HttpServer server;
    private final byte[] secret;
    private final KzbotUpdates updates;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<Integer> seen = new LinkedHashSet<>();

    public WebhookServer(String bind, int port, String path, String secret, KzbotUpdates updates) throws IOException {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a webhook needs a secret token (TELEGRAM_WEBHOOK_SECRET)");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.updates = updates;
        this.server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        server.createContext(path, this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String given = ex.getRequestHeaders().getFirst(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                reply(ex, 401, "{\"ok\":false,\"description\":\"wrong or missing secret token\"}");
                return;
            }
            if (!"POST".equals(ex.getRequestMethod())) {
                reply(ex, 405, "{\"ok\":false,\"description\":\"POST only\"}");
                return;
            }
            Update u;
            try (InputStream in = ex.getRequestBody()) {
                byte[] body = in.readNBytes(MAX_BODY + 1);
                if (body.length > MAX_BODY) {
                    reply(ex, 413, "{\"ok\":false,\"description\":\"update too large\"}");
                    return;
                }
                u = json.readValue(body, Update.class);
            } catch (IOException e) {
                reply(ex, 400, "{\"ok\":false,\"description\":\"not an update\"}");
                return;
            }
            // queued before Telegram hears "ok": an update acknowledged is never one the bot drops; while
            // the bot stops, Telegram is told to deliver it again later
            try {
                if (firstTime(u.getUpdateId())) {
                    updates.consume(List.of(u));
                }
            } catch (java.util.concurrent.RejectedExecutionException e) {
                if (u.getUpdateId() != null) {
                    synchronized (seen) {
                        seen.remove(u.getUpdateId());
                    }
                }
                reply(ex, 503, "{\"ok\":false,\"description\":\"stopping\"}");
                return;
            }
            reply(ex, 200, "{\"ok\":true}");
        }
    }

    private boolean firstTime(Integer id) {
        if (id == null) {
            return true;
        }
        synchronized (seen) {
            if (!seen.add(id)) {
                return false;
            }
            if (seen.size() > REMEMBERED_UPDATES) {
                seen.remove(seen.iterator().next());
            }
            return true;
        }
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(1);
    }
}
