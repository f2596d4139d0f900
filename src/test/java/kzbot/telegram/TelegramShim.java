package kzbot.telegram;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A test-side shim in front of telegram-test-api that covers its gaps: dates in seconds, real long
 * polling with offsets, the methods it lacks (getMe with is_bot, setMyCommands, sendChatAction,
 * answerInlineQuery), Telegram-shaped errors, injected updates (inline queries) and injected
 * faults (429 with retry_after, 5xx). Every bot call is recorded for the tests to read.
 */
final class TelegramShim implements AutoCloseable {
    static final long BOT_ID = 666;
    static final String BOT_USERNAME = "kzbot_test_bot";

    /** One call the bot made: the method, its JSON body, and when. */
    record Call(String method, JsonNode body, long atMillis, int status) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String emulator;
    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<JsonNode> pending = new ArrayDeque<>();
    private final Map<String, Deque<Integer>> faults = new HashMap<>();
    private int nextUpdateId = 1;
    private final Map<Integer, Long> delivered = new java.util.concurrent.ConcurrentHashMap<>();

    TelegramShim(String emulatorUrl) throws IOException {
        this(emulatorUrl, 0);
    }

    TelegramShim(String emulatorUrl, int port) throws IOException {
        this.emulator = emulatorUrl;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A fault that closes the connection without an answer. */
    static final int DROP = -1;
    /** A fault that answers, but three seconds late. */
    static final int SLOW = -2;

    /** The next calls of a method fail with these statuses (429 carries retry_after 1), DROP or SLOW. */
    synchronized void fail(String method, int... statuses) {
        Deque<Integer> q = faults.computeIfAbsent(method.toLowerCase(java.util.Locale.ROOT), k -> new ArrayDeque<>());
        for (int s : statuses) {
            q.add(s);
        }
    }

    /** Queues an update the emulator cannot make, such as an inline query; returns its id. */
    synchronized int inject(ObjectNode update) {
        int id = nextUpdateId++;
        update.put("update_id", id);
        pending.add(update);
        return id;
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    /** Waits until a call matches, or fails the test after the timeout. */
    Call await(String method, Predicate<Call> match, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (Call c : calls(method)) {
                if (c.status() == 200 && match.test(c)) {
                    return c;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + method + " call matched within " + timeout + "; calls: " + calls(method));
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            int slash = path.indexOf('/', 1);
            if (!path.startsWith("/bot") || slash < 0) {
                reply(ex, 404, error(404, "Not Found"));
                return;
            }
            String token = path.substring(4, slash);
            String method = path.substring(slash + 1);
            String name = method.toLowerCase(java.util.Locale.ROOT);
            byte[] raw = ex.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? json.createObjectNode() : json.readTree(raw);
            Integer fault = nextFault(name);
            if (fault != null && fault == DROP) {
                calls.add(new Call(name, body, System.currentTimeMillis(), fault));
                return; // the connection closes with no answer at all
            }
            if (fault != null && fault == SLOW) {
                Thread.sleep(3_000);
                fault = null;
            }
            if (fault != null) {
                calls.add(new Call(name, body, System.currentTimeMillis(), fault));
                reply(ex, fault, fault == 429 ? tooMany() : error(fault, "Internal Server Error"));
                return;
            }
            calls.add(new Call(name, body, System.currentTimeMillis(), 200));
            reply(ex, 200, switch (name) {
                case "getme" -> ok(json.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                        .put("first_name", "kzbot").put("username", BOT_USERNAME));
                case "setmycommands", "sendchataction", "answerinlinequery", "answercallbackquery", "deletewebhook",
                        "setwebhook" -> ok(json.getNodeFactory().booleanNode(true));
                case "getupdates" -> ok(updates(token, body));
                default -> forward(token, method, body);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Integer nextFault(String method) {
        Deque<Integer> q = faults.get(method);
        return q == null ? null : q.poll();
    }

    /** Long polling as Telegram does it: updates stay until an offset past them confirms them. */
    private JsonNode updates(String token, JsonNode body) throws IOException, InterruptedException {
        long offset = body.path("offset").asLong(0);
        long waitMs = Math.min(2_000, body.path("timeout").asLong(0) * 1_000);
        long end = System.currentTimeMillis() + waitMs;
        while (true) {
            JsonNode fresh = post("/bot" + token + "/getUpdates", json.createObjectNode());
            ArrayNode out = json.createArrayNode();
            synchronized (this) {
                // one numbering for emulator and injected updates, as Telegram has one sequence
                fresh.path("result").forEach(u -> pending.add(((ObjectNode) fixDates(u)).put("update_id", nextUpdateId++)));
                pending.removeIf(u -> u.path("update_id").asLong() < offset);
                pending.forEach(out::add);
            }
            if (!out.isEmpty() || System.currentTimeMillis() >= end) {
                out.forEach(u -> delivered.putIfAbsent(u.path("update_id").asInt(), System.currentTimeMillis()));
                return out;
            }
            Thread.sleep(25);
        }
    }

    private JsonNode forward(String token, String method, JsonNode body) throws IOException, InterruptedException {
        JsonNode answer = post("/bot" + token + "/" + method, body);
        if (answer.has("ok") && answer.get("ok").asBoolean()) {
            return ok(fixDates(answer.get("result")));
        }
        return error(400, "Bad Request: " + answer.path("message").asText(method + " failed"));
    }

    private JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(emulator + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        return json.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
    }

    /** The emulator writes dates in milliseconds; the Bot API (and telegrambots) expects seconds. */
    private JsonNode fixDates(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.has("date") && o.get("date").asLong() > 100_000_000_000L) {
                o.put("date", o.get("date").asLong() / 1000);
            }
            o.remove("botToken");
            o.fields().forEachRemaining(e -> fixDates(e.getValue()));
        } else if (node instanceof ArrayNode a) {
            a.forEach(this::fixDates);
        }
        return node;
    }

    private ObjectNode ok(JsonNode result) {
        ObjectNode o = json.createObjectNode().put("ok", true);
        o.set("result", result);
        return o;
    }

    private ObjectNode error(int code, String description) {
        return json.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
    }

    private ObjectNode tooMany() {
        ObjectNode o = error(429, "Too Many Requests: retry after 1");
        o.set("parameters", json.createObjectNode().put("retry_after", 1));
        return o;
    }

    private void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] b = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    /** A user writes to the bot through the emulator's client API. */
    void userSays(long chatId, String chatType, long userId, String text, ObjectNode replyTo) throws IOException, InterruptedException {
        ObjectNode m = json.createObjectNode();
        m.put("botToken", TelegramBotIT.TOKEN);
        m.set("from", json.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", "Aigerim")
                .put("username", "aigerim"));
        ObjectNode chat = json.createObjectNode().put("id", chatId).put("type", chatType);
        if (chatType.equals("private")) {
            chat.put("first_name", "Aigerim");
        } else {
            chat.put("title", "Newsroom");
        }
        m.set("chat", chat);
        m.put("text", text);
        m.put("date", System.currentTimeMillis() / 1000);
        if (replyTo != null) {
            m.set("reply_to_message", replyTo);
        }
        post("/sendMessage", m);
    }

    /** A user presses an inline button under one of the bot's messages. */
    void userPresses(JsonNode botMessage, String data) throws IOException, InterruptedException {
        ObjectNode cb = json.createObjectNode();
        cb.put("botToken", TelegramBotIT.TOKEN);
        cb.set("from", json.createObjectNode().put("id", 4242).put("is_bot", false).put("first_name", "Aigerim"));
        ObjectNode msg = json.createObjectNode().put("message_id", botMessage.path("message_id").asInt(1))
                .put("date", System.currentTimeMillis() / 1000).put("text", "answer");
        msg.set("chat", json.createObjectNode().put("id", botMessage.path("chat_id").asLong()).put("type", "private")
                .put("first_name", "Aigerim"));
        cb.set("message", msg);
        cb.put("data", data);
        post("/sendCallback", cb);
    }

    /** When the bot first received updates carrying this text. */
    long deliveredAt(String text) {
        return calls("getupdates").isEmpty() ? 0 : delivered.entrySet().stream().mapToLong(Map.Entry::getValue).max().orElse(0);
    }

    ObjectMapper json() {
        return json;
    }

    List<Call> all() {
        return new ArrayList<>(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
