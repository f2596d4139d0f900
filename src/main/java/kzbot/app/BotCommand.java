package kzbot.app;

import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

import kzbot.answer.Answerer;
import kzbot.answer.Conversations;
import kzbot.store.SqliteFactStore;
import kzbot.telegram.BotLog;
import kzbot.telegram.BotSettings;
import kzbot.telegram.Pacer;
import kzbot.telegram.TelegramBot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bot", mixinStandardHelpOptions = true,
        description = {"Runs the Telegram bot (what `kzbot` runs when TELEGRAM_BOT_TOKEN is set).",
                "Configuration comes from the environment: see the README."})
final class BotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Paths paths;

    @Override
    public Integer call() throws Exception {
        return run(paths, System.getenv(), spec.commandLine());
    }

    static int run(Paths paths, Map<String, String> env, CommandLine cl) throws Exception {
        BotSettings settings = settings(env, cl);
        SqliteFactStore store = SqliteFactStore.open(paths.db());
        Answerer answerer = Wiring.answerer(paths, store);
        Clock clock = Clock.systemUTC();
        BotLog log = new BotLog(System.err, clock, settings.token());
        var mapper = kzbot.telegram.TelegramJson.warmedMapper();
        var client = new OkHttpTelegramClient(mapper, new okhttp3.OkHttpClient(), settings.token(), settings.telegramUrl());
        TelegramBot bot = new TelegramBot(settings, client, answerer,
                new Conversations(answerer, clock, Conversations.DEFAULT_CAPACITY), store, log,
                d -> Thread.sleep(d.toMillis()), new Pacer(clock), mapper);
        kzbot.http.ApiServer api = httpAlongside(env, cl, answerer, store);
        StopSignal stop = StopSignal.install(() -> {
            bot.close();
            if (api != null) {
                api.stop();
            }
            store.close();
        });
        bot.start();
        stop.await();
        return ExitCodes.OK;
    }

    /** With KZBOT_HTTP_PORT set, the newsroom API runs in the same process as the bot. */
    private static kzbot.http.ApiServer httpAlongside(Map<String, String> env, CommandLine cl, Answerer answerer,
                                                     SqliteFactStore store) throws java.net.UnknownHostException {
        String port = env.getOrDefault("KZBOT_HTTP_PORT", "").strip();
        if (port.isEmpty()) {
            return null;
        }
        var address = new java.net.InetSocketAddress(java.net.InetAddress.getByName(env.getOrDefault("KZBOT_HTTP_BIND",
                "127.0.0.1")), number(port, "KZBOT_HTTP_PORT", cl));
        var settings = new kzbot.http.ApiSettings(address,
                Optional.ofNullable(env.get(ServeCommand.TOKEN_VARIABLE)).map(String::strip).filter(v -> !v.isEmpty()),
                Optional.ofNullable(env.get(ServeCommand.CORS_VARIABLE)).map(String::strip).filter(v -> !v.isEmpty()),
                kzbot.http.ApiSettings.DEFAULT_THREADS);
        kzbot.http.ApiServer api = new kzbot.http.ApiServer(answerer, store, kzbot.text.Gazetteer.load(), settings,
                System.err::println);
        api.start();
        System.err.println("kzbot: newsroom API on http://" + address.getHostString() + ":" + api.port() + "/");
        return api;
    }

    static BotSettings settings(Map<String, String> env, CommandLine cl) {
        String token = env.getOrDefault("TELEGRAM_BOT_TOKEN", "").strip();
        if (token.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "set TELEGRAM_BOT_TOKEN to run the bot (from @BotFather)");
        }
        URI api = uri(env.getOrDefault("TELEGRAM_API_URL", BotSettings.TELEGRAM.toString()), "TELEGRAM_API_URL", cl);
        Optional<URI> webhook = Optional.ofNullable(env.get("TELEGRAM_WEBHOOK_URL")).filter(s -> !s.isBlank())
                .map(s -> uri(s, "TELEGRAM_WEBHOOK_URL", cl));
        String secret = env.getOrDefault("TELEGRAM_WEBHOOK_SECRET", "");
        if (webhook.isPresent() && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new CommandLine.ParameterException(cl,
                    "webhook mode needs TELEGRAM_WEBHOOK_SECRET: 1 to 256 letters, digits, '_' or '-'");
        }
        return new BotSettings(token, api, webhook, env.getOrDefault("TELEGRAM_WEBHOOK_BIND", "0.0.0.0"),
                number(env.getOrDefault("TELEGRAM_WEBHOOK_PORT", "8443"), "TELEGRAM_WEBHOOK_PORT", cl), secret,
                chats(env.getOrDefault("KZBOT_ALLOWED_CHATS", ""), cl),
                number(env.getOrDefault("TELEGRAM_POLL_TIMEOUT", "50"), "TELEGRAM_POLL_TIMEOUT", cl));
    }

    private static URI uri(String s, String name, CommandLine cl) {
        try {
            URI u = URI.create(s.strip());
            if (u.getScheme() == null || u.getHost() == null || !u.getScheme().matches("https?")) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, name + " must be an http(s) URL such as http://127.0.0.1:8081");
        }
    }

    private static int number(String s, String name, CommandLine cl) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(cl, name + " must be a whole number, not '" + s + "'");
        }
    }

    private static Set<Long> chats(String s, CommandLine cl) {
        try {
            return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).map(Long::parseLong)
                    .collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(cl, "KZBOT_ALLOWED_CHATS must be chat ids separated by commas");
        }
    }
}
