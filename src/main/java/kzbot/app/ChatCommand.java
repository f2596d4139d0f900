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
final class ChatCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Paths paths;

    @Override
    public Integer call() {
        return chat(paths, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * The chat over standard input. Without a terminal and without a single question (a container
     * started without {@code -it} or a token) it says what to do instead of exiting quietly.
     */
    int chat(Paths p, PrintWriter out, PrintWriter err) {
        Conversations conversations = new Conversations(Wiring.answerer(p), Clock.systemUTC(), Conversations.DEFAULT_CAPACITY);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean terminal = System.console() != null;
        int asked = new TerminalChat(conversations).run(in, out, terminal);
        if (asked == 0 && !terminal) {
            err.println("kzbot: no question on standard input. Set TELEGRAM_BOT_TOKEN to run the Telegram bot, use"
                    + " 'kzbot serve' for the HTTP API, or give the chat a terminal (docker run -it).");
            return ExitCodes.NO_INPUT;
        }
        return ExitCodes.OK;
    }
}
