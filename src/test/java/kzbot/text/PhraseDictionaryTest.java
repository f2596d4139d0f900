package kzbot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseDictionaryTest {
    private final PhraseDictionary<String> names = PhraseDictionary.<String>builder().add("United States", "US")
            .add("United Arab Emirates", "UAE").add("Arab", "Arab").add("US", "US").build();

    private List<String> found(String text) {
        return names.find(text).stream().map(m -> m.value() + "@" + m.start()).toList();
    }

    @Test
    void takesTheLongestKnownPhraseAndGoesOnAfterAPartialOne() {
        assertEquals(List.of("Arab@11", "US@27"), found("the United Arab League and United States"));
        assertEquals(List.of("UAE@0"), found("united arab emirates"));
    }

    @Test
    void keepsShortAbbreviationsCaseSensitive() {
        assertEquals(List.of("US@10"), found("trade, us US"));
    }

    @Test
    void aPhraseOfSeveralWordsTakesThePossessivesSWithoutItsApostrophe() {
        assertEquals(List.of("UAE@14"), found("who heads the united arab emiratess trade office"));
        assertEquals(List.of(), found("the arabs"), "one word: not read as a possessive");
    }
}
