package kzbot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The WordNet table found by binary search in its bytes: every lemma, its parts of speech in order, in any table. */
class LexiconTest {
    @Test
    void aTableWrittenOutOfOrderIsFoundAllTheSame() {
        Lexicon l = Lexicon.of(List.of("zinc\tn\tsubstance\t\t\tmetallic element,metal\t\t",
                "export\tn\tact\texportation\texport\tcommodity,trade good\t\t",
                "export\tv\tpossession\t\texport,exportation\tmerchandise,trade\t\tsell",
                "ambassador\tn\tperson\tembassador\t\tdiplomat\tperson\t"));
        assertTrue(l.knows("zinc") && l.knows("export") && l.knows("ambassador"));
        assertFalse(l.knows("exp") || l.knows("exports") || l.knows("zz") || l.knows(""));
        assertEquals(List.of('n', 'v'), l.senses("export").stream().map(Lexicon.Sense::pos).toList());
        assertEquals(Lexicon.Relation.HYPERNYM, l.relation("ambassador", "diplomat"));
    }

    @Test
    void theShippedTableIsReadByLemma() {
        Lexicon l = Lexicon.load();
        assertTrue(l.knows("ambassador") && l.knows("a-bomb") && l.knows("zymology"));
        assertEquals("person", l.category("ambassador", 'n').orElseThrow());
        assertFalse(l.knows("kazakhstanis-not-a-word"));
    }
}
