package kzbot.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Every call to Telegram goes through here: paced per chat, group and bot; on 429 it waits the
 * {@code retry_after} Telegram asks for and sends again; 5xx and network errors are retried with
 * back-off; after a bound it gives up and logs one line.
 */
public final class ReliableSender {
    /** Sleeps; a field so tests need not wait. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    static final int MAX_ATTEMPTS = 6;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final TelegramClient client;
    private final Pacer pacer;
    private final Sleeper sleeper;
    private final BotLog log;

    public ReliableSender(TelegramClient client, Pacer pacer, Sleeper sleeper, BotLog log) {
        this.client = client;
        this.pacer = pacer;
        this.sleeper = sleeper;
        this.log = log;
    }

    /** A message to a chat: paced, then sent with retries. */
    public <T extends Serializable> Optional<T> toChat(long chatId, boolean group, BotApiMethod<T> method) {
        try {
            Duration wait = pacer.reserve(chatId, group);
            if (!wait.isZero()) {
                sleeper.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return call(method);
    }

    /** A call that is not a chat message (callback and inline answers, commands, chat actions). */
    public <T extends Serializable> Optional<T> call(BotApiMethod<T> method) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return Optional.ofNullable(client.execute(method));
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                Duration wait;
                if (code != null && code == 429) {
                    Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                    wait = Duration.ofSeconds(after == null ? 1 : Math.max(1, after));
                } else if (code != null && code >= 500 || code == null) {
                    wait = backoff;
                    backoff = backoff.multipliedBy(2);
                } else {
                    log.warn(method.getMethod() + " refused by Telegram (" + code + "): " + e.getApiResponse());
                    return Optional.empty();
                }
                if (!pause(wait, method, attempt, "Telegram answered " + (code == null ? "an error" : code))) {
                    return Optional.empty();
                }
            } catch (TelegramApiException e) {
                if (!pause(backoff, method, attempt, "network error: " + e.getMessage())) {
                    return Optional.empty();
                }
                backoff = backoff.multipliedBy(2);
            }
        }
        log.warn("gave up on " + method.getMethod() + " after " + MAX_ATTEMPTS + " attempts");
        return Optional.empty();
    }

    private boolean pause(Duration wait, BotApiMethod<?> method, int attempt, String why) {
        if (attempt == MAX_ATTEMPTS) {
            return true;
        }
        Duration d = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
        log.info(method.getMethod() + ": " + why + "; retrying in " + d.toMillis() + " ms (attempt " + attempt + ")");
        try {
            sleeper.sleep(d);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
