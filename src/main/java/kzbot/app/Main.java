package kzbot.app;

import java.io.PrintWriter;

import kzbot.ingest.IngestException;
import kzbot.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The kzbot command line: wiring and exit codes; the work is done by the core packages. */
@Command(name = "kzbot", mixinStandardHelpOptions = true, version = "kzbot 0.1.0",
        description = "Cited answers about Kazakhstan's bilateral relations.",
        exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.INTERNAL)
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The sub-commands, in the order the usage lists them. */
    private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(IngestCommand.class, FactsCommand.class,
            TrainCommand.class, NluCommand.class, AskCommand.class, EvalCommand.class, ChatCommand.class, BotCommand.class,
            ServeCommand.class, BenchCommand.class, HealthCommand.class, CommandLine.HelpCommand.class);

    /**
     * The command line with its sub-commands: only the one named first when the arguments start with
     * one (picocli reads every command's annotations as it registers it, a fifth of a second of each
     * start for all of them), else all, for the usage, {@code help} and the unknown-command message.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        java.util.List<Class<?>> named = COMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(first)).toList();
        for (Class<?> c : named.isEmpty() ? COMMANDS : named) {
            cl.addSubcommand(c);
        }
        return cl;
    }

    /** Runs one command line; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> report(e, cmd.getErr()));
        cl.setParameterExceptionHandler((e, ignored) -> usageError(e, e.getCommandLine().getErr()));
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            return report(e instanceof Exception ex ? ex : new IllegalStateException(e.toString(), e), err);
        }
    }

    @picocli.CommandLine.Mixin
    Paths paths;

    /** No sub-command: the Telegram bot when a token is set, else the chat in the terminal. */
    @Override
    public Integer call() throws Exception {
        String token = System.getenv("TELEGRAM_BOT_TOKEN");
        if (token != null && !token.isBlank()) {
            return BotCommand.run(paths, System.getenv(), spec.commandLine());
        }
        return new ChatCommand().chat(paths, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private static int usageError(CommandLine.ParameterException e, PrintWriter err) {
        err.println("kzbot: " + e.getMessage());
        err.println("Try 'kzbot " + (e.getCommandLine().getParent() == null ? "" : e.getCommandLine().getCommandName() + " ")
                + "--help' for the options.");
        return ExitCodes.USAGE;
    }

    /** The last catch: one clear line for the user, never a stack trace. */
    static int report(Exception e, PrintWriter err) {
        if (e instanceof CommandLine.ParameterException pe) {
            return usageError(pe, err);
        }
        if (e instanceof IngestException ie) {
            err.println("kzbot: " + ie.getMessage());
            return switch (ie.reason()) {
                case NO_INPUT -> ExitCodes.NO_INPUT;
                case BAD_DATA -> ExitCodes.DATA;
                case IO -> ExitCodes.IO;
            };
        }
        if (e instanceof kzbot.nlu.NluException ne) {
            err.println("kzbot: " + ne.getMessage());
            return switch (ne.reason()) {
                case MISSING -> ExitCodes.NO_INPUT;
                case CORRUPT -> ExitCodes.DATA;
                case IO -> ExitCodes.IO;
            };
        }
        if (e instanceof StoreException se) {
            err.println("kzbot: " + se.getMessage());
            return switch (se.reason()) {
                case MISSING -> ExitCodes.NO_INPUT;
                case CORRUPT -> ExitCodes.DATA;
                case IO -> ExitCodes.IO;
            };
        }
        err.println("kzbot: internal error: " + e);
        if (System.getenv("KZBOT_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }
}
