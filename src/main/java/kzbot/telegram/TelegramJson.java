package kzbot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One Jackson mapper for the client and the poller, warmed at start-up: Jackson builds its
 * (de)serialisers for telegrambots' large Update and SendMessage types on first use, which would
 * otherwise cost the first user several hundred milliseconds.
 */
public final class TelegramJson {
    private static final String SAMPLE = "{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":1,"
            + "\"chat\":{\"id\":1,\"type\":\"private\"},\"from\":{\"id\":1,\"is_bot\":false,\"first_name\":\"a\"},"
            + "\"text\":\"hi\",\"reply_to_message\":{\"message_id\":2,\"date\":1,\"chat\":{\"id\":1,\"type\":\"group\"}}},"
            + "\"callback_query\":{\"id\":\"c\",\"chat_instance\":\"i\",\"from\":{\"id\":1,\"is_bot\":false,\"first_name\":\"a\"}},"
            + "\"inline_query\":{\"id\":\"q\",\"query\":\"x\",\"offset\":\"\",\"from\":{\"id\":1,\"is_bot\":false,\"first_name\":\"a\"}}}";

    private TelegramJson() {
    }

    public static ObjectMapper warmedMapper() {
        ObjectMapper m = new ObjectMapper();
        try {
            m.readValue(SAMPLE, Update.class);
            m.writeValueAsString(SendMessage.builder().chatId(1L).text("x").parseMode("HTML").replyToMessageId(1)
                    .replyMarkup(new org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup(java.util.List.of(
                            new org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow(
                                    org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton
                                            .builder().text("x").callbackData("p:1").build())))).build());
            m.writeValueAsString(org.telegram.telegrambots.meta.api.methods.send.SendChatAction.builder().chatId(1L)
                    .action("typing").build());
            m.readValue("{\"message_id\":1,\"date\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"x\"}",
                    org.telegram.telegrambots.meta.api.objects.message.Message.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot warm the Telegram JSON mapper", e);
        }
        return m;
    }
}
