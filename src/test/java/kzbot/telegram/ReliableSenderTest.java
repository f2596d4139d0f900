package kzbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class ReliableSenderTest {
    private final TelegramClient client = mock(TelegramClient.class);
    private final List<Duration> slept = new ArrayList<>();
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final ReliableSender sender = new ReliableSender(client, new Pacer(clock), slept::add,
            new BotLog(new PrintStream(logged, true, StandardCharsets.UTF_8), clock, "99:TOKEN"));

    static TelegramApiRequestException error(String json) throws Exception {
        ApiResponse<?> r = new ObjectMapper().readValue(json.replace('\'', '"'), ApiResponse.class);
        return new TelegramApiRequestException("failed", r);
    }

    private static SendMessage message() {
        return SendMessage.builder().chatId(1L).text("hi").build();
    }

    @Test
    void waitsRetryAfterOn429ThenResends() throws Exception {
        when(client.execute(any(SendMessage.class)))
                .thenThrow(error("{'ok':false,'error_code':429,'description':'Too Many Requests','parameters':{'retry_after':3}}"))
                .thenReturn(null);
        sender.call(message());
        verify(client, times(2)).execute(any(SendMessage.class));
        assertEquals(List.of(Duration.ofSeconds(3)), slept);
    }

    @Test
    void retriesServerAndNetworkErrorsWithGrowingBackOff() throws Exception {
        when(client.execute(any(SendMessage.class)))
                .thenThrow(error("{'ok':false,'error_code':502,'description':'Bad Gateway'}"))
                .thenThrow(new TelegramApiException("connection reset"))
                .thenReturn(null);
        sender.call(message());
        verify(client, times(3)).execute(any(SendMessage.class));
        assertEquals(List.of(ReliableSender.FIRST_BACKOFF, ReliableSender.FIRST_BACKOFF.multipliedBy(2)), slept);
    }

    @Test
    void givesUpAfterABoundAndSaysSoOnce() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(new TelegramApiException("refused by 99:TOKEN host"));
        assertTrue(sender.call(message()).isEmpty());
        verify(client, times(ReliableSender.MAX_ATTEMPTS)).execute(any(SendMessage.class));
        String log = logged.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("gave up on sendmessage"), log);
        assertFalse(log.contains("99:TOKEN"), "the token never reaches the log");
    }

    @Test
    void doesNotRetryARequestTelegramRejects() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(error("{'ok':false,'error_code':400,'description':'Bad Request'}"));
        assertTrue(sender.call(message()).isEmpty());
        verify(client, times(1)).execute(any(SendMessage.class));
    }

    @Test
    void pacesMessagesToOneChat() {
        Pacer p = new Pacer(clock);
        assertEquals(Duration.ZERO, p.reserve(1, false));
        assertEquals(Duration.ofSeconds(1), p.reserve(1, false));
        assertEquals(Duration.ZERO, p.reserve(2, false));
    }

    @Test
    void pacesAGroupToTwentyAMinuteAndTheBotToThirtyASecond() {
        Pacer p = new Pacer(clock);
        Duration last = Duration.ZERO;
        for (int i = 0; i < 21; i++) {
            last = p.reserve(-1, true);
        }
        assertTrue(last.compareTo(Duration.ofSeconds(60)) >= 0, "21st group message waits a minute: " + last);
        Pacer q = new Pacer(clock);
        for (int chat = 0; chat < 30; chat++) {
            assertEquals(Duration.ZERO, q.reserve(100 + chat, false));
        }
        assertEquals(Duration.ofSeconds(1), q.reserve(500, false));
    }
}
