package kzbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;
import kzbot.answer.Conversations;

class TerminalChatTest {
    private static String chat(String input, boolean prompt) {
        StringWriter out = new StringWriter();
        new TerminalChat(new Conversations(TestKzbot.seeds(), Clock.systemUTC(), 10))
                .run(new BufferedReader(new StringReader(input)), new PrintWriter(out, true), prompt);
        return out.toString();
    }

    @Test
    void endOfInputAtThePromptEndsTheLine() {
        String out = chat("", true);
        assertTrue(out.endsWith("> " + System.lineSeparator()), "the shell's prompt starts on a new line: [" + out + "]");
    }

    @Test
    void quitEndsTheChat() {
        String out = chat("quit\nkz pakistan trade 2023\n", false);
        assertEquals(1, out.lines().count(), out);
    }
}
