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

    /** How many articles a question that does not say which one lists before it stops. */
    private static final int WHICH_ARTICLE_LIST = 8;

    /** An article asked about without saying which ("who wrote the article"), of several. */
    static String whichArticle(List<Document> all) {
        String listed = all.stream().limit(WHICH_ARTICLE_LIST).map(d -> d.partner().isEmpty() ? d.title() : d.partner() + ": " + d.title())
                .collect(Collectors.joining("; "));
        return "Which article do you mean? Name its country or its subject. I have " + all.size() + " articles"
                + (all.size() > WHICH_ARTICLE_LIST ? ", among them" : "") + ": " + listed + ".";
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

    /**
     * The second of two questions asked in one found nothing of its own. The question is not echoed:
     * an answer's text holds only what its quotes hold.
     */
    static String partNotFound() {
        return "I found nothing more on the second part of the question than the quote above.";
    }

    /** Control characters and unpaired surrogates out, white space folded: what the user meant to type. */
    static String clean(String question) {
        if (question == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(question.length());
        for (int i = 0; i < question.length(); i++) {
            char c = question.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < question.length() && Character.isLowSurrogate(question.charAt(i + 1))) {
                sb.append(c).append(question.charAt(++i));
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && !Character.isWhitespace(c))
                    || Character.getType(c) == Character.FORMAT) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * Mostly letters of another script (Cyrillic, Arabic, Chinese…) and nothing kzbot recognised:
     * it answers in English rather than guess.
     */
    static boolean notEnglish(String q, kzbot.domain.Interpretation in) {
        long letters = q.codePoints().filter(Character::isLetter).count();
        long latin = q.codePoints().filter(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
        boolean understood = in.entities().stream().anyMatch(e -> e.type() != kzbot.domain.Entity.Type.TOPIC);
        return letters > 0 && latin * 2 < letters && !understood;
    }

    static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "its partners" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
