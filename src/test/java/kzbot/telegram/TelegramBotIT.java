package kzbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

import kzbot.TestKzbot;
import kzbot.answer.Answerer;
import kzbot.answer.Conversations;
import kzbot.store.SqliteFactStore;

/**
 * The real long-polling bot against the telegram-test-api emulator (through the shim), as a user
 * would meet it: commands, questions, follow-ups, groups, buttons, inline mode, and Telegram errors.
 */
class TelegramBotIT {
    static final String TOKEN = "123456:TEST-token-for-the-emulator-only";
    static final Duration WAIT = Duration.ofSeconds(15);

    static BotApiEmulator emulator;
    static TelegramShim shim;
    static TelegramBot bot;
    static ByteArrayOutputStream logged = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws Exception {
        emulator = BotApiEmulator.start();
        shim = new TelegramShim(emulator.url());
        Path sources = Files.createTempDirectory("kzbot-e2e");
        for (String seed : new String[] {"kz-pakistan", "kz-middle-east"}) {
            Files.copy(TestKzbot.SEEDS.resolve(seed + ".txt"), sources.resolve(seed + ".txt"));
        }
        String longParagraph = "Kazakhstan and Chile held a long forum on copper mining in 2021. ".repeat(90);
        Files.writeString(sources.resolve("kz-chile.txt"), "Kazakhstan and Chile\n" + longParagraph + "\n", StandardCharsets.UTF_8);
        SqliteFactStore store = SqliteFactStore.open(TestKzbot.database(sources));
        Answerer answerer = TestKzbot.answerer(store);
        BotSettings settings = new BotSettings(TOKEN, java.net.URI.create(shim.url()), Optional.empty(), "127.0.0.1", 0, "",
                Set.of(), 1);
        Clock clock = Clock.systemUTC();
        BotLog log = new BotLog(new PrintStream(logged, true, StandardCharsets.UTF_8), clock, TOKEN);
        bot = new TelegramBot(settings, new OkHttpTelegramClient(TOKEN, settings.telegramUrl()), answerer,
                new Conversations(answerer, clock, 1000), store, log, d -> Thread.sleep(d.toMillis()), new Pacer(clock),
                TelegramJson.warmedMapper());
        bot.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (shim != null) {
            shim.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        String log = logged.toString(StandardCharsets.UTF_8);
        assertTrue(!log.contains(TOKEN) && !log.contains("TEST-token"), "the token leaked into the log: " + log);
    }

    private static TelegramShim.Call reply(long chat, String contains) throws InterruptedException {
        return shim.await("sendMessage", c -> c.body().path("chat_id").asLong() == chat
                && c.body().path("text").asText().contains(contains), WAIT);
    }

    @Test
    void registersItsCommands() throws InterruptedException {
        TelegramShim.Call c = shim.await("setMyCommands", x -> true, WAIT);
        assertTrue(c.body().toString().contains("\"sources\""), c.body().toString());
    }

    @Test
    void greetsOnStart() throws Exception {
        shim.userSays(101, "private", 101, "/start", null);
        reply(101, "kzbot");
    }

    @Test
    void answersAQuestionWithACitedHtmlAnswerThenAFollowUp() throws Exception {
        long sent = System.currentTimeMillis();
        shim.userSays(102, "private", 102, "kz pakistan trade 2023", null);
        TelegramShim.Call c = reply(102, "$138 million");
        assertEquals("HTML", c.body().path("parse_mode").asText());
        assertTrue(c.body().path("text").asText().contains("<blockquote>"), c.body().toString());
        assertTrue(c.body().path("reply_markup").toString().contains("p:"), "a Show passage button");
        shim.await("sendChatAction", x -> x.body().path("chat_id").asLong() == 102, WAIT);
        System.out.println("telegram e2e: update to cited answer in " + (c.atMillis() - sent) + " ms");
        shim.userSays(102, "private", 102, "and in 2018?", null);
        reply(102, "$28 million");
    }

    @Test
    void listsItsSources() throws Exception {
        shim.userSays(103, "private", 103, "/sources", null);
        reply(103, "Development of Joint Cooperation");
    }

    @Test
    void ignoresGroupChatterButAnswersAskMentionsAndReplies() throws Exception {
        shim.userSays(-200, "group", 201, "kz pakistan trade 2023 anyone?", null);
        shim.userSays(-200, "group", 201, "/ask When did Kazakhstan and Turkey sign their free trade agreement?", null);
        TelegramShim.Call answered = reply(-200, "2017");
        assertEquals(1, shim.calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == -200).count(),
                "the chatter got no reply");
        shim.userSays(-200, "group", 201, "@" + TelegramShim.BOT_USERNAME + " how large are the oil reserves?", null);
        reply(-200, "30 billion barrels");
        ObjectNode botMessage = shim.json().createObjectNode().put("message_id", 1).put("date", 1);
        botMessage.set("from", shim.json().createObjectNode().put("id", TelegramShim.BOT_ID).put("is_bot", true)
                .put("first_name", "kzbot"));
        botMessage.set("chat", shim.json().createObjectNode().put("id", -200).put("type", "group").put("title", "Newsroom"));
        shim.userSays(-200, "group", 201, "what did they sign in 2022?", botMessage);
        reply(-200, "2022");
        assertTrue(answered.body().path("reply_to_message_id").asInt() > 0, "group answers reply to the question");
    }

