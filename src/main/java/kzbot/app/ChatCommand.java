package kzbot.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import kzbot.answer.Conversations;
import kzbot.cli.TerminalChat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "An interactive chat in the terminal that remembers the conversation (what `kzbot` runs by default).")
final class ChatCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    Paths paths;

    @Override
    public void run() {
        chat(paths, spec.commandLine().getOut());
    }

    void chat(Paths p, PrintWriter out) {
        Conversations conversations = new Conversations(Wiring.answerer(p), Clock.systemUTC(), Conversations.DEFAULT_CAPACITY);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new TerminalChat(conversations).run(in, out, System.console() != null);
    }
}
