package kzbot.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import kzbot.answer.Answerer;
import kzbot.answer.Conversations;
import kzbot.store.FactStore;

/**
 * The running bot: finds out who it is (retrying while Telegram cannot be reached), registers its
 * commands, then receives updates by long polling or webhook until stopped.
 */
public final class TelegramBot implements AutoCloseable {
    private static final int WORKERS = 4;
    private static final Duration LOG_WINDOW = Duration.ofSeconds(30);

    private final BotSettings settings;
    private final TelegramClient client;
    private final Answerer answerer;
    private final Conversations conversations;
    private final FactStore store;
    private final BotLog log;
    private final ReliableSender.Sleeper sleeper;
    private final Pacer pacer;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private TelegramBotsLongPollingApplication polling;
    private WebhookServer webhook;
    private KzbotUpdates updates;

    public TelegramBot(BotSettings settings, TelegramClient client, Answerer answerer, Conversations conversations,
                       FactStore store, BotLog log, ReliableSender.Sleeper sleeper, Pacer pacer,
                       com.fasterxml.jackson.databind.ObjectMapper json) {
        this.json = json;
        this.settings = settings;
        this.client = client;
        this.answerer = answerer;
        this.conversations = conversations;
        this.store = store;
        this.log = log;
        this.sleeper = sleeper;
        this.pacer = pacer;
    }

    public void start() throws InterruptedException, IOException {
        User me = whoAmI();
        ReliableSender sender = new ReliableSender(client, pacer, sleeper, log);
        sender.call(new SetMyCommands(BotCommands.menu()));
        answerer.warmUp().forEach(TelegramHtml::render);
        UpdateHandler handler = new UpdateHandler(conversations, answerer, new BotCommands(store), sender,
                new UpdateHandler.BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName()),
                settings.allowedChats(), new QuestionLimit(java.time.Clock.systemUTC()));
        updates = new KzbotUpdates(handler, log, WORKERS);
        if (settings.webhookUrl().isPresent()) {
            webhook = new WebhookServer(settings.webhookBind(), settings.webhookPort(), settings.webhookUrl().get().getPath(),
                    settings.webhookSecret(), updates);
            webhook.start();
            try {
                client.execute(SetWebhook.builder().url(settings.webhookUrl().get().toString())
                        .secretToken(settings.webhookSecret()).build());
            } catch (TelegramApiException e) {
                throw new IOException(log.mask("cannot set the webhook: " + e.getMessage()), e);
            }
            log.info("bot @" + me.getUserName() + " receiving updates by webhook on port " + webhook.port());
        } else {
            polling = new TelegramBotsLongPollingApplication(() -> json,
                    okhttp3.OkHttpClient::new, java.util.concurrent.Executors::newSingleThreadScheduledExecutor, this::backOff);
            try {
                polling.registerBot(settings.token(), settings::telegramUrl,
                        offset -> GetUpdates.builder().offset(offset + 1).limit(100).timeout(settings.pollTimeoutSeconds()).build(),
                        updates);
            } catch (TelegramApiException e) {
                throw new IOException(log.mask("cannot start long polling: " + e.getMessage()), e);
            }
            log.info("bot @" + me.getUserName() + " polling " + settings);
        }
    }

    /** getMe, retried with back-off while Telegram is unreachable; one log line per window, never the token. */
    private User whoAmI() throws InterruptedException {
        Duration wait = Duration.ofMillis(500);
        long lastLog = 0;
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                return client.execute(new GetMe());
            } catch (TelegramApiException e) {
                long now = System.currentTimeMillis();
                if (now - lastLog >= LOG_WINDOW.toMillis()) {
                    log.warn("cannot reach Telegram at " + settings.apiUrl() + " (" + e.getMessage() + "); attempt "
                            + attempts + ", retrying with back-off");
                    lastLog = now;
                }
                sleeper.sleep(wait);
                wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : wait.multipliedBy(2);
            }
        }
    }

    private BackOff backOff() {
        ExponentialBackOff inner = new ExponentialBackOff();
        return new BackOff() {
            private long lastLog;

            @Override
            public void reset() {
                inner.reset();
            }

            @Override
            public long nextBackOffMillis() {
                long ms = inner.nextBackOffMillis();
                long now = System.currentTimeMillis();
                if (now - lastLog >= LOG_WINDOW.toMillis()) {
                    log.warn("getUpdates failed; retrying in " + ms + " ms");
                    lastLog = now;
                }
                return ms;
            }
        };
    }

    /** Stops receiving, then lets the replies under way finish. */
    @Override
    public void close() {
        Optional.ofNullable(polling).ifPresent(p -> {
            try {
                p.close();
            } catch (Exception e) {
                log.warn("stopping long polling: " + e.getMessage());
            }
        });
        Optional.ofNullable(webhook).ifPresent(WebhookServer::close);
        Optional.ofNullable(updates).ifPresent(u -> u.drain(10));
        log.info("bot stopped");
    }
}
