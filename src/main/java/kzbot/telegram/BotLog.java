package kzbot.telegram;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;

/** One line per event on standard error, with the bot token masked wherever it could appear. */
public final class BotLog {
    private final PrintStream out;
    private final Clock clock;
    private final String token;

    public BotLog(PrintStream out, Clock clock, String token) {
        this.out = out;
        this.clock = clock;
        this.token = token == null ? "" : token;
    }

    public void info(String message) {
        write("INFO", message);
    }

    public void warn(String message) {
        write("WARN", message);
    }

    /** The text with the token replaced, for anything built from an exception or a URL. */
    public String mask(String text) {
        if (text == null) {
            return "";
        }
        String t = token.isEmpty() ? text : text.replace(token, "***");
        return t.replaceAll("bot\\d+:[A-Za-z0-9_-]{20,}", "bot***");
    }

    private void write(String level, String message) {
        out.println(Instant.now(clock) + " " + level + " kzbot: " + mask(message));
    }
}
