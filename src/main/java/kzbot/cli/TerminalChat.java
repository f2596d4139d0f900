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

    public void run(BufferedReader in, PrintWriter out, boolean prompt) {
        out.println("kzbot — ask about Kazakhstan's bilateral relations. Type 'quit' to leave.");
        try {
            while (true) {
                if (prompt) {
                    out.print("> ");
                    out.flush();
                }
                String line = in.readLine();
                if (line == null || line.strip().equalsIgnoreCase("quit") || line.strip().equalsIgnoreCase("exit")) {
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                out.println(AnswerText.of(conversations.ask(ID, line)));
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the terminal", e);
        }
    }
}
