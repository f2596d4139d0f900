package kzbot.telegram;

import java.util.ArrayList;
import java.util.List;

import kzbot.answer.Answer;
import kzbot.answer.Citation;

/**
 * Answers as Telegram HTML: the answer, then numbered citations with the quoted sentence in a
 * blockquote. Everything from users or sources is escaped; long replies are split between
 * blocks, then at sentence or line ends, never inside a tag.
 */
public final class TelegramHtml {
    public static final int MAX_MESSAGE = 4096;

    private TelegramHtml() {
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (Character.isISOControl(cp) && cp != '\n' && cp != '\t') {
                        sb.append(' ');
                    } else if (Character.getType(cp) != Character.SURROGATE) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** The answer as message parts of at most 4096 characters each. */
    public static List<String> render(Answer a) {
        List<String> blocks = new ArrayList<>();
        blocks.add(escape(a.text()));
        for (Citation c : a.citations()) {
            StringBuilder b = new StringBuilder();
            b.append("<b>[").append(c.n()).append("]</b> ").append(escape(c.title()));
            if (!c.attribution().isEmpty()) {
                b.append(" — <i>").append(escape(c.attribution())).append("</i>");
            }
            if (!c.published().isEmpty()) {
                b.append(", ").append(escape(c.published()));
            }
            b.append("\n<blockquote>").append(escape(c.quote())).append("</blockquote>");
            blocks.add(b.toString());
        }
        return pack(blocks);
    }

    /** Joins blocks into parts under the limit; a block too long alone is cut into plain pieces. */
    static List<String> pack(List<String> blocks) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String block : blocks) {
            for (String piece : block.length() <= MAX_MESSAGE ? List.of(block) : cut(block)) {
                if (current.length() > 0 && current.length() + 2 + piece.length() > MAX_MESSAGE) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append("\n\n");
                }
                current.append(piece);
            }
        }
        if (current.length() > 0) {
            parts.add(current.toString());
        }
        return parts;
    }

    /**
     * Cuts one long block at sentence or line ends. Tags are dropped from a block that must be cut,
     * so no piece can hold half a tag; entities (&amp;…;) are kept whole.
     */
    static List<String> cut(String block) {
        String plain = block.replaceAll("</?(b|i|blockquote)>", "");
        List<String> out = new ArrayList<>();
        int start = 0;
        while (plain.length() - start > MAX_MESSAGE) {
            int limit = start + MAX_MESSAGE;
            int at = lastBoundary(plain, start, limit);
            out.add(plain.substring(start, at).strip());
            start = at;
        }
        if (start < plain.length()) {
            out.add(plain.substring(start).strip());
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private static int lastBoundary(String s, int start, int limit) {
        for (String mark : new String[] {"\n", ". ", "! ", "? ", "; ", ", ", " "}) {
            int i = s.lastIndexOf(mark, limit - mark.length());
            if (i > start + MAX_MESSAGE / 4) {
                return i + mark.length();
            }
        }
        int at = limit;
        int amp = s.lastIndexOf('&', at - 1);
        if (amp >= start && s.indexOf(';', amp) >= at) {
            at = amp;
        }
        if (Character.isLowSurrogate(s.charAt(at))) {
            at--;
        }
        return at;
    }
}
