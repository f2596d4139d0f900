package kzbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;

/**
 * kzbot started as a user starts it, a separate process with TELEGRAM_BOT_TOKEN and
 * TELEGRAM_API_URL in its environment, answering through the emulator, then stopped with SIGTERM.
 */
class TelegramProcessIT {
    @Test
    void refusesToStartWithoutItsDatabase() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "kzbot.app.Main").redirectErrorStream(true);
        pb.environment().put("TELEGRAM_BOT_TOKEN", TelegramBotIT.TOKEN);
        pb.environment().put("TELEGRAM_API_URL", "http://127.0.0.1:9");
        pb.environment().put("KZBOT_DB", Files.createTempDirectory("nodb").resolve("missing.db").toString());
        Process bot = pb.start();
        String out = new String(bot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bot.waitFor(30, TimeUnit.SECONDS));
        assertEquals(66, bot.exitValue(), out);
        assertTrue(out.contains("no database at") && !out.contains(TelegramBotIT.TOKEN), out);
    }

    @Test
    void runsAsAProcessAnswersAndStopsGracefullyOnSigterm() throws Exception {
        try (BotApiEmulator emulator = BotApiEmulator.start(); TelegramShim shim = new TelegramShim(emulator.url())) {
            Path log = Files.createTempFile("kzbot-bot", ".log");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "kzbot.app.Main")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            pb.environment().put("TELEGRAM_BOT_TOKEN", TelegramBotIT.TOKEN);
            pb.environment().put("TELEGRAM_API_URL", shim.url());
            pb.environment().put("TELEGRAM_POLL_TIMEOUT", "1");
            pb.environment().put("KZBOT_DB", TestKzbot.database(TestKzbot.SEEDS).toString());
            pb.environment().put("KZBOT_MODELS", new File("models").getAbsolutePath());
            Process bot = pb.start();
            try {
                shim.await("setMyCommands", c -> true, Duration.ofSeconds(30));
                shim.userSays(501, "private", 501, "kz pakistan trade 2023", null);
                TelegramShim.Call answer = shim.await("sendMessage", c -> c.body().path("chat_id").asLong() == 501
                        && c.body().path("text").asText().contains("$138 million"), Duration.ofSeconds(20));
                long ms = answer.atMillis() - shim.deliveredAt("kz pakistan trade 2023");
                System.out.println("telegram process: update received to cited answer sent in " + ms + " ms");
                shim.userSays(502, "private", 502, "When did Malaysia recognise Kazakhstan?", null);
                TelegramShim.Call second = shim.await("sendMessage", c -> c.body().path("chat_id").asLong() == 502,
                        Duration.ofSeconds(20));
                System.out.println("telegram process: second question in " + (second.atMillis() - shim.deliveredAt("")) + " ms");
                assertEquals("HTML", answer.body().path("parse_mode").asText());
            } finally {
                bot.destroy();
                assertTrue(bot.waitFor(20, TimeUnit.SECONDS), "stopped on SIGTERM");
                assertEquals(0, bot.exitValue(), "a requested stop is a clean exit");
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(out.contains("bot stopped"), out);
            assertFalse(out.contains(TelegramBotIT.TOKEN) || out.contains("TEST-token"), "token in the log: " + out);
            assertFalse(out.contains("Exception"), out);
        }
    }
}
