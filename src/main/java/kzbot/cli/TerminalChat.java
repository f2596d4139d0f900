package kzbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import kzbot.answer.Conversations;

/** The interactive chat in a terminal: one conversation, with memory, until "quit" or end of input. */
public final class TerminalChat {
    private static final String ID = "terminal";

    private final Conversations conversations;

    public TerminalChat(Conversations conversations) {
        this.conversations = conversations;
    }

    /** Answers line by line until "quit", "exit" or the end of input; returns how many questions were asked. */
    public int run(BufferedReader in, PrintWriter out, boolean prompt) {
        out.println("kzbot — ask about Kazakhstan's bilateral relations. Type 'quit' to leave.");
        int asked = 0;
        try {
            while (true) {
                if (prompt) {
                    out.print("> ");
                    out.flush();
                }
                String line = in.readLine();
                if (line == null) {
                    if (prompt) {
                        out.println(); // Ctrl-D: the shell's prompt goes on a line of its own
                    }
                    return asked;
                }
                if (line.strip().equalsIgnoreCase("quit") || line.strip().equalsIgnoreCase("exit")) {
                    return asked;
                }
                if (line.isBlank()) {
                    continue;
                }
                asked++;
                out.println(AnswerText.of(conversations.ask(ID, line)));
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the terminal", e);
        }
    }
}
