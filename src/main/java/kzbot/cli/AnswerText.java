package kzbot.cli;

import kzbot.answer.Answer;
import kzbot.answer.Citation;

/**
 * An answer as a terminal shows it: the text, then the numbered citations; a citation's quote is
 * printed only when the answer text does not already hold it.
 */
public final class AnswerText {
    private AnswerText() {
    }

    public static String of(Answer a) {
        StringBuilder sb = new StringBuilder(a.text()).append(System.lineSeparator());
        for (Citation c : a.citations()) {
            sb.append(System.lineSeparator()).append('[').append(c.n()).append("] ").append(c.title());
            if (!c.attribution().isEmpty()) {
                sb.append(" — ").append(c.attribution());
            }
            if (!c.published().isEmpty()) {
                sb.append(", ").append(c.published());
            }
            if (!a.text().contains(c.quote())) {
                sb.append(System.lineSeparator()).append("    \u201c").append(c.quote()).append("\u201d");
            }
            String where = c.quotesText() ? "characters " + c.start() + "–" + c.end() : "the article's " + (c.field().equals("published") ? "publication date" : c.field());
            sb.append(System.lineSeparator()).append("    (").append(c.source()).append(", ").append(where).append(')')
                    .append(System.lineSeparator());
        }
        return sb.toString();
    }
}
