package kzbot.nlu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class QuestionTokenizerTest {
    private static final QuestionTokenizer TOKENIZER = QuestionTokenizer.english();

    @Test
    void reusingChunksGivesTheTokensOfTheWholeText() throws IOException {
        List<String> texts = new ArrayList<>(List.of("kz pakistan trade 2023", "What's Kazakhstan–Malaysia trade?",
                "  two  spaces\tand a tab\nand a line ", "U.S.-Kazakh ties (2019)", "", "Dr. Smith's \"quote\"."));
        texts.addAll(Files.readAllLines(Path.of("data/nlu/intents.tsv"), StandardCharsets.UTF_8));
        Map<String, Span[]> shared = new HashMap<>();
        for (String t : texts) {
            assertArrayEquals(TOKENIZER.spans(t), TOKENIZER.spans(t, shared), t);
            assertArrayEquals(TOKENIZER.spans(t), TOKENIZER.spans(t, shared), "again, from the chunks known: " + t);
            assertArrayEquals(TOKENIZER.tokens(t), TOKENIZER.tokens(t, new HashMap<>()), t);
        }
    }

    @Test
    void remembersEachChunkOnce() {
        Map<String, Span[]> known = new HashMap<>();
        TOKENIZER.spans("trade with Pakistan's partners", known);
        assertEquals(4, known.size(), known.keySet().toString());
    }
}
