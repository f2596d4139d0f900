package kzbot.telegram;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import org.telegram.telegrambots.meta.TelegramUrl;

/** The bot's configuration, read from the environment by the app and handed in here. */
public record BotSettings(String token, URI apiUrl, Optional<URI> webhookUrl, String webhookBind, int webhookPort,
                          String webhookSecret, Set<Long> allowedChats, int pollTimeoutSeconds) {
    public static final URI TELEGRAM = URI.create("https://api.telegram.org");

    public BotSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN is empty");
        }
        allowedChats = Set.copyOf(allowedChats);
    }

    public TelegramUrl telegramUrl() {
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : "https".equals(apiUrl.getScheme()) ? 443 : 80;
        return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
    }

    /** Settings shown in logs: never the token or the secret. */
    @Override
    public String toString() {
        return "api " + apiUrl + (webhookUrl.isPresent() ? ", webhook " + webhookUrl.get() + " on port " + webhookPort
                : ", long polling") + (allowedChats.isEmpty() ? "" : ", " + allowedChats.size() + " allowed chats");
    }
}
