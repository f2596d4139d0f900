package kzbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

import kzbot.TestKzbot;
import kzbot.answer.Answerer;
import kzbot.answer.Conversations;
import kzbot.store.SqliteFactStore;

/** Telegram unreachable at start, dropped and slow polls: the bot waits, recovers, loses nothing, repeats nothing. */
class TelegramFaultsIT {
    @Test
    void startsWhenTelegramComesUpAndSurvivesDroppedAndSlowPolls() throws Exception {
        int port = BotApiEmulator.freePort();
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        SqliteFactStore store = SqliteFactStore.open(TestKzbot.database(TestKzbot.SEEDS));
        Answerer answerer = TestKzbot.answerer(store);
        BotSettings settings = new BotSettings(TelegramBotIT.TOKEN, java.net.URI.create("http://127.0.0.1:" + port),
                Optional.empty(), "127.0.0.1", 0, "", Set.of(), 1);
        Clock clock = Clock.systemUTC();
        TelegramBot bot = new TelegramBot(settings, new OkHttpTelegramClient(TelegramBotIT.TOKEN, settings.telegramUrl()),
                answerer, new Conversations(answerer, clock, 100), store,
                new BotLog(new PrintStream(logged, true, StandardCharsets.UTF_8), clock, TelegramBotIT.TOKEN),
                d -> Thread.sleep(Math.min(d.toMillis(), 500)), new Pacer(clock), TelegramJson.warmedMapper());
        CompletableFuture<Void> started = CompletableFuture.runAsync(() -> {
            try {
                bot.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(2_000);
        assertTrue(!started.isDone(), "nothing to talk to yet");
        try (BotApiEmulator emulator = BotApiEmulator.start(); TelegramShim shim = new TelegramShim(emulator.url(), port)) {
            started.get(30, java.util.concurrent.TimeUnit.SECONDS);
            String log = logged.toString(StandardCharsets.UTF_8);
            assertEquals(1, log.lines().filter(l -> l.contains("cannot reach Telegram")).count(), log);
            assertTrue(!log.contains(TelegramBotIT.TOKEN), log);
            shim.fail("getUpdates", TelegramShim.DROP, 500, TelegramShim.SLOW);
            shim.userSays(601, "private", 601, "kz pakistan trade 2023", null);
            shim.userSays(602, "private", 602, "How large are Kazakhstan's oil reserves?", null);
            shim.await("sendMessage", c -> c.body().path("chat_id").asLong() == 601, Duration.ofSeconds(30));
            shim.await("sendMessage", c -> c.body().path("chat_id").asLong() == 602, Duration.ofSeconds(30));
            Thread.sleep(2_500);
            assertEquals(1, shim.calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == 601).count(),
                    "answered once");
            assertEquals(1, shim.calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == 602).count(),
                    "answered once");
        } finally {
            bot.close();
        }
    }
}
