package kzbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;

/** The chat over standard input, as `docker run` without -it or a pipe gives it. */
class ChatCommandTest {
    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStandardInput() {
        System.setIn(stdin);
    }

    private static IngestCommandTest.Result chat(String input) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return IngestCommandTest.run("chat", "--db", TestKzbot.seedDatabase().toString(), "--models", TestKzbot.MODELS.toString());
    }

    @Test
    void saysWhatToDoWhenStandardInputHoldsNoQuestion() {
        IngestCommandTest.Result r = chat("");
        assertEquals(ExitCodes.NO_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("no question on standard input") && r.err().contains("TELEGRAM_BOT_TOKEN"), r.err());
    }

    @Test
    void answersPipedQuestionsAndPrintsEachQuoteOnce() {
        IngestCommandTest.Result r = chat("kz pakistan trade 2023\n");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String quote = "we see that it increased to $138 million";
        assertTrue(r.out().contains(quote), r.out());
        assertEquals(r.out().indexOf(quote), r.out().lastIndexOf(quote), "the quote is printed once: " + r.out());
        assertTrue(r.out().contains("(kz-pakistan, characters "), r.out());
    }
}
