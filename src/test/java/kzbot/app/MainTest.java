package kzbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The command line registers only the command it is asked to run; the usage and "help" see them all. */
class MainTest {
    @Test
    void aNamedCommandIsTheOnlyOneRegistered() {
        assertEquals(Set.of("ask"), Main.commandLine(new String[] {"ask", "kz trade"}).getSubcommands().keySet());
    }

    @Test
    void theUsageHelpAndOptionsFirstSeeEveryCommand() {
        for (String[] args : new String[][] {{}, {"help", "ask"}, {"--db", "x.db", "ask", "q"}, {"nosuch"}}) {
            assertEquals(12, Main.commandLine(args).getSubcommands().size(), String.join(" ", args));
        }
    }
}
