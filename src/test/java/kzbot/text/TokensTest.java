package kzbot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Folding makes a name typed without its accents the same word as the article's. */
class TokensTest {
    @Test
    void foldsAccentsAndLettersUnicodeDoesNotDecompose() {
        assertEquals("malaszewicze", Tokens.fold("Małaszewicze"));
        assertEquals("orsted", Tokens.fold("Ørsted"));
        assertEquals("khurelsukh", Tokens.fold("Khürelsükh"));
        assertEquals("turkiye", Tokens.fold("Türkiye"));
        assertEquals("kazakh trade", Tokens.fold("  Kazakh   Trade "));
    }
}
