package kzbot.answer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kzbot.domain.Document;
import kzbot.domain.Topic;

/** The fixed wording of kzbot's conversational replies and declines. */
final class Replies {
    private Replies() {
    }

    static String greeting(List<String> partners) {
        return "Hello! I answer questions about Kazakhstan's relations with " + join(partners)
                + ", citing the article each answer comes from. Try: \"What was Kazakhstan–Pakistan trade in 2023?\"";
    }

    static String help(List<String> partners) {
        return "Ask me about Kazakhstan's relations with " + join(partners) + ": trade figures, agreements, transport, "
                + "energy, security, organisations, visits, education and culture. Every answer quotes its source; "
                + "when the sources don't say, I tell you so. Examples: \"When did Malaysia recognise Kazakhstan?\", "
                + "\"How large are Kazakhstan's oil reserves?\", \"What security cooperation do Uzbekistan and Kazakhstan have?\"";
    }

    static String english(List<String> partners) {
        return "I answer in English about Kazakhstan's relations with " + join(partners)
                + ", from the articles I have. Please ask your question in English, for example \"kz pakistan trade 2023\".";
    }

    static String thanks() {
        return "You're welcome. Ask me anything else about Kazakhstan's bilateral relations.";
    }

    static String empty() {
        return "Please type a question about Kazakhstan's bilateral relations, for example \"kz pakistan trade 2023\".";
    }

    static String tooLong(int max) {
        return "That question is too long for me (over " + max + " characters). Please ask it in a sentence or two.";
    }

    static String outOfScope(List<String> partners) {
        return "That is outside what my sources cover: I only answer questions about Kazakhstan's relations with "
                + join(partners) + ", from the articles I have.";
    }

    static String sources(List<Citation> last, List<Document> all) {
        if (!last.isEmpty()) {
            return "My last answer came from: " + last.stream().map(c -> "[" + c.n() + "] " + c.title()
                    + (c.attribution().isEmpty() ? "" : " (" + c.attribution() + ")")).distinct()
                    .collect(Collectors.joining("; ")) + ".";
        }
        return "My sources are " + all.size() + " articles: " + all.stream().map(d -> d.title()
                + (d.attribution().isEmpty() ? "" : " (" + d.attribution() + ")")).collect(Collectors.joining("; ")) + ".";
    }

    static String declined(QuestionAnalysis a, Map<Topic, Integer> covered) {
        StringBuilder sb = new StringBuilder("I couldn't find that in my sources");
        if (!a.partners().isEmpty()) {
            sb.append(" about Kazakhstan and ").append(join(a.partners()));
        }
        if (!a.years().isEmpty()) {
            sb.append(" for ").append(a.years().stream().map(String::valueOf).collect(Collectors.joining(" and ")));
        }
        sb.append(a.asksForFigure() ? ": they don't give that figure." : ".");
        if (!a.partners().isEmpty() && !covered.isEmpty()) {
            sb.append(" What they say about ").append(join(a.partners())).append(" touches on: ")
                    .append(covered.keySet().stream().limit(6).map(Topic::code).collect(Collectors.joining(", "))).append('.');
        } else if (!a.partners().isEmpty()) {
            sb.append(" None of my articles is about ").append(join(a.partners())).append('.');
        }
        return sb.toString();
    }

    static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "its partners" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
