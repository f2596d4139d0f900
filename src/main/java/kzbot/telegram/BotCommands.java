package kzbot.telegram;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

import kzbot.domain.Document;
import kzbot.domain.Sentence;
import kzbot.domain.Topic;
import kzbot.store.FactStore;

/** The texts of the bot's commands, built from the fact table (HTML, escaped). */
public final class BotCommands {
    private final FactStore store;

    public BotCommands(FactStore store) {
        this.store = store;
    }

    /** What setMyCommands registers. */
    public static List<BotCommand> menu() {
        return List.of(new BotCommand("start", "What kzbot is"),
                new BotCommand("help", "What I know, with example questions"),
                new BotCommand("ask", "Ask a question (in groups)"),
                new BotCommand("sources", "The articles I answer from"),
                new BotCommand("countries", "Partners I have facts about"),
                new BotCommand("topics", "Topics I can answer on"),
                new BotCommand("why", "How I read your last question"));
    }

    String start() {
        return "<b>kzbot</b> answers questions about Kazakhstan's bilateral relations, and cites the article and "
                + "the exact sentence every answer comes from. When my sources don't say, I tell you so.\n\n" + help();
    }

    String help() {
        return "Ask in plain words, for example:\n"
                + "• <i>kz pakistan trade 2023</i>\n"
                + "• <i>When did Malaysia recognise Kazakhstan?</i>\n"
                + "• <i>How large are Kazakhstan's oil reserves?</i>\n"
                + "• <i>What security cooperation do Uzbekistan and Kazakhstan have?</i>\n"
                + "Follow-ups work: <i>and in 2018?</i>, <i>what about Uzbekistan?</i>\n"
                + "In groups: <code>/ask your question</code>, mention me, or reply to my message.\n"
                + "Commands: /sources /countries /topics /why";
    }

    String sources() {
        StringBuilder sb = new StringBuilder("<b>My sources</b>\n");
        for (Document d : store.documents()) {
            sb.append("• ").append(TelegramHtml.escape(d.title()));
            if (!d.attribution().isEmpty()) {
                sb.append(" — <i>").append(TelegramHtml.escape(d.attribution())).append("</i>");
            }
            if (!d.published().isEmpty()) {
                sb.append(", ").append(TelegramHtml.escape(d.published()));
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    String countries() {
        Map<String, Integer> counts = store.partnerCounts();
        return "<b>Partners I have facts about</b>\n" + counts.entrySet().stream()
                .map(e -> "• " + TelegramHtml.escape(e.getKey()) + " (" + e.getValue() + " fact" + (e.getValue() == 1 ? "" : "s") + ")")
                .collect(Collectors.joining("\n"));
    }

    String topics() {
        Map<Topic, Integer> counts = store.topicCounts(null);
        return "<b>Topics</b>\n" + counts.entrySet().stream()
                .map(e -> "• " + e.getKey().code() + " — " + TelegramHtml.escape(e.getKey().description()) + " (" + e.getValue() + ")")
                .collect(Collectors.joining("\n"));
    }

    /** The paragraph around a cited sentence, the sentence in bold, in parts; looked up by id in the database only. */
    List<String> passage(long sentenceId) {
        Optional<Sentence> cited = store.sentence(sentenceId);
        if (cited.isEmpty()) {
            return List.of();
        }
        Sentence s = cited.get();
        StringBuilder sb = new StringBuilder();
        store.document(s.docId()).ifPresent(d -> sb.append("<b>").append(TelegramHtml.escape(d.title())).append("</b>\n"));
        for (Sentence x : store.paragraph(s.docId(), s.paragraph())) {
            String t = TelegramHtml.escape(x.text());
            sb.append(x.id() == s.id() ? "<b>" + t + "</b>" : t).append(' ');
        }
        return TelegramHtml.pack(List.of(sb.toString().strip()));
    }
}