    @Test
    void showsThePassageBehindAButtonSplitWhenLong() throws Exception {
        shim.userSays(104, "private", 104, "kz chile copper mining forum 2021", null);
        TelegramShim.Call answer = reply(104, "copper");
        String data = answer.body().path("reply_markup").path("inline_keyboard").get(0).get(0).path("callback_data").asText();
        JsonNode sent = shim.json().createObjectNode().put("message_id", 7).put("chat_id", 104);
        shim.userPresses(sent, data);
        shim.await("answerCallbackQuery", c -> true, WAIT);
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        List<TelegramShim.Call> parts;
        do {
            Thread.sleep(100);
            parts = shim.calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == 104
                    && c.body().path("text").asText().contains("copper mining")).toList();
        } while (parts.size() < 3 && System.currentTimeMillis() < deadline);
        assertTrue(parts.size() >= 3, "answer plus a passage in at least two parts: " + parts.size());
        for (TelegramShim.Call p : parts) {
            assertTrue(p.body().path("text").asText().length() <= TelegramHtml.MAX_MESSAGE);
        }
    }

    @Test
    void answersInlineQueries() throws Exception {
        ObjectNode u = shim.json().createObjectNode();
        ObjectNode q = shim.json().createObjectNode().put("id", "iq-1").put("query", "pakistan trade 2018").put("offset", "");
        q.set("from", shim.json().createObjectNode().put("id", 301).put("is_bot", false).put("first_name", "Dana"));
        u.set("inline_query", q);
        shim.inject(u);
        TelegramShim.Call c = shim.await("answerInlineQuery", x -> x.body().path("inline_query_id").asText().equals("iq-1"), WAIT);
        assertTrue(c.body().path("results").toString().contains("$28 million"), c.body().toString());
    }

    @Test
    void honoursRetryAfterOn429AndRetries5xx() throws Exception {
        shim.fail("sendMessage", 429, 500);
        shim.userSays(105, "private", 105, "how many MoUs between kazakstan and pakistan", null);
        TelegramShim.Call ok = reply(105, "36");
        List<TelegramShim.Call> failed = shim.calls("sendMessage").stream().filter(c -> c.status() != 200).toList();
        assertEquals(2, failed.size());
        assertTrue(failed.get(1).atMillis() - failed.get(0).atMillis() >= 1_000, "waited retry_after before resending");
        assertTrue(ok.atMillis() > failed.get(1).atMillis());
    }
}
