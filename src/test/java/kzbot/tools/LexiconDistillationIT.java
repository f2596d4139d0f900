package kzbot.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The committed lexical-relations table is exactly what the WordNet distiller writes: nothing was edited by hand. */
class LexiconDistillationIT {
    @Test
    void theCommittedTableIsWhatWordNetGives() throws Exception {
        StringWriter fresh = new StringWriter();
        WordNetDistiller.distil(fresh);
        String committed = Files.readString(Path.of("src/main/resources/kzbot/lexicon/wordnet.tsv"), StandardCharsets.UTF_8);
        assertEquals(committed.length(), fresh.toString().length(), "regenerate with scripts/distill-wordnet.sh");
        assertEquals(committed.hashCode(), fresh.toString().hashCode(), "regenerate with scripts/distill-wordnet.sh");
    }
}
