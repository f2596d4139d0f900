package kzbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TelegramHtmlTest {
    @Test
    void escapesMarkupAndDropsControlCharacters() {
        assertEquals("&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot; z", TelegramHtml.escape("<b>x</b> & \"y\"\u0007z"));
    }

    @Test
    void splitsLongRepliesUnderTheLimitWithoutBreakingTags() {
        String block = "<b>[1]</b> Title\n<blockquote>" + "A sentence with &amp; an entity. ".repeat(400) + "</blockquote>";
        List<String> parts = TelegramHtml.pack(List.of("short answer", block, "<b>[2]</b> other"));
        assertTrue(parts.size() >= 3, "parts: " + parts.size());
        Pattern tag = Pattern.compile("<(/?)(b|i|blockquote)>");
        for (String p : parts) {
            assertTrue(p.length() <= TelegramHtml.MAX_MESSAGE, "part of " + p.length());
            Matcher m = tag.matcher(p);
            int open = 0;
            while (m.find()) {
                open += m.group(1).isEmpty() ? 1 : -1;
                assertTrue(open >= 0);
            }
            assertEquals(0, open, "balanced tags in " + p.substring(0, Math.min(80, p.length())));
            assertTrue(!p.matches("(?s).*&[a-z]*$"), "no entity cut in half");
        }
    }
}
