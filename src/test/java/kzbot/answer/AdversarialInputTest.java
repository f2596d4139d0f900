package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;
import kzbot.telegram.TelegramHtml;

/** Any string in, a valid answer, decline or reply out: never an exception, never an unsupported figure. */
class AdversarialInputTest {
    private static final Answerer ANSWERER = TestKzbot.seeds();
    private static final List<String> NASTY = List.of("", " ", "\t\n ", "x".repeat(100_000), "\u0000\u0007\u001b[31m",
            "\uD800 unpaired \uDC00", "\u202Eevil\u202C trade", "😀🇰🇿🙏", "Казахстан и Пакистан торговля",
            "Қазақстан мен Пәкістан саудасы", "<b>bold</b> <script>alert(1)</script>", "'; DROP TABLE facts;--",
            "https://example.com/?q=trade&x=<y>", "kz pakistan trade 2023 \uD83D", "\"\"\"\\\\", "NULL", "%s%n%d");

    @Test
    void answersEveryNastyInputWithoutThrowing() throws IOException {
        for (String q : NASTY) {
            Answer a = ANSWERER.answer(q);
            check(a);
        }
    }

    @Test
    void repliesInEnglishToOtherScripts() {
        Answer a = ANSWERER.answer("Казахстан и Пакистан торговля");
        assertFalse(a.answered());
        assertTrue(a.text().startsWith("I answer in English"), a.text());
    }

    @Test
    void refusesQuestionsOverTheLimit() {
        Answer a = ANSWERER.answer("x".repeat(100_000));
        assertFalse(a.answered());
        assertTrue(a.text().contains(String.valueOf(Answerer.MAX_QUESTION_CHARS)), a.text());
    }

    @Test
    void cleansControlCharactersAndUnpairedSurrogates() {
        assertEquals("kz pakistan trade 2023", Replies.clean("kz\u0000 pakistan\uD800 trade\u0007 2023"));
        assertTrue(ANSWERER.answer("kz\u0000 pakistan\uD800 trade\u0007 2023").answered());
    }

    @Property(tries = 300)
    void anyStringGivesAValidReply(@ForAll("questions") String q) throws IOException {
        check(ANSWERER.answer(q));
    }

    @Provide
    Arbitrary<String> questions() {
        Arbitrary<String> words = Arbitraries.of("kz", "pakistan", "trade", "2023", "when", "how", "much", "oil", "gas",
                "malasia", "who", "signed", "<b>", "&amp;", "'", "\"", "Казахстан", "😀", "\uD800", "\u0000", "uzbek",
                "reserves", "and", "in", "2018", "?", "SCO", "visit", "Mirziyoyev", "the", "of", "$", "%", "million");
        Arbitrary<String> sentences = words.list().ofMinSize(0).ofMaxSize(12).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(sentences, Arbitraries.strings().ofMaxLength(300), Arbitraries.strings().all().ofMaxLength(60));
    }

    static void check(Answer a) throws IOException {
        assertTrue(a.text() != null && !a.text().isBlank());
        if (a.answered()) {
            assertFalse(a.citations().isEmpty());
            AnswererTest.assertQuotesAreExact(a);
        }
        for (String part : TelegramHtml.render(a)) {
            assertTrue(part.length() <= TelegramHtml.MAX_MESSAGE);
            String withoutOurTags = part.replaceAll("</?(b|i|blockquote)>", "");
            assertFalse(withoutOurTags.contains("<") || withoutOurTags.contains(">"), "unescaped markup: " + part);
        }
    }
}
