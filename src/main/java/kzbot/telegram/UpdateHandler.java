package kzbot.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import kzbot.answer.Answer;
import kzbot.answer.Answerer;
import kzbot.answer.Citation;
import kzbot.answer.Conversations;
import kzbot.answer.Explanation;
import kzbot.domain.Interpretation;

/**
 * Translates one Telegram update into replies. It decides nothing about answers: questions go to
 * the conversation core, and what comes back is rendered and sent.
 */
public final class UpdateHandler {
    static final String PASSAGE = "p:";
    private static final int INLINE_RESULTS = 3;
    private static final int REMEMBERED_WHY = 10_000;

    private final Conversations conversations;
    private final Answerer answerer;
    private final BotCommands commands;
    private final ReliableSender sender;
    private final BotIdentity me;
    private final Set<Long> allowedChats;
    private final QuestionLimit limit;
    private final Map<Long, Interpretation> lastInterpretation = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Interpretation> eldest) {
            return size() > REMEMBERED_WHY;
        }
    };

    /** Who the bot is, from getMe, to see mentions of it and replies to it. */
    public record BotIdentity(long id, String username) {
    }

    public UpdateHandler(Conversations conversations, Answerer answerer, BotCommands commands, ReliableSender sender,
                         BotIdentity me, Set<Long> allowedChats, QuestionLimit limit) {
        this.limit = limit;
        this.conversations = conversations;
        this.answerer = answerer;
        this.commands = commands;
        this.sender = sender;
        this.me = me;
        this.allowedChats = Set.copyOf(allowedChats);
    }

    public void handle(Update u) {
        if (u.getMessage() != null) {
            message(u.getMessage());
        } else if (u.getCallbackQuery() != null) {
            callback(u.getCallbackQuery());
        } else if (u.getInlineQuery() != null) {
            inline(u.getInlineQuery());
        }
        // edited messages, channel posts, member changes, polls…: nothing to say
    }

    private boolean allowed(long chatId) {
        return allowedChats.isEmpty() || allowedChats.contains(chatId);
    }

    private void message(Message m) {
        if (!m.hasText() || m.getChat() == null || !allowed(m.getChatId())) {
            return;
        }
        boolean group = m.getChat().isGroupChat() || m.getChat().isSuperGroupChat();
        String text = m.getText().strip();
        Optional<String> question;
        if (text.startsWith("/")) {
            String[] parts = text.split("\\s+", 2);
            String[] cmd = parts[0].substring(1).split("@", 2);
            if (cmd.length == 2 && !cmd[1].equalsIgnoreCase(me.username())) {
                return; // a command for another bot
            }
            String name = cmd[0].toLowerCase(Locale.ROOT);
            if (group && !name.equals("ask") && cmd.length == 1) {
                return;
            }
            String rest = parts.length > 1 ? parts[1] : "";
            if (!name.equals("ask")) {
                command(m, group, name);
                return;
            }
            question = Optional.of(rest);
        } else if (!group) {
            question = Optional.of(text);
        } else {
            question = addressed(m, text);
        }
        question.ifPresent(q -> answer(m, group, q));
    }

    /** In a group, a question is a mention of the bot or a reply to one of its messages. */
    private Optional<String> addressed(Message m, String text) {
        String mention = "@" + me.username();
        int at = text.toLowerCase(Locale.ROOT).indexOf(mention.toLowerCase(Locale.ROOT));
        if (!me.username().isEmpty() && at >= 0) {
            return Optional.of((text.substring(0, at) + text.substring(at + mention.length())).strip());
        }
        Message replied = m.getReplyToMessage();
        if (replied != null && replied.getFrom() != null && replied.getFrom().getId() == me.id()) {
            return Optional.of(text);
        }
        return Optional.empty();
    }

    private void answer(Message m, boolean group, String question) {
        long chat = m.getChatId();
        if (question.isBlank()) {
            send(chat, group, commands.help(), null, m);
            return;
        }
        QuestionLimit.Verdict verdict = m.getFrom() == null ? QuestionLimit.Verdict.ANSWER : limit.check(m.getFrom().getId());
        if (verdict == QuestionLimit.Verdict.TELL_TO_WAIT) {
            send(chat, group, "You're asking faster than I can check my sources (" + QuestionLimit.PER_MINUTE
                    + " questions a minute). Please wait a minute and ask again.", null, m);
        }
        if (verdict != QuestionLimit.Verdict.ANSWER) {
            return;
        }
        sender.call(SendChatAction.builder().chatId(chat).action(ActionType.TYPING.toString()).build());
        Answer a = conversations.ask("telegram:" + chat, question);
        synchronized (lastInterpretation) {
            lastInterpretation.put(chat, a.interpretation());
        }
        List<String> parts = TelegramHtml.render(a);
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            send(chat, group, parts.get(i), last ? passageButtons(a) : null, i == 0 ? m : null);
        }
    }

    private static InlineKeyboardMarkup passageButtons(Answer a) {
        if (a.citations().isEmpty()) {
            return null;
        }
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (Citation c : a.citations()) {
            buttons.add(InlineKeyboardButton.builder().text(a.citations().size() == 1 ? "Show passage" : "Show passage [" + c.n() + "]")
                    .callbackData(PASSAGE + c.sentenceId()).build());
        }
        return new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(buttons)));
    }

    private void command(Message m, boolean group, String name) {
        long chat = m.getChatId();
        String html = switch (name) {
            case "start" -> commands.start();
            case "help" -> commands.help();
            case "sources" -> commands.sources();
            case "countries" -> commands.countries();
            case "topics" -> commands.topics();
            case "why" -> {
                Interpretation last;
                synchronized (lastInterpretation) {
                    last = lastInterpretation.get(chat);
                }
                yield last == null ? "Ask me a question first; then /why shows how I read it."
                        : "<b>How I read</b> \u201c" + TelegramHtml.escape(last.question()) + "\u201d\n<pre>"
                        + TelegramHtml.escape(Explanation.of(last)) + "</pre>";
            }
            default -> "I don't know that command. " + commands.help();
        };
        send(chat, group, html, null, null);
    }

    private void callback(CallbackQuery q) {
        String data = q.getData() == null ? "" : q.getData();
        List<String> passage = data.startsWith(PASSAGE) && data.substring(PASSAGE.length()).matches("\\d{1,12}")
                ? commands.passage(Long.parseLong(data.substring(PASSAGE.length()))) : List.of();
        sender.call(AnswerCallbackQuery.builder().callbackQueryId(q.getId())
                .text(passage.isEmpty() ? "That passage is not available." : null).build());
        if (!passage.isEmpty() && q.getMessage() != null) {
            long chat = q.getMessage().getChatId();
            if (allowed(chat)) {
                Message origin = q.getMessage() instanceof Message msg ? msg : null;
                boolean group = origin != null && origin.getChat() != null
                        && (origin.getChat().isGroupChat() || origin.getChat().isSuperGroupChat());
                passage.forEach(part -> send(chat, group, part, null, null));
            }
        }
    }

    private void inline(InlineQuery q) {
        String text = q.getQuery() == null ? "" : q.getQuery().strip();
        List<InlineQueryResult> results = new ArrayList<>();
        if (!text.isEmpty()) {
            Answer a = answerer.answer(text);
            String html = TelegramHtml.render(a).get(0);
            results.add(InlineQueryResultArticle.builder().id("a" + Integer.toHexString(text.hashCode()))
                    .title(a.answered() ? shorten(a.text(), 60) : "Not in my sources")
                    .description(a.citations().isEmpty() ? shorten(a.text(), 120) : a.citations().get(0).title())
                    .inputMessageContent(InputTextMessageContent.builder().messageText(html).parseMode("HTML").build())
                    .build());
        }
        sender.call(AnswerInlineQuery.builder().inlineQueryId(q.getId()).results(results.subList(0,
                Math.min(INLINE_RESULTS, results.size()))).cacheTime(60).build());
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private void send(long chat, boolean group, String html, InlineKeyboardMarkup buttons, Message replyTo) {
        SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(chat).text(html).parseMode("HTML")
                .disableWebPagePreview(true);
        if (buttons != null) {
            b.replyMarkup(buttons);
        }
        if (group && replyTo != null) {
            b.replyToMessageId(replyTo.getMessageId());
        }
        sender.toChat(chat, group, b.build());
    }
}
